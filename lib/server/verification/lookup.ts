import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { CERTIFICATION_STATUS_LABELS, type CertificationStatus } from "@/lib/domain/certification";
import { isoDay, looksLikeCcmNumber } from "@/lib/domain/registry";
import { VERIFY_MAX_RESULTS, type PublicCertification, type PublicSanction } from "@/lib/domain/registry-verification";
import { SANCTION_INFO, SANCTION_TYPES, type SanctionType } from "@/lib/domain/sanctions";

/**
 * What leaves CCMC (DOMAIN.md §4, §8): only final public sanctions. Each condition is a separate
 * lock: a public type (never an LOI or private reprimand, whatever the row's flag says), flagged
 * public, in force or served (so final: never proposed, pending, stayed, reversed or superseded),
 * and not on a case that ended dismissed, withdrawn or abandoned.
 */
const PUBLIC_TYPES = SANCTION_TYPES.filter((type) => SANCTION_INFO[type].isPublic);
export const PUBLIC_SANCTION_WHERE = {
  isPublic: true,
  type: { in: PUBLIC_TYPES },
  status: { in: ["ACTIVE", "COMPLETED"] },
  complaint: { state: { notIn: ["CLOSED_DISMISSED", "CLOSED_WITHDRAWN", "CLOSED_ABANDONED"] } },
} satisfies Prisma.SanctionWhereInput;

const SELECT = {
  id: true,
  number: true,
  status: true,
  validThrough: true,
  onProbation: true,
  certificant: { select: { firstName: true, lastName: true } },
} satisfies Prisma.CertificationSelect;

type Row = Prisma.CertificationGetPayload<{ select: typeof SELECT }>;

const SANCTION_ORDER = [{ status: "asc" }, { startsAt: "desc" }, { createdAt: "desc" }] satisfies Prisma.SanctionOrderByWithRelationInput[];
const SANCTION_SELECT = { certificationId: true, complaintId: true, decisionId: true, type: true, status: true, startsAt: true, endsAt: true } satisfies Prisma.SanctionSelect;
type SanctionRow = Prisma.SanctionGetPayload<{ select: typeof SANCTION_SELECT }>;

/** The public sanctions of several certifications (search results). */
async function publicSanctions(db: PrismaClient, certificationIds: string[]): Promise<Map<string, PublicSanction[]>> {
  const sanctions = await db.sanction.findMany({
    where: { ...PUBLIC_SANCTION_WHERE, certificationId: { in: certificationIds } },
    orderBy: SANCTION_ORDER,
    select: SANCTION_SELECT,
  });
  return withProvisions(db, sanctions);
}

/** Each sanction with the provisions its case breached, grouped by certification. */
async function withProvisions(db: PrismaClient, sanctions: readonly SanctionRow[]): Promise<Map<string, PublicSanction[]>> {
  const breached = sanctions.length
    ? await db.caseProvision.findMany({
        where: { complaintId: { in: [...new Set(sanctions.map((sanction) => sanction.complaintId))] }, source: "BREACHED" },
        select: { complaintId: true, decisionId: true, provision: { select: { code: true, codeVersion: true, title: true, sortOrder: true } } },
        orderBy: { provision: { sortOrder: "asc" } },
      })
    : [];
  const out = new Map<string, PublicSanction[]>();
  for (const sanction of sanctions) {
    const provisions = breached
      .filter((row) => row.complaintId === sanction.complaintId && (row.decisionId === null || row.decisionId === sanction.decisionId))
      .map(({ provision }) => ({ code: provision.code, codeVersion: provision.codeVersion, title: provision.title }));
    const list = out.get(sanction.certificationId!) ?? [];
    list.push({
      type: sanction.type,
      typeLabel: SANCTION_INFO[sanction.type as SanctionType].label,
      status: sanction.status as PublicSanction["status"],
      startsOn: sanction.startsAt ? isoDay(sanction.startsAt) : null,
      endsOn: sanction.endsAt ? isoDay(sanction.endsAt) : null,
      breachedProvisions: provisions,
    });
    out.set(sanction.certificationId!, list);
  }
  return out;
}

function toPublic(row: Row, sanctions: PublicSanction[]): PublicCertification {
  return {
    number: row.number,
    name: `${row.certificant.firstName} ${row.certificant.lastName}`,
    status: row.status,
    statusLabel: CERTIFICATION_STATUS_LABELS[row.status as CertificationStatus],
    validThrough: isoDay(row.validThrough),
    onProbation: row.onProbation,
    publicSanctions: sanctions,
  };
}

/** One certification's public record, by exact CCM number; null when there is none. */
export async function getPublicCertification(db: PrismaClient, number: string): Promise<PublicCertification | null> {
  // The record and its public sanctions in one query (a joined select): the verification API's
  // cost is its round trips (ADR 0024). Provisions are a second query only when there are sanctions.
  const row = await db.certification.findUnique({
    where: { number: number.trim().toUpperCase() },
    select: { ...SELECT, sanctions: { where: PUBLIC_SANCTION_WHERE, orderBy: SANCTION_ORDER, select: SANCTION_SELECT } },
  });
  if (!row) return null;
  return toPublic(row, (await withProvisions(db, row.sanctions)).get(row.id) ?? []);
}

export type VerifySearchResult = { kind: "results"; results: PublicCertification[] } | { kind: "too-broad"; count: number };

/** A CCM number matches exactly; a name matches when every word is in the first or last name. */
export async function searchPublicRegister(db: PrismaClient, query: string): Promise<VerifySearchResult> {
  if (looksLikeCcmNumber(query)) {
    const record = await getPublicCertification(db, query);
    return { kind: "results", results: record ? [record] : [] };
  }
  const words = query.split(" ").filter(Boolean).slice(0, 5);
  const where: Prisma.CertificationWhereInput = {
    AND: words.map((word) => ({
      certificant: { OR: [{ firstName: { contains: word, mode: "insensitive" } }, { lastName: { contains: word, mode: "insensitive" } }] },
    })),
  };
  const rows = await db.certification.findMany({
    where,
    select: SELECT,
    orderBy: [{ certificant: { lastName: "asc" } }, { certificant: { firstName: "asc" } }, { number: "asc" }],
    take: VERIFY_MAX_RESULTS + 1,
  });
  if (rows.length > VERIFY_MAX_RESULTS) return { kind: "too-broad", count: await db.certification.count({ where }) };
  const sanctions = await publicSanctions(db, rows.map((row) => row.id));
  return { kind: "results", results: rows.map((row) => toPublic(row, sanctions.get(row.id) ?? [])) };
}
