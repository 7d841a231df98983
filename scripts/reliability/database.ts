import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectDatabase, type DbConnection } from "@/lib/server/db-factory";
import { ROOT } from "@/scripts/db/paths";
import { seedDemoAccounts } from "@/prisma/seed/demo-accounts";

export interface ThrowawayDatabase {
  name: string;
  url: string;
  /** This process's own Prisma client on it (setup and checks). */
  conn: DbConnection;
  drop(): Promise<void>;
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A new database `docket_reliability_<random>` on the server, migrated and seeded by the
 * project's own `npm run db:setup` (reference data), plus the demo accounts (one argon2 hash for
 * all; the generated registry and demo cases are left out, they take half a minute).
 */
export async function createThrowawayDatabase(serverUrl: string): Promise<ThrowawayDatabase> {
  const name = `docket_reliability_${randomBytes(5).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  let conn: DbConnection | null = null;
  const drop = async () => {
    await conn?.close();
    conn = null;
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    execFileSync("npm", ["run", "--silent", "db:setup"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url, DOCKET_SEED_DEMO: "false" } });
    conn = connectDatabase({ kind: "postgres", url });
    await seedDemoAccounts(conn.db, new Date());
    return { name, url, conn, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}
