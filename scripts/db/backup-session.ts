import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { DbHandle } from "@/lib/server/db-adapter";

/**
 * One database session for raw SQL with parameters: the backup's snapshot and the restore's load
 * each need every statement on the same connection (a transaction, a cursor), which neither
 * Prisma nor the adapter's pooled `query` promises.
 */
export interface SqlSession {
  query<Row extends Record<string, unknown> = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** Embedded: the handle's own PGlite (never a second instance on its data directory). PostgreSQL: a new client. */
export async function openSqlSession(handle: DbHandle): Promise<SqlSession> {
  if (handle.pglite) return pgliteSession(handle.pglite);
  if (handle.target.kind !== "postgres") throw new Error("openSqlSession: the handle has neither a PGlite instance nor a URL");
  const client = new pg.Client({ connectionString: handle.target.url });
  await client.connect();
  return {
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await client.query<Row>(sql, params)).rows;
    },
    close: () => client.end(),
  };
}

function pgliteSession(pglite: PGlite): SqlSession {
  return {
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await pglite.query<Row>(sql, params)).rows;
    },
    // The PGlite belongs to the handle; its owner closes it.
    close: async () => {},
  };
}
