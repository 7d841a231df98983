import { z } from "zod";
import type { SanctionType } from "./sanctions";

/** Certification statuses (DOMAIN.md §4); the database enum has the same members. */
export const CERTIFICATION_STATUSES = [
  "ACTIVE",
  "ACTIVE_LATE_RENEWAL_PENDING",
  "EXPIRED",
  "RETIRED",
  "SUSPENDED",
  "REVOKED",
] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];
export const CertificationStatusSchema = z.enum(CERTIFICATION_STATUSES);

/** Statuses set by renewal, expiry and retirement; never by discipline. */
export const LIFECYCLE_STATUSES = ["ACTIVE", "ACTIVE_LATE_RENEWAL_PENDING", "EXPIRED", "RETIRED"] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const CERTIFICATION_STATUS_LABELS: Record<CertificationStatus, string> = {
  ACTIVE: "Active",
  ACTIVE_LATE_RENEWAL_PENDING: "Active (late renewal pending)",
  EXPIRED: "Expired",
  RETIRED: "Retired (CCM-R)",
  SUSPENDED: "Suspended",
  REVOKED: "Revoked",
};

/**
 * The status shown for a certification: discipline overrides the lifecycle (§4). Pass only the
 * sanctions in effect (status ACTIVE). Revocation beats suspension; everything else leaves the
 * lifecycle status (probation is a flag, see isOnProbation).
 */
export function certificationStatusFor(
  lifecycleStatus: LifecycleStatus,
  activeFinalSanctions: readonly { type: SanctionType }[],
): CertificationStatus {
  if (activeFinalSanctions.some((sanction) => sanction.type === "REVOCATION")) return "REVOKED";
  if (activeFinalSanctions.some((sanction) => sanction.type === "SUSPENSION")) return "SUSPENDED";
  return lifecycleStatus;
}

export function isOnProbation(activeFinalSanctions: readonly { type: SanctionType }[]): boolean {
  return activeFinalSanctions.some((sanction) => sanction.type === "PROBATION");
}
