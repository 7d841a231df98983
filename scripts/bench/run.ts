/**
 * `npm run bench`: the production build (`next start`) on the PostgreSQL database DATABASE_URL
 * names, loaded from this process, each figure next to a baseline measured in the same run
 * (issue 9). Writes docs/benchmarks.md and docs/benchmarks.json. Not a test: nothing here fails
 * `npm test`; a missed target is reported, and the exit code stays 0 unless the run itself broke.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/docket_bench npm run bench [-- --seconds 10 --transitions 400
 *     --submissions 800 --min-cases 10000 --port 3210 --server-heap-mb 256 --no-build --no-fresh-clone]
 *
 * B and C need a database filled by `npm run bench:data` (at least --min-cases cases); below that
 * they are listed as skipped.
 */
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveAuthSecret } from "@/lib/server/auth-secret";
import { connectDatabase } from "@/lib/server/db-factory";
import { ROOT } from "@/scripts/db/paths";
import { allOk, failures, kb, machine, markdownTable, ms, perSecond, ratio, type BenchRow } from "./report";
import { caseFilePage, STAFF_EMAIL } from "./scenarios/case-file";
import { committeeCaseList, fullTextSearch, LIST_STATE } from "./scenarios/case-list";
import { firstLoadJs } from "./scenarios/first-load-js";
import { freshClone } from "./scenarios/fresh-clone";
import { intakeSubmission } from "./scenarios/intake";
import { transitions } from "./scenarios/transitions";
import { verificationApi } from "./scenarios/verification";
import { countCases, postgresUrlOrExit, staffActor } from "./facts";
import { startServer } from "./server";
import { demoSessionCookie } from "./sign-in";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    transitions: { type: "string", default: "400" },
    submissions: { type: "string", default: "800" },
    // B and C run when the database holds at least this many cases (npm run bench:data).
    "min-cases": { type: "string", default: "10000" },
    port: { type: "string", default: "3210" },
    // The server's heap limit in MB, as README "Production deployment" sets it; 0 for Node's default.
    "server-heap-mb": { type: "string", default: "256" },
    // Skip scenario I (a fresh clone and `npm run dev`).
    "no-fresh-clone": { type: "boolean", default: false },
    // Reuse .next as it is (it must be a build of this tree).
    "no-build": { type: "boolean", default: false },
  },
});
const seconds = Number(values.seconds);
const transitionCount = Number(values.transitions);
const submissionCount = Number(values.submissions);

const databaseUrl = postgresUrlOrExit("npm run bench measures on", "docket_bench");

// Production on PostgreSQL needs a session secret. The seeded demo accounts' two-factor keys are
// encrypted under the secret in force when they were seeded, so a random secret per run would
// lock staff out on the second run against the same database: use the app's own default (the
// secret kept in `.data/auth-secret`, made once) unless AUTH_SECRET is set.
process.env.AUTH_SECRET ??= resolveAuthSecret();

const npm = (script: string) => execFileSync("npm", ["run", "--silent", script], { cwd: ROOT, stdio: "inherit", env: process.env });

