import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/server/authz";
import { CertificationForm } from "../certification-form";

export const metadata: Metadata = { title: "Add a certificant" };

export default async function NewCertificationPage() {
  await requireAdminPage();
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/admin/registry">Back to the registry</Link>
      </p>
      <h1>Add a certificant</h1>
      <CertificationForm mode="create" />
    </div>
  );
}
