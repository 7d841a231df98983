import type { ReactNode } from "react";
import { CommitteeNav } from "@/components/committee/committee-nav";
import { COMMITTEE_SIDE_ROLES } from "@/lib/domain/roles";
import { requirePageRole } from "@/lib/server/authz";

export default async function CommitteeLayout({ children }: { children: ReactNode }) {
  await requirePageRole(COMMITTEE_SIDE_ROLES, "/committee");
  return (
    <>
      <CommitteeNav />
      {children}
    </>
  );
}
