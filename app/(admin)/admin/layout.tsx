import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin-nav";
import { requireAdminPage } from "@/lib/server/authz";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdminPage("/admin");
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
