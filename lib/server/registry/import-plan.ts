import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LifecycleStatus } from "@/lib/domain/certification";
import { isoDay } from "@/lib/domain/registry";
import type { RegistryCsvRow } from "@/lib/domain/registry-csv";

/** The certificant and certification fields an import row sets, compared to decide what changes. */
export const CERTIFICANT_FIELDS = ["firstName", "lastName", "email", "phone", "employer", "city", "region"] as const;
export const CERTIFICATION_FIELDS = ["issuedAt", "validThrough"] as const;
type Field = (typeof CERTIFICANT_FIELDS)[number] | (typeof CERTIFICATION_FIELDS)[number];

export type ExistingRecord = {
  id: string;
  number: string;
  certificantId: string;
  lifecycleStatus: LifecycleStatus;
  issuedAt: string;
  validThrough: string;
} & Record<(typeof CERTIFICANT_FIELDS)[number], string | null>;

export type PlannedUpdate = {
  row: RegistryCsvRow;
  existing: ExistingRecord;
  changed: Field[];
  statusChanged: boolean;
};

export type ImportPlan = {
  creates: RegistryCsvRow[];
  updates: PlannedUpdate[];
  unchanged: number;
};

const LOOKUP_CHUNK = 5_000;

/** Loads the records the file names, by CCM number, in chunks. */
export async function loadExisting(tx: Prisma.TransactionClient, numbers: readonly string[]): Promise<Map<string, ExistingRecord>> {
  const out = new Map<string, ExistingRecord>();
  for (let start = 0; start < numbers.length; start += LOOKUP_CHUNK) {
    const found = await tx.certification.findMany({
      where: { number: { in: numbers.slice(start, start + LOOKUP_CHUNK) } },
      select: {
        id: true,
        number: true,
        certificantId: true,
        lifecycleStatus: true,
        issuedAt: true,
        validThrough: true,
        certificant: { select: { firstName: true, lastName: true, email: true, phone: true, employer: true, city: true, region: true } },
      },
    });
    for (const record of found) {
      out.set(record.number, {
        id: record.id,
        number: record.number,
        certificantId: record.certificantId,
        lifecycleStatus: record.lifecycleStatus as LifecycleStatus,
        issuedAt: isoDay(record.issuedAt),
        validThrough: isoDay(record.validThrough),
        ...record.certificant,
      });
    }
  }
  return out;
}

/** What importing `rows` would do: create, update (which fields), or leave alone. */
export function planImport(rows: readonly RegistryCsvRow[], existing: Map<string, ExistingRecord>): ImportPlan {
  const plan: ImportPlan = { creates: [], updates: [], unchanged: 0 };
  for (const row of rows) {
    const record = existing.get(row.number);
    if (!record) {
      plan.creates.push(row);
      continue;
    }
    const changed = ([...CERTIFICANT_FIELDS, ...CERTIFICATION_FIELDS] as Field[]).filter((field) => (row[field] ?? null) !== (record[field] ?? null));
    const statusChanged = row.lifecycleStatus !== record.lifecycleStatus;
    if (changed.length === 0 && !statusChanged) plan.unchanged += 1;
    else plan.updates.push({ row, existing: record, changed, statusChanged });
  }
  return plan;
}
