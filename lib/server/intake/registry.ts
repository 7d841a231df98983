import "server-only";
import { CERTIFICATION_STATUS_LABELS, type CertificationStatus } from "@/lib/domain/certification";
import { REGISTRY_MATCH_LIMIT } from "@/lib/domain/intake/case-manager";
import type { RegistryMatch } from "@/lib/domain/intake/assemble";
import { isoDay } from "@/lib/domain/registry";
import type { DbOrTx } from "../db";
import { registryWhere } from "../registry/search";

/**
 * "Is this for us?": the register as the public sees it (name, number, status, valid-through),
 * searched by name or CCM number. Anyone who holds or held a certification is in scope for
 * conduct while certified; someone never certified is not.
 */
export interface RegistryCandidate {
  certificationId: string;
  number: string;
  name: string;
  status: CertificationStatus;
  statusLabel: string;
  validThrough: Date;
  /** Holds an active certification now (otherwise: in scope only for conduct while certified). */
  currentlyCertified: boolean;
}

export type RegistrySearchResult = { kind: "too-broad" } | { kind: "results"; results: RegistryCandidate[] };

const SELECT = {
  id: true,
  number: true,
  status: true,
  validThrough: true,
  certificant: { select: { firstName: true, lastName: true } },
} as const;

type Row = { id: string; number: string; status: string; validThrough: Date; certificant: { firstName: string; lastName: string } };

const CURRENT: readonly string[] = ["ACTIVE", "ACTIVE_LATE_RENEWAL_PENDING"];

function toCandidate(row: Row): RegistryCandidate {
  const status = row.status as CertificationStatus;
  return {
    certificationId: row.id,
    number: row.number,
    name: `${row.certificant.firstName} ${row.certificant.lastName}`,
    status,
    statusLabel: CERTIFICATION_STATUS_LABELS[status],
    validThrough: row.validThrough,
    currentlyCertified: CURRENT.includes(status),
  };
}

export async function searchRegistryCandidates(db: DbOrTx, query: string): Promise<RegistrySearchResult> {
  const rows = await db.certification.findMany({
    where: registryWhere(query),
    orderBy: [{ certificant: { lastName: "asc" } }, { certificant: { firstName: "asc" } }, { number: "asc" }],
    take: REGISTRY_MATCH_LIMIT + 1,
    select: SELECT,
  });
  if (rows.length > REGISTRY_MATCH_LIMIT) return { kind: "too-broad" };
  return { kind: "results", results: rows.map(toCandidate) };
}

export async function findRegistryCandidate(db: DbOrTx, number: string): Promise<RegistryCandidate | null> {
  const row = await db.certification.findUnique({ where: { number: number.trim().toUpperCase() }, select: SELECT });
  return row ? toCandidate(row) : null;
}

/** The register record as it is at filing, for the complaint's snapshot. */
export function registryMatchOf(candidate: RegistryCandidate): RegistryMatch {
  return {
    certificationId: candidate.certificationId,
    number: candidate.number,
    name: candidate.name,
    status: candidate.status,
    validThrough: isoDay(candidate.validThrough),
  };
}
