import pg from "pg";
import { parseCaseSearch } from "@/lib/domain/committee/case-search";
import { CASE_PAGE_SIZE } from "@/lib/domain/committee/case-search";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { PersonActor } from "@/lib/server/committee/actor";
import { listCases } from "@/lib/server/committee/case-list";
import { openDbHandle } from "@/lib/server/db-factory";
import { load, percentile, type LoadFigures } from "../load";

/** The stage the committee's list is filtered by: the largest open queue. */
export const LIST_STATE = "COMMITTEE_REVIEW";

interface CapturedQuery {
  query: string;
  params: unknown[];
}

/**
 * The SQL listCases sends for one search, captured from Prisma's query log (the same statements,
 * parameters and order), so the baseline runs exactly what the page's list runs.
 */
async function captureListSql(databaseUrl: string, actor: PersonActor, params: Record<string, string>): Promise<CapturedQuery[]> {
  const handle = openDbHandle({ kind: "postgres", url: databaseUrl });
  const db = new PrismaClient({ adapter: handle.adapterFactory, log: [{ emit: "event", level: "query" }] });
  const captured: CapturedQuery[] = [];
  db.$on("query", (event) => captured.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
  try {
    await listCases(db, actor, parseCaseSearch(params));
    captured.length = 0;
    await listCases(db, actor, parseCaseSearch(params));
    return [...captured];
  } finally {
    await db.$disconnect();
    await handle.close();
  }
}

/** Runs the captured statements one after another on one connection, repeatedly for `seconds`; p95 of a whole run. */
async function timeSql(databaseUrl: string, queries: readonly CapturedQuery[], seconds: number): Promise<{ p50: number; p95: number; runs: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const times: number[] = [];
  try {
    const until = performance.now() + seconds * 1000;
    while (performance.now() < until) {
      const start = performance.now();
      for (const { query, params } of queries) await client.query(query, params);
      times.push(performance.now() - start);
    }
  } finally {
    await client.end();
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length };
}

export interface ListFigures {
  page: number;
  http: LoadFigures;
  sql: { p50: number; p95: number; runs: number; statements: number };
}

/**
 * B. The committee case list filtered by stage, page 1 and the last page, one request at a time
 * signed in as staff: the page's latency next to the list's own SQL run directly with `pg`.
 */
export async function committeeCaseList(serverUrl: string, databaseUrl: string, cookie: string, actor: PersonActor, seconds: number): Promise<{ total: number; pages: ListFigures[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Complaint" WHERE state = $1`, [LIST_STATE]);
  await client.end();
  const total = Number(rows[0]!.n);
  const lastPage = Math.max(1, Math.ceil(total / CASE_PAGE_SIZE));
  const pages: ListFigures[] = [];
  for (const page of [1, lastPage]) {
    const params = { state: LIST_STATE, page: String(page) };
    const url = `${serverUrl}/committee/cases?${new URLSearchParams(params)}`;
    const check = await fetch(url, { headers: { cookie } });
    if (check.status !== 200) throw new Error(`The case list answered ${check.status} for staff`);
    const queries = await captureListSql(databaseUrl, actor, params);
    const sql = await timeSql(databaseUrl, queries, Math.max(3, seconds / 2));
    const http = await load({ url, connections: 1, seconds, headers: { cookie } });
    pages.push({ page, http, sql: { ...sql, statements: queries.length } });
  }
  return { total, pages };
}

/**
 * C. Full-text search from the case list (`?q=`), one request at a time signed in as staff: a
 * rotation of respondent surnames, narrative words and a two-word prefix query.
 */
export async function fullTextSearch(serverUrl: string, databaseUrl: string, cookie: string, seconds: number): Promise<LoadFigures & { queries: string[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ last: string }>(`SELECT DISTINCT split_part("respondentName", ' ', 2) AS last FROM "Complaint" ORDER BY 1 LIMIT 40`);
  await client.end();
  const queries = [...rows.map((row) => row.last).filter(Boolean).slice(0, 20), "handover", "employer", "billed visits", "confid", "gifts agency"];
  let next = 0;
  const url = `${serverUrl}/committee/cases`;
  const check = await fetch(`${url}?q=${encodeURIComponent(queries[0]!)}`, { headers: { cookie } });
  if (check.status !== 200) throw new Error(`The case search answered ${check.status} for staff`);
  const figures = await load({
    url,
    connections: 1,
    seconds,
    headers: { cookie },
    setupRequest: (request) => ({ ...request, path: `/committee/cases?q=${encodeURIComponent(queries[next++ % queries.length]!)}` }),
  });
  return { ...figures, queries };
}