async function main(): Promise<void> {
  console.log(`bench on ${machine()}`);
  npm("db:migrate");
  npm("db:seed");
  if (!values["no-build"] || !existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) npm("build");

  const server = await startServer({
    root: ROOT,
    port: Number(values.port),
    env: { ...process.env, NODE_ENV: "production", DOCKET_BENCH: "1", DOCKET_WORKER: "off", LOG_LEVEL: "warn" },
    heapMb: Number(values["server-heap-mb"]),
  });
  const rows: BenchRow[] = [];
  try {
    // Warm-up: first requests load each route's code.
    for (const route of ["/api/bench/static", "/api/v1/certifications/00000000", "/complaints/new", "/"]) await fetch(`${server.url}${route}`, { headers: { "x-forwarded-for": "10.255.255.255" } });

    console.log(`A. intake submission with a 200 KB file, 16 connections, ${submissionCount} submissions; baseline ${seconds} s …`);
    const aConn = connectDatabase({ kind: "postgres", url: databaseUrl });
    try {
      const a = await intakeSubmission(server.url, aConn.db, databaseUrl, submissionCount, seconds);
      const aRatio = a.submit.perSecond / a.baseline.perSecond;
      const filedAll = a.filed === a.submit.requests && (a.submit.statuses[303] ?? 0) === a.submit.requests && a.drainSeconds !== null;
      const drain = a.drainSeconds === null ? "not all filed within 3 min" : `the last ${a.drainSeconds.toFixed(1)} s after the load; the worker filed ${perSecond(a.filedPerSecond)}`;
      rows.push({
        scenario: "A. Intake submission with a 200 KB file, 16 connections",
        figure: "submissions/s, p95",
        value: `${perSecond(a.submit.perSecond)}, p95 ${ms(a.submit.p95)} (${a.filed} of ${a.submit.requests} filed behind the responses, ${drain}${a.submit.errors > 0 ? `; ${a.submit.errors} errors` : ""})`,
        baseline: `bare route, one INSERT: ${perSecond(a.baseline.perSecond)}, p95 ${ms(a.baseline.p95)}`,
        ratio: ratio(aRatio),
        target: "p95 ≤ 120 ms; ≥ 0.35 × baseline",
        met: a.submit.p95 <= 120 && aRatio >= 0.35 && filedAll,
      });
    } finally {
      await aConn.close();
    }

    console.log(`E. verification API, 16 connections, ${seconds} s each …`);
    const e = await verificationApi(server.url, databaseUrl, seconds);
    const eRatio = e.api.perSecond / e.baseline.perSecond;
    rows.push({
      scenario: "E. Public verification API",
      figure: "req/s, p95",
      value: `${perSecond(e.api.perSecond)}, p95 ${ms(e.api.p95)}${failures(e.api)}`,
      baseline: `static JSON route: ${perSecond(e.baseline.perSecond)}, p95 ${ms(e.baseline.p95)}`,
      ratio: ratio(eRatio),
      target: "≥ 0.5 × baseline",
      met: eRatio >= 0.5 && e.api.errors === 0,
    });

    console.log("G. first-load JavaScript …");
    const g = await firstLoadJs(server.url);
    const gRatio = g.page.bytes / g.baseline.bytes;
    rows.push({
      scenario: "G. First-load JS of /complaints/new (gzip)",
      figure: "bytes",
      value: `${kb(g.page.bytes)} (${g.page.scripts} files)`,
      baseline: `empty page: ${kb(g.baseline.bytes)} (${g.baseline.scripts} files)`,
      ratio: ratio(gRatio),
      target: "≤ 1.25 × baseline",
      met: gRatio <= 1.25,
    });

    // One staff session for D, B and C: a two-factor code is accepted once per account.
    const staffCookie = await demoSessionCookie(server.url, STAFF_EMAIL);
    console.log(`D. case file page, one request at a time, ${seconds} s opened as usual and ${seconds} s opened whole …`);
    const conn = connectDatabase({ kind: "postgres", url: databaseUrl });
    try {
      const d = await caseFilePage(server.url, conn.db, seconds, staffCookie);
      rows.push({
        scenario: `D. Case file page (${d.events} events, ${d.documents} documents)`,
        figure: "p95",
        value: `p95 ${ms(d.latest.p95)}, ${perSecond(d.latest.perSecond)}${failures(d.latest)}`,
        baseline: "—",
        ratio: "—",
        target: "p95 ≤ 80 ms",
        met: d.latest.p95 <= 80 && allOk(d.latest),
      });
      rows.push({
        scenario: "D, for reference: the same page with its timeline and notes opened whole",
        figure: "p95",
        value: `p95 ${ms(d.whole.p95)}, ${perSecond(d.whole.perSecond)}${failures(d.whole)}`,
        baseline: "—",
        ratio: "—",
        target: "—",
        met: null,
      });
    } finally {
      await conn.close();
    }

    const cases = await countCases(databaseUrl);
    if (cases < Number(values["min-cases"])) {
      const why = `skipped: the database holds ${cases} cases (< --min-cases ${values["min-cases"]}); fill it with npm run bench:data`;
      console.log(`B, C: ${why}`);
      rows.push({ scenario: "B. Committee case list, filtered by stage", figure: "p95 server time", value: why, baseline: "—", ratio: "—", target: "p95 ≤ 60 ms; ≤ 4 × the query", met: null });
      rows.push({ scenario: "C. Full-text search", figure: "p95", value: why, baseline: "—", ratio: "—", target: "p95 ≤ 80 ms", met: null });
    } else {
      console.log(`B. committee case list at ${cases} cases (${LIST_STATE}), page 1 and the last page, ${seconds} s each …`);
      const staff = await staffActor(databaseUrl);
      const b = await committeeCaseList(server.url, databaseUrl, staffCookie, staff, seconds);
      for (const page of b.pages) {
        const bRatio = page.http.p95 / page.sql.p95;
        rows.push({
          scenario: `B. Committee case list at ${cases} cases, ${LIST_STATE} (${b.total}), page ${page.page}`,
          figure: "p95 server time",
          value: `p95 ${ms(page.http.p95)}, ${perSecond(page.http.perSecond)}${failures(page.http)}`,
          baseline: `its ${page.sql.statements} SQL statements via pg: p95 ${ms(page.sql.p95)}`,
          ratio: ratio(bRatio),
          target: "p95 ≤ 60 ms; ≤ 4 × the query",
          met: page.http.p95 <= 60 && bRatio <= 4 && allOk(page.http),
        });
      }
      console.log(`C. full-text search at ${cases} cases, ${seconds} s …`);
      const c = await fullTextSearch(server.url, databaseUrl, staffCookie, seconds);
      rows.push({
        scenario: `C. Full-text search at ${cases} cases (${c.queries.length} queries in turn)`,
        figure: "p95",
        value: `p95 ${ms(c.p95)}, ${perSecond(c.perSecond)}${failures(c)}`,
        baseline: "—",
        ratio: "—",
        target: "p95 ≤ 80 ms",
        met: c.p95 <= 80 && allOk(c),
      });
    }

    const peak = server.peakRssMb();
    const heapNote = Number(values["server-heap-mb"]) > 0 ? ` (--max-old-space-size=${values["server-heap-mb"]}, as README "Production deployment")` : " (Node's default heap limit)";
    rows.push({ scenario: "H. Server peak resident memory (during A–E and G)", figure: "MB", value: `${peak.toFixed(0)} MB${heapNote}`, baseline: "—", ratio: "—", target: "≤ 500 MB", met: peak <= 500 });
  } finally {
    await server.stop();
  }

  console.log(`F. ${transitionCount} workflow transitions on distinct cases, 8 concurrent …`);
  const conn = connectDatabase({ kind: "postgres", url: databaseUrl });
  try {
    const f = await transitions(conn.db, databaseUrl, transitionCount);
    const fRatio = f.workflow.perSecond / f.baseline.perSecond;
    rows.push({
      scenario: "F. Workflow transitions, 8 concurrent",
      figure: "transitions/s",
      value: perSecond(f.workflow.perSecond),
      baseline: `bare UPDATE + INSERT via pg: ${perSecond(f.baseline.perSecond)}`,
      ratio: ratio(fRatio),
      target: "≥ 0.3 × baseline",
      met: fRatio >= 0.3,
    });
  } finally {
    await conn.close();
  }

    if (values["no-fresh-clone"]) {
    rows.push({ scenario: "I. Fresh clone: npm run dev to the first 200 on /", figure: "seconds after install", value: "skipped (--no-fresh-clone)", baseline: "—", ratio: "—", target: "≤ 30 s", met: null });
  } else {
    console.log("I. fresh clone, npm run dev to the first 200 on / …");
    const i = await freshClone(ROOT, Number(values.port) + 1);
    rows.push({
      scenario: "I. Fresh clone: npm run dev to the first 200 on /",
      figure: "seconds after install",
      value: `${i.toFirst200Seconds.toFixed(1)} s (install: hard-link copy of node_modules + postinstall, ${i.installSeconds.toFixed(1)} s)`,
      baseline: "—",
      ratio: "—",
      target: "≤ 30 s",
      met: i.toFirst200Seconds <= 30,
    });
  }

  const table = markdownTable(rows);
  console.log(`\n${table}\n`);
  const when = new Date().toISOString();
  writeFileSync(path.join(ROOT, "docs", "benchmarks.json"), `${JSON.stringify({ when, machine: machine(), seconds, transitions: transitionCount, submissions: submissionCount, rows }, null, 2)}\n`);
  writeFileSync(
    path.join(ROOT, "docs", "benchmarks.md"),
    `# Benchmarks\n\nWritten by \`npm run bench\` (scripts/bench/run.ts) on ${when.slice(0, 10)}: ${machine()}, PostgreSQL at DATABASE_URL, ` +
      `the production build, ${seconds} s per load, figures next to baselines measured in the same run.\n\n${table}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
