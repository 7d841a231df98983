/**
 * `npm run bench:profile -- <path> [--runs 20]`: where one page's server time goes, on the
 * PostgreSQL database DATABASE_URL names (a bench:data database). Runs the page's own loader in
 * this process, repeatedly, and prints the wall time of a run (median, p95) and, for the median
 * run, every SQL statement with its database time as Prisma's query log reports it. Paths:
 *
 *   list       the committee case list filtered to the largest queue, page 1 and the last page (B)
 *   search     the case list's free-text search, a few queries (C; PROFILE_QUERIES=a,b,c for others)
 *   case-file  the committee case file scenario D measures (run `npm run bench` once to prepare it)
 *   filing     createCase with one 200 KB PDF, as the intake submit files it (A); adds cases
 *
 * PROFILE_ALL=1 lists every statement in the order sent instead of the twelve slowest.
 *
 * A profile, not a benchmark: it says which statement to look at, and `--cpu-prof` on the node
 * command line adds a CPU profile of the same runs.
 */
import { createHash, randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { parseCaseSearch } from "@/lib/domain/committee/case-search";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sampleNewCase } from "@/lib/server/cases/case-paths";
import { createCase } from "@/lib/server/cases/create-case";
import { listCases } from "@/lib/server/committee/case-list";
import { loadCaseFile } from "@/lib/server/committee/case-file/load";
import { openDbHandle } from "@/lib/server/db-factory";
import { postgresUrlOrExit, staffActor } from "./facts";
import { percentile } from "./load";
import { LIST_STATE } from "./scenarios/case-list";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "20" } } });
const runs = Number(values.runs);
const databaseUrl = postgresUrlOrExit("npm run bench:profile reads", "docket_bench_data");

interface Statement {
  query: string;
  ms: number;
}

async function main(): Promise<void> {
  const handle = openDbHandle({ kind: "postgres", url: databaseUrl });
  const db = new PrismaClient({ adapter: handle.adapterFactory, log: [{ emit: "event", level: "query" }] });
  let statements: Statement[] = [];
  db.$on("query", (event) => statements.push({ query: event.query, ms: event.duration }));
  const actor = await staffActor(databaseUrl);

  const profile = async (label: string, run: () => Promise<unknown>) => {
    await run();
    const results: { wall: number; statements: Statement[] }[] = [];
    for (let i = 0; i < runs; i++) {
      statements = [];
      const start = performance.now();
      await run();
      results.push({ wall: performance.now() - start, statements });
    }
    results.sort((a, b) => a.wall - b.wall);
    const walls = results.map((result) => result.wall);
    const median = results[Math.floor(results.length / 2)]!;
    const sqlSum = median.statements.reduce((sum, statement) => sum + statement.ms, 0);
    console.log(`\n${label}: ${runs} runs, wall median ${percentile(walls, 50).toFixed(1)} ms, p95 ${percentile(walls, 95).toFixed(1)} ms`);
    console.log(`  median run: ${median.statements.length} statements, ${sqlSum.toFixed(1)} ms of database time (summed; they may overlap)`);
    const shown = process.env.PROFILE_ALL ? median.statements : [...median.statements].sort((a, b) => b.ms - a.ms).slice(0, 12);
    for (const statement of shown) {
      console.log(`  ${statement.ms.toFixed(1).padStart(6)} ms  ${statement.query.replace(/\s+/g, " ").slice(0, 220)}`);
    }
  };

  try {
    for (const path of positionals.length > 0 ? positionals : ["list", "search", "case-file"]) {
      if (path === "list") {
        const total = await db.complaint.count({ where: { state: LIST_STATE } });
        const last = Math.max(1, Math.ceil(total / 25));
        for (const page of [1, last]) await profile(`list ${LIST_STATE} page ${page} of ${last}`, () => listCases(db, actor, parseCaseSearch({ state: LIST_STATE, page: String(page) })));
      } else if (path === "search") {
        for (const q of (process.env.PROFILE_QUERIES ?? "handover,billed visits,confid").split(",")) await profile(`search "${q}"`, () => listCases(db, actor, parseCaseSearch({ q })));
      } else if (path === "case-file") {
        const complaint = await db.complaint.findFirstOrThrow({ where: { state: LIST_STATE }, orderBy: { receivedAt: "asc" }, select: { id: true } });
        await profile(`case file ${complaint.id}`, () => loadCaseFile(db, complaint.id, actor));
      } else if (path === "filing") {
        const data = Buffer.from(`%PDF-1.4\n${"%".padEnd(200 * 1024 - 20, "x")}\n%%EOF\n`);
        const document = { filename: "evidence.pdf", mimeType: "application/pdf", size: data.length, sha256: createHash("sha256").update(data).digest("hex"), data };
        await profile("filing with a 200 KB PDF", () => createCase(sampleNewCase({ idempotencyKey: randomBytes(12).toString("hex"), documents: [document] }), { db }));
      } else {
        throw new Error(`Unknown path ${path}: list, search, case-file or filing`);
      }
    }
  } finally {
    await db.$disconnect();
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
