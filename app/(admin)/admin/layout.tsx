import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin-nav";
import { requirePageRole } from "@/lib/server/authz";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageRole(["ADMIN"], "/admin");
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
