import type { Role } from "@/lib/domain/roles";

/** Reports cover every case: staff and the Committee see them; an appeal-panel-only member does not. */
export const REPORT_ROLES: readonly Role[] = ["STAFF", "COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR"];
