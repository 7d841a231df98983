import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { attachClient, openDbHandle, type DbConnection } from "@/lib/server/db-factory";
import { readMigrationScripts } from "@/scripts/db/migration-files";
import { ROOT } from "@/scripts/db/paths";

/**
 * An isolated database for one test file: `db` is a PrismaClient on it; `query`, `adapterFactory`
 * and (embedded) `pglite` give lower-level access. Always `close()` it in afterAll.
 */
export interface TestDb extends DbConnection {
  /** Set on PostgreSQL: the throw-away database's URL. */
  url?: string;
}

export interface TestDbOptions {
  /** false: an empty database, for tests of the migration tooling itself. Default true. */
  migrated?: boolean;
}

/**
 * In-memory PGlite by default. With TEST_DATABASE_URL (a server URL such as
 * postgresql://postgres@127.0.0.1:5432/postgres), a new database `docket_test_<random>` on that
 * server, dropped on close. Either way the committed migrations' SQL is applied as is.
 */
export async function createTestDb(options: TestDbOptions = {}): Promise<TestDb> {
  const migrated = options.migrated ?? true;
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createPostgresDb(serverUrl, migrated) : createPgliteDb(migrated);
}

async function createPgliteDb(migrated: boolean): Promise<TestDb> {
  const pglite = migrated ? new PGlite({ loadDataDir: await migratedTemplate() }) : new PGlite();
  const conn = attachClient(openDbHandle({ kind: "pglite-instance", pglite }));
  return {
    ...conn,
    async close() {
      await conn.close();
      await pglite.close();
    },
  };
}

const CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "docket-test-db");

/**
 * A migrated PGlite data directory as a tarball, built once per set of migrations and kept on
 * disk: loading it takes well under a second, creating and migrating a fresh PGlite several.
 */
async function migratedTemplate(): Promise<Blob> {
  const scripts = readMigrationScripts();
  const pgliteVersion = (JSON.parse(readFileSync(path.join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8")) as { version: string }).version;
  const key = createHash("sha256").update(pgliteVersion).update(JSON.stringify(scripts)).digest("hex").slice(0, 16);
  const file = path.join(CACHE_DIR, `migrated-${key}.tar`);
  if (!existsSync(file)) {
    const pglite = new PGlite();
    for (const { sql } of scripts) await pglite.exec(sql);
    const dump = await pglite.dumpDataDir("none");
    await pglite.close();
    mkdirSync(CACHE_DIR, { recursive: true });
    // Parallel test files may build it at the same time: write aside, then rename atomically.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  }
  return new Blob([readFileSync(file)]);
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createPostgresDb(serverUrl: string, migrated: boolean): Promise<TestDb> {
  const name = `docket_test_${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(serverUrl, name);
  if (migrated) {
    await withClient(url, async (client) => {
      for (const { sql } of readMigrationScripts()) await client.query(sql);
    });
  }
  const conn = attachClient(openDbHandle({ kind: "postgres", url }));
  return {
    ...conn,
    url,
    async close() {
      await conn.close();
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
