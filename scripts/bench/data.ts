/**
 * `npm run bench:data -- --cases 100000`: benchmark data in the PostgreSQL database DATABASE_URL
 * names (issue 9; docs/decisions/0022-bench-data-and-scenarios.md). Resumable: run it again and it
 * carries on where it stopped.
 *
 *   1. migrations, reference data and the demo accounts (npm run db:migrate, db:seed);
 *   2. 50,000 certificants, each with a certification;
 *   3. template cases in every resting state, driven through createCase and runTransition
 *      (lib/server/cases/case-paths), topped up with staff notes to ~10 audit events each;
 *   4. copies of the templates up to --cases, set-based, each carrying its template's history
 *      (audit stream re-hashed, deadlines, notices, documents, decisions…) shifted in time and
 *      pointed at a random bench certificant.
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";
import { RESTING_STATES, type RestingState } from "@/lib/server/cases/case-paths";
import { resolveAuthSecret } from "@/lib/server/auth-secret";
import { connectDatabase } from "@/lib/server/db-factory";
import { NARRATIVES } from "@/prisma/seed/demo-cases";
import { FIRST_NAMES, LAST_NAMES } from "@/prisma/seed/name-lists";
import { createRandom } from "@/prisma/seed/random";
import { ROOT } from "@/scripts/db/paths";
import { copyAuditStreams, loadTemplateEvents } from "./data/audit-copies";
import { certificant, certificationId, certificationNumber, ensureCertificants } from "./data/certificants";
import { Replicator, type CopySpec } from "./data/replicate";
import { ensureTemplates } from "./data/templates";
import { postgresUrlOrExit } from "./facts";

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "100000" },
    certificants: { type: "string", default: "50000" },
    "templates-per-state": { type: "string", default: "6" },
    batch: { type: "string", default: "1000" },
    // Copies get the template's document bytes only up to this size (letters); larger files keep their metadata only.
    "max-blob-bytes": { type: "string", default: "65536" },
  },
});
const totalCases = Number(values.cases);
const certificantCount = Number(values.certificants);
const batchSize = Number(values.batch);

const databaseUrl = postgresUrlOrExit("npm run bench:data writes to", "docket_bench_data");
// The same secret `npm run bench` uses, so the demo accounts' two-factor keys decrypt there.
process.env.AUTH_SECRET ??= resolveAuthSecret();

const log = (line: string) => console.log(`[bench:data ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** How the copies spread over the states: most cases are long closed, a few thousand in each open stage. */
const STATE_WEIGHTS: Record<RestingState, number> = {
  SUBMITTED: 2, INTAKE: 3, AWAITING_COMPLAINANT_INFO: 2, PRELIMINARY_REVIEW: 4, DEFERRED_LEGAL: 2, AWAITING_RESPONSE: 5,
  COMMITTEE_REVIEW: 6, AWAITING_INFO: 2, PROPOSED_DISPOSITION: 3, HEARING_SCHEDULED: 2, HEARING_HELD: 1, APPEAL_WINDOW: 2,
  APPEAL_FILED: 1, SANCTION_ACTIVE: 5, CLOSED: 20, CLOSED_DISMISSED: 25, CLOSED_WITHDRAWN: 8, CLOSED_ABANDONED: 7,
};
const CLOSED = new Set<RestingState>(["CLOSED", "CLOSED_DISMISSED", "CLOSED_WITHDRAWN", "CLOSED_ABANDONED"]);
const MORE_NARRATIVES = [
  "The case manager promised a rehabilitation referral and then denied ever discussing it.",
  "My claim file was discussed with a neighbour who works at the same clinic.",
  "The case manager signed off a discharge plan without visiting or speaking to the family.",
  "Our care coordinator accepted gifts from a home care agency she then recommended to us.",
  "The case manager used the CCM credential on a website after it had expired.",
  "Appointments were cancelled repeatedly and the case was closed without explanation.",
];

