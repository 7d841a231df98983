import type { ReactNode } from "react";
import { CommitteeNav } from "@/components/committee/committee-nav";
import { COMMITTEE_SIDE_ROLES, hasAnyRole } from "@/lib/domain/roles";
import { REPORT_ROLES } from "@/lib/server/committee/reports/access";
import { requirePageRole } from "@/lib/server/authz";

export default async function CommitteeLayout({ children }: { children: ReactNode }) {
  const user = await requirePageRole(COMMITTEE_SIDE_ROLES, "/committee");
  return (
    <>
      <CommitteeNav showReports={hasAnyRole(user.roles, REPORT_ROLES)} />
      {children}
    </>
  );
}
