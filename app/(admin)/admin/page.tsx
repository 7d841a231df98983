import type { Metadata } from "next";
import { requireAdminPage } from "@/lib/server/authz";
import { adminOverview } from "@/lib/server/home/admin-summary";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminHome() {
  await requireAdminPage();
  const overview = await adminOverview();
  const items = [
    { label: "Certifications in the registry", value: overview.certifications },
    { label: "Active accounts", value: overview.people },
    { label: "Complaints on file", value: overview.complaints },
    { label: "Notices not yet delivered", value: overview.pendingNotices },
  ];
  return (
    <div className="space-y-6">
      <h1>Administration</h1>
      <dl className="grid gap-4 sm:grid-cols-2">
        {items.map((item) => (
          <div key={item.label} className="border-2 border-slate-300 p-4">
            <dt className="text-sm text-slate-700">{item.label}</dt>
            <dd className="text-3xl font-bold">{item.value.toLocaleString("en-US")}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
