import { randomUUID } from "node:crypto";
import pg from "pg";
import { sampleNewCase } from "@/lib/server/cases/case-paths";
import { createCase } from "@/lib/server/cases/create-case";
import { runTransition } from "@/lib/server/cases/run-transition";
import type { Db } from "@/lib/server/db-factory";
import type { Actor } from "@/lib/workflow";

export interface RateFigures {
  count: number;
  seconds: number;
  perSecond: number;
}

async function inParallel<T>(items: readonly T[], workers: number, work: (item: T) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
  return (performance.now() - started) / 1000;
}

/**
 * F. Workflow transitions on distinct cases, 8 at a time: START_INTAKE by the ethics coordinator
 * through runTransition (load scoped to the actor, guards, version-checked update, hash-chained
 * audit event, deadlines and notices in one transaction), against one bare UPDATE + INSERT
 * transaction per case through `pg` on a scratch table, with the same concurrency.
 */
export async function transitions(db: Db, databaseUrl: string, count: number): Promise<{ workflow: RateFigures; baseline: RateFigures }> {
  const staff = await db.person.findFirst({ where: { roles: { has: "STAFF" }, active: true }, select: { id: true, roles: true } });
  if (!staff) throw new Error("No active staff account: run npm run db:seed first");
  const actor: Actor = { kind: "person", personId: staff.id, roles: staff.roles as never, certificationIds: [] };

  const run = randomUUID().slice(0, 8);
  const cases: { id: string; version: number }[] = [];
  for (let i = 0; i < count; i++) {
    const made = await createCase(sampleNewCase({ idempotencyKey: `bench-${run}-${i}` }), { db });
    cases.push({ id: made.id, version: made.version });
  }
  const workers = 8;
  const workflowSeconds = await inParallel(cases, workers, async (made) => {
    await runTransition({ caseId: made.id, actor, event: { type: "START_INTAKE" }, expectedVersion: made.version, db });
  });

  const pool = new pg.Pool({ connectionString: databaseUrl, max: workers });
  const table = `bench_case_${run}`;
  await pool.query(`CREATE TABLE "${table}" (id int PRIMARY KEY, version int NOT NULL, state text NOT NULL)`);
  await pool.query(`CREATE TABLE "${table}_event" (id bigserial PRIMARY KEY, case_id int NOT NULL, type text NOT NULL, at timestamptz NOT NULL DEFAULT now(), payload jsonb NOT NULL)`);
  await pool.query(`INSERT INTO "${table}" SELECT g, 1, 'SUBMITTED' FROM generate_series(1, $1) g`, [count]);
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  try {
    const baselineSeconds = await inParallel(ids, workers, async (id) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(`UPDATE "${table}" SET version = version + 1, state = 'INTAKE' WHERE id = $1 AND version = 1`, [id]);
        await client.query(`INSERT INTO "${table}_event" (case_id, type, payload) VALUES ($1, 'START_INTAKE', '{}')`, [id]);
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    });
    return {
      workflow: { count, seconds: workflowSeconds, perSecond: count / workflowSeconds },
      baseline: { count, seconds: baselineSeconds, perSecond: count / baselineSeconds },
    };
  } finally {
    await pool.query(`DROP TABLE "${table}_event"; DROP TABLE "${table}"`);
    await pool.end();
  }
}
