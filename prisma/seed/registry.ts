import type { CertificationStatus } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db-factory";
import { addDays, addYears } from "./dates";
import { CITIES, EMAIL_DOMAINS, EMPLOYER_KINDS, EMPLOYER_PREFIXES, FIRST_NAMES, LAST_NAMES } from "./name-lists";
import { createRandom, type Random } from "./random";

export const REGISTRY_SIZE = 520;
const REGISTRY_SEED = 0x0cc_2026;
const BATCH_SIZE = 260;
/** The CCM credential dates from 1993; no cycle starts before it. */
const FIRST_ISSUE = new Date(Date.UTC(1993, 0, 1));

type LifecycleStatus = Extract<CertificationStatus, "ACTIVE" | "ACTIVE_LATE_RENEWAL_PENDING" | "EXPIRED" | "RETIRED">;
const STATUS_WEIGHTS: Record<LifecycleStatus, number> = {
  ACTIVE: 82,
  ACTIVE_LATE_RENEWAL_PENDING: 4,
  EXPIRED: 9,
  RETIRED: 5,
};

export interface RegistryEntry {
  number: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  employer: string;
  city: string;
  region: string;
  issuedAt: Date;
  validThrough: Date;
  status: LifecycleStatus;
}

/** Valid-through consistent with the status: late renewal is the 30 days after expiry (SRC9). */
function validThroughFor(status: LifecycleStatus, today: Date, random: Random): Date {
  switch (status) {
    case "ACTIVE":
      return addDays(today, random.int(2, 5 * 365 - 1));
    case "ACTIVE_LATE_RENEWAL_PENDING":
      return addDays(today, -random.int(2, 28));
    case "EXPIRED":
      return addDays(today, -random.int(31, 6 * 365));
    case "RETIRED":
      return addDays(today, -random.int(30, 4 * 365));
  }
}

function employerFor(city: string, random: Random): string {
  const roll = random.next();
  if (roll < 0.06) return "Independent practice";
  const prefix = roll < 0.4 ? city : random.pick(EMPLOYER_PREFIXES);
  return `${prefix} ${random.pick(EMPLOYER_KINDS)}`;
}

/**
 * The demo registry: the same names, numbers and places on every run; dates are offsets from
 * `today` so statuses stay consistent with valid-through dates whenever the seed runs.
 */
export function generateRegistry(today: Date, reservedNumbers: ReadonlySet<string>, size = REGISTRY_SIZE): RegistryEntry[] {
  const random = createRandom(REGISTRY_SEED);
  const numbers = new Set(reservedNumbers);
  const emails = new Set<string>();
  const entries: RegistryEntry[] = [];
  while (entries.length < size) {
    let number: string;
    do number = String(random.int(10_000_000, 99_999_999));
    while (numbers.has(number));
    numbers.add(number);

    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const [city, region, areaCode] = random.pick(CITIES);
    const status = random.weighted(STATUS_WEIGHTS);
    // Issued on the first day of the first cycle; valid through = issued + whole 5-year cycles.
    const target = validThroughFor(status, today, random);
    let cycles = random.int(1, 5);
    while (cycles > 1 && addYears(target, -5 * cycles) < FIRST_ISSUE) cycles -= 1;
    const issuedAt = addYears(target, -5 * cycles);
    const validThrough = addYears(issuedAt, 5 * cycles);

    const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
    let email = `${local}@${random.pick(EMAIL_DOMAINS)}`;
    if (emails.has(email)) email = email.replace("@", `${number.slice(-3)}@`);
    emails.add(email);

    entries.push({
      number,
      firstName,
      lastName,
      email,
      phone: `(${areaCode}) 555-01${String(random.int(0, 99)).padStart(2, "0")}`,
      employer: employerFor(city, random),
      city,
      region,
      issuedAt,
      validThrough,
      status,
    });
  }
  return entries;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/**
 * Inserts the registry entries whose certification number is not in the database yet (the number
 * is the natural key), each batch in one transaction so a crash never leaves a certificant without
 * its certification. Returns how many certifications it created.
 */
export async function seedRegistry(db: Db, today: Date, reservedNumbers: ReadonlySet<string>): Promise<number> {
  const entries = generateRegistry(today, reservedNumbers);
  const existing = await db.certification.findMany({
    where: { number: { in: entries.map((entry) => entry.number) } },
    select: { number: true },
  });
  const present = new Set(existing.map((row) => row.number));
  const missing = entries.filter((entry) => !present.has(entry.number));
  for (const batch of chunks(missing, BATCH_SIZE)) {
    await db.$transaction(
      async (tx) => {
        const certificants = await tx.certificant.createManyAndReturn({
          data: batch.map(({ firstName, lastName, email, phone, employer, city, region }) => ({
            firstName, lastName, email, phone, employer, city, region,
          })),
          select: { id: true, email: true },
        });
        const certificantIds = new Map(certificants.map((row) => [row.email, row.id]));
        const certifications = await tx.certification.createManyAndReturn({
          data: batch.map((entry) => ({
            number: entry.number,
            certificantId: certificantIds.get(entry.email)!,
            issuedAt: entry.issuedAt,
            validThrough: entry.validThrough,
            lifecycleStatus: entry.status,
            status: entry.status,
          })),
          select: { id: true, status: true },
        });
        await tx.certificationStatusChange.createMany({
          data: certifications.map((row) => ({
            certificationId: row.id,
            fromStatus: null,
            toStatus: row.status,
            reason: "Loaded into the registry (seed)",
            at: today,
          })),
        });
      },
      { timeout: 60_000 },
    );
  }
  return missing.length;
}