function copySpec(n: number, byState: Map<RestingState, string[]>): CopySpec {
  const random = createRandom(0xc0b1_0000 + n);
  const state = random.weighted(STATE_WEIGHTS);
  const templates = byState.get(state)!;
  const maxShiftDays = CLOSED.has(state) ? 5 * 365 : state === "SANCTION_ACTIVE" ? 180 : 20;
  const certN = random.int(1, certificantCount);
  const respondent = certificant(certN);
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return {
    n,
    templateId: random.pick(templates),
    shiftSeconds: -random.int(0, maxShiftDays * 86_400),
    certId: certificationId(certN),
    certNumber: certificationNumber(certN),
    respName: `${respondent.firstName} ${respondent.lastName}`,
    compName: `${first} ${last}`,
    compEmail: `${first}.${last}.${n}@example.org`.toLowerCase(),
    narrative: random.pick([...NARRATIVES, ...MORE_NARRATIVES]),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const npm = (script: string) => execFileSync("npm", ["run", "--silent", script], { cwd: ROOT, stdio: "inherit", env: process.env });
  npm("db:migrate");
  npm("db:seed");

  // timestamp(3) columns hold UTC (as Prisma writes them): read them as UTC whatever the machine's zone.
  const client = new pg.Client({
    connectionString: databaseUrl,
    types: { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === 1114 ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  await client.connect();
  const conn = connectDatabase({ kind: "postgres", url: databaseUrl });
  try {
    await ensureCertificants(client, certificantCount, log);
    const templateIds = await ensureTemplates(conn.db, Number(values["templates-per-state"]), log);
    const { rows: templateRows } = await client.query<{ id: string; state: RestingState }>(`SELECT id, state FROM "Complaint" WHERE id = ANY($1)`, [templateIds]);
    const byState = new Map<RestingState, string[]>();
    for (const row of templateRows) byState.set(row.state, [...(byState.get(row.state) ?? []), row.id]);
    const missingStates = RESTING_STATES.filter((state) => !byState.has(state));
    if (missingStates.length > 0) throw new Error(`No template rests in ${missingStates.join(", ")}`);

    const { rows: counts } = await client.query<{ all: string; copies: string }>(
      `SELECT count(*) AS all, count(*) FILTER (WHERE "idempotencyKey" LIKE 'bench-copy-%') AS copies FROM "Complaint"`,
    );
    const others = Number(counts[0]!.all) - Number(counts[0]!.copies);
    const done = Number(counts[0]!.copies);
    const wanted = Math.max(0, totalCases - others);
    log(`cases: ${others} filed through the workflow, ${done} copies present, ${wanted} copies wanted`);

    const replicator = new Replicator(client, Number(values["max-blob-bytes"]));
    await replicator.prepare();
    const events = await loadTemplateEvents(client, templateIds);
    const copyStarted = performance.now();
    let auditTotal = 0;
    for (let from = done + 1; from <= wanted; from += batchSize) {
      const batch = Array.from({ length: Math.min(batchSize, wanted - from + 1) }, (_, i) => copySpec(from + i, byState));
      await client.query("BEGIN");
      try {
        await replicator.copy(batch);
        auditTotal += await copyAuditStreams(client, batch, events);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      const copied = from + batch.length - 1 - done;
      const rate = copied / ((performance.now() - copyStarted) / 1000);
      log(`copies: ${from + batch.length - 1}/${wanted} (${rate.toFixed(0)} cases/s, ${auditTotal} audit events; ~${((wanted - from - batch.length + 1) / rate / 60).toFixed(1)} min left)`);
    }
    // VACUUM as well as ANALYZE: a bulk load leaves the visibility map unset, so index-only scans
    // would still read the heap until autovacuum came by, as it would have on a database that grew
    // over years.
    log("VACUUM ANALYZE …");
    await client.query("VACUUM ANALYZE");
    const { rows: summary } = await client.query<{ cases: string; events: string }>(`SELECT (SELECT count(*) FROM "Complaint") AS cases, (SELECT count(*) FROM "AuditEvent") AS events`);
    log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min: ${summary[0]!.cases} cases, ${summary[0]!.events} audit events`);
  } finally {
    await client.end();
    await conn.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
