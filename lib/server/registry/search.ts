import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { looksLikeCcmNumber, REGISTRY_PAGE_SIZE, type RegistrySearch } from "@/lib/domain/registry";

/** Name tokens must each match a first or last name; a number-like query also matches numbers. */
export function registryWhere(q: string | undefined): Prisma.CertificationWhereInput {
  const query = q?.trim();
  if (!query) return {};
  const tokens = query.split(/\s+/).filter(Boolean).slice(0, 5);
  const byName: Prisma.CertificationWhereInput = {
    AND: tokens.map((token) => ({
      certificant: {
        OR: [{ firstName: { contains: token, mode: "insensitive" } }, { lastName: { contains: token, mode: "insensitive" } }],
      },
    })),
  };
  if (!looksLikeCcmNumber(query)) return byName;
  return { OR: [{ number: { startsWith: query.toUpperCase() } }, byName] };
}

export type RegistryListRow = {
  id: string;
  number: string;
  name: string;
  status: string;
  lifecycleStatus: string;
  validThrough: Date;
  onProbation: boolean;
};

export async function searchRegistry(db: PrismaClient, search: RegistrySearch) {
  const where = registryWhere(search.q);
  const total = await db.certification.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REGISTRY_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const rows = await db.certification.findMany({
    where,
    orderBy: [{ certificant: { lastName: "asc" } }, { certificant: { firstName: "asc" } }, { number: "asc" }],
    skip: (page - 1) * REGISTRY_PAGE_SIZE,
    take: REGISTRY_PAGE_SIZE,
    select: {
      id: true,
      number: true,
      status: true,
      lifecycleStatus: true,
      validThrough: true,
      onProbation: true,
      certificant: { select: { firstName: true, lastName: true } },
    },
  });
  return {
    total,
    page,
    pageCount,
    rows: rows.map(
      (row): RegistryListRow => ({
        id: row.id,
        number: row.number,
        name: `${row.certificant.firstName} ${row.certificant.lastName}`,
        status: row.status,
        lifecycleStatus: row.lifecycleStatus,
        validThrough: row.validThrough,
        onProbation: row.onProbation,
      }),
    ),
  };
}
