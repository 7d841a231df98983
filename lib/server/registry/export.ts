import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LifecycleStatus } from "@/lib/domain/certification";
import { isoDay } from "@/lib/domain/registry";
import { registryCsv, type RegistryExportRow } from "@/lib/domain/registry-csv";

const PAGE = 5_000;

/** The whole registry as CSV chunks, in number order, keyset-paginated so memory stays flat. */
export async function* registryCsvChunks(db: PrismaClient): AsyncGenerator<string> {
  let after: string | undefined;
  let first = true;
  for (;;) {
    const rows = await db.certification.findMany({
      where: after ? { number: { gt: after } } : {},
      orderBy: { number: "asc" },
      take: PAGE,
      select: {
        number: true,
        issuedAt: true,
        validThrough: true,
        lifecycleStatus: true,
        status: true,
        onProbation: true,
        certificant: { select: { firstName: true, lastName: true, email: true, phone: true, employer: true, city: true, region: true } },
      },
    });
    const exportRows = rows.map(
      (row): RegistryExportRow => ({
        number: row.number,
        ...row.certificant,
        issuedAt: isoDay(row.issuedAt),
        validThrough: isoDay(row.validThrough),
        lifecycleStatus: row.lifecycleStatus as LifecycleStatus,
        effectiveStatus: row.status,
        onProbation: row.onProbation,
      }),
    );
    if (first || exportRows.length > 0) yield registryCsv(exportRows, { header: first });
    first = false;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.number;
  }
}

/** A web stream of the CSV for a route handler. */
export function csvStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
