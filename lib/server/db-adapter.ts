// No `import "server-only"` and no Prisma client: the driver adapter alone, which is all the schema
// engine and db:setup's "already up to date?" check need (loading the client costs ~1 s).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { preparesStatements, statementNamer } from "./prepared-statements";

export type DbTarget =
  /** `dataDir` is a directory, or "memory://" for a throw-away in-memory database. */
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string };

export type OpenOptions = DbTarget | { kind: "pglite-instance"; pglite: PGlite };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/** PostgreSQL when DATABASE_URL is set; otherwise embedded PGlite in PGLITE_DATA_DIR or .data/pglite. */
export function resolveDbTarget(env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  // A data directory chosen at run time, not a file the build should trace into the server output.
  return { kind: "pglite", dataDir: path.resolve(/* turbopackIgnore: true */ env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR) };
}

export function describeTarget(target: DbTarget): string {
  if (target.kind === "pglite") return `PGlite ${target.dataDir}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

/** PGlite does not create missing parent folders itself. */
export function openPglite(dataDir: string): PGlite {
  if (!dataDir.startsWith("memory://")) mkdirSync(path.dirname(dataDir), { recursive: true });
  return new PGlite(dataDir);
}

type ErrorMapping = { onError?: (error: unknown) => never };

/**
 * pglite-prisma-adapter 0.7.2 with two fixes:
 * - its `executeScript` does not await `exec`, so a failing migration script becomes an unhandled
 *   rejection and the schema engine records the migration as applied;
 * - its shadow database (used by `diff` from migrations) is never closed.
 */
export class PGliteAdapterFactory extends PrismaPGlite {
  constructor(private readonly pglite: PGlite) {
    super(pglite);
  }

  override async connect(): Promise<SqlDriverAdapter> {
    return awaitScripts(await super.connect(), this.pglite);
  }

  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = new PGlite();
    const adapter = awaitScripts(await new PrismaPGlite(shadow).connect(), shadow);
    adapter.dispose = () => shadow.close();
    return adapter;
  }
}

function awaitScripts(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  const mapError = (adapter as SqlDriverAdapter & ErrorMapping).onError?.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pglite.exec(script);
    } catch (error) {
      if (mapError) mapError(error);
      throw error;
    }
  };
  return adapter;
}

/**
 * @prisma/adapter-pg 7.10 with two changes:
 * - it runs a script by splitting it on ";", which breaks any statement with a semicolon inside it
 *   (a plpgsql body, a string): migrations with triggers fail. The whole script goes to PostgreSQL
 *   in one simple-protocol query instead, as the native engine does;
 * - statements are prepared once per connection (lib/server/prepared-statements.ts) unless the URL
 *   says `pgbouncer=true`.
 */
export class PgAdapterFactory extends PrismaPg {
  constructor(connectionString: string) {
    // The namer may answer undefined (unnamed, past its cap); the adapter passes it to pg as is.
    const statementNameGenerator = preparesStatements(connectionString) ? (statementNamer() as (query: { sql: string }) => string) : undefined;
    super({ connectionString }, { ...(statementNameGenerator && { statementNameGenerator }) });
  }

  override async connect() {
    return wholeScripts(await super.connect());
  }

  override async connectToShadowDb() {
    return wholeScripts(await super.connectToShadowDb());
  }
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function wholeScripts(adapter: PgAdapter): PgAdapter {
  const pool = adapter.underlyingDriver();
  const mapError = (adapter as unknown as ErrorMapping).onError?.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      if (mapError) mapError(error);
      throw error;
    }
  };
  return adapter;
}

export interface DbHandle {
  target: DbTarget | { kind: "pglite-instance" };
  /** What a PrismaClient and the schema engine are built on (one PGlite session shared by both). */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Set for embedded databases. */
  pglite?: PGlite;
  /** Runs one parameterless SQL statement through the adapter; rows as objects. */
  query<Row extends Record<string, unknown>>(sql: string): Promise<Row[]>;
  /** Closes the adapter connection opened by `query`, and a PGlite this handle opened. */
  close(): Promise<void>;
}

export function openDbHandle(options: OpenOptions = resolveDbTarget()): DbHandle {
  const ownsPglite = options.kind === "pglite";
  const pglite =
    options.kind === "pglite" ? openPglite(options.dataDir) : options.kind === "pglite-instance" ? options.pglite : undefined;
  const adapterFactory = pglite ? new PGliteAdapterFactory(pglite) : new PgAdapterFactory((options as { url: string }).url);
  let adapter: Promise<SqlDriverAdapter> | undefined;
  return {
    target: options.kind === "pglite-instance" ? { kind: "pglite-instance" } : options,
    adapterFactory,
    pglite,
    async query<Row extends Record<string, unknown>>(sql: string) {
      adapter ??= adapterFactory.connect();
      const result = await (await adapter).queryRaw({ sql, args: [], argTypes: [] });
      return result.rows.map((row) => Object.fromEntries(result.columnNames.map((name, index) => [name, row[index]])) as Row);
    },
    async close() {
      if (adapter) await (await adapter).dispose();
      if (ownsPglite && pglite && !pglite.closed) await pglite.close();
    },
  };
}
