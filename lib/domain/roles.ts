import { z } from "zod";

/** Account roles. A person may hold several; complainants never have an account. */
export const ROLES = [
  "ADMIN",
  "STAFF",
  "COMMITTEE_MEMBER",
  "COMMITTEE_CHAIR",
  "COMMITTEE_VICE_CHAIR",
  "APPEAL_PANEL",
  "CCM",
] as const;

export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator",
  STAFF: "Ethics coordinator (staff)",
  COMMITTEE_MEMBER: "Committee member",
  COMMITTEE_CHAIR: "Committee Chair",
  COMMITTEE_VICE_CHAIR: "Committee Vice-Chair",
  APPEAL_PANEL: "Appeal panel member",
  CCM: "Certified case manager",
};

/** Roles that work inside the committee workspace. */
export const COMMITTEE_SIDE_ROLES: readonly Role[] = [
  "STAFF",
  "COMMITTEE_MEMBER",
  "COMMITTEE_CHAIR",
  "COMMITTEE_VICE_CHAIR",
  "APPEAL_PANEL",
];

export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return roles.some((role) => wanted.includes(role));
}
