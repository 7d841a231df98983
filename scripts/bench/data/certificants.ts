import type pg from "pg";
import { CITIES, FIRST_NAMES, LAST_NAMES } from "@/prisma/seed/name-lists";
import { createRandom } from "@/prisma/seed/random";

/** Bench registry records: ids `bd-cf-<n>` / `bd-ct-<n>`, numbers 0000000n (the seed's start at 10000000). */
export const certificationId = (n: number) => `bd-ct-${n}`;
export const certificationNumber = (n: number) => String(n).padStart(8, "0");

export interface BenchCertificant {
  n: number;
  firstName: string;
  lastName: string;
}

/** The n-th bench certificant's name, the same every run (copies of cases name their respondent by it). */
export function certificant(n: number): BenchCertificant {
  const random = createRandom(0xbe4c_0000 + n);
  return { n, firstName: random.pick(FIRST_NAMES), lastName: random.pick(LAST_NAMES) };
}

const BATCH = 5_000;

/**
 * 50,000 certificants with one certification each, inserted in batches (set-based, from one JSON
 * parameter). Resumable: rows already there are left alone. Mostly ACTIVE, with the registry's
 * other lifecycle statuses mixed in; no disciplinary status (only the workflow sets those).
 */
export async function ensureCertificants(client: pg.Client, count: number, log: (line: string) => void): Promise<void> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Certification" WHERE id LIKE 'bd-ct-%'`);
  let present = Number(rows[0]!.n);
  if (present >= count) return log(`certificants: ${present} present`);
  const started = performance.now();
  for (let from = 1; from <= count; from += BATCH) {
    const batch = [];
    for (let n = from; n < Math.min(from + BATCH, count + 1); n++) {
      const person = certificant(n);
      const random = createRandom(0xce47_0000 + n);
      const [city, region] = random.pick(CITIES);
      const issuedYearsAgo = random.int(0, 14);
      const status = random.weighted({ ACTIVE: 85, EXPIRED: 8, RETIRED: 5, ACTIVE_LATE_RENEWAL_PENDING: 2 });
      const issued = new Date(Date.UTC(new Date().getUTCFullYear() - issuedYearsAgo, random.int(0, 11), random.int(1, 28)));
      const validThrough = new Date(issued.getTime() + 5 * 365.25 * 86_400_000);
      batch.push({
        cf: `bd-cf-${n}`,
        ct: certificationId(n),
        number: certificationNumber(n),
        firstName: person.firstName,
        lastName: person.lastName,
        email: `${person.firstName}.${person.lastName}.${n}@example.net`.toLowerCase(),
        city,
        region,
        issuedAt: issued.toISOString(),
        validThrough: validThrough.toISOString(),
        status,
      });
    }
    const json = JSON.stringify(batch);
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Certificant" (id, "firstName", "lastName", email, city, region, "createdAt", "updatedAt")
       SELECT cf, "firstName", "lastName", email, city, region, now(), now()
       FROM jsonb_to_recordset($1::jsonb) AS x(cf text, "firstName" text, "lastName" text, email text, city text, region text)
       ON CONFLICT (id) DO NOTHING`,
      [json],
    );
    await client.query(
      `INSERT INTO "Certification" (id, number, "certificantId", "issuedAt", "validThrough", "lifecycleStatus", status, "createdAt", "updatedAt")
       SELECT ct, number, cf, "issuedAt", "validThrough", status::"CertificationStatus", status::"CertificationStatus", now(), now()
       FROM jsonb_to_recordset($1::jsonb) AS x(ct text, cf text, number text, "issuedAt" timestamp, "validThrough" timestamp, status text)
       ON CONFLICT DO NOTHING`,
      [json],
    );
    await client.query("COMMIT");
    present = Math.min(count, from + BATCH - 1);
    const rate = present / ((performance.now() - started) / 1000);
    log(`certificants: ${present}/${count} (${rate.toFixed(0)}/s)`);
  }
}
