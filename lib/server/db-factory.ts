// No `import "server-only"` here on purpose: tsx scripts (migrate, seed) and tests build their
// clients with this factory. The app imports `db` from lib/server/db.ts, which re-exports it.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type TxClient = Prisma.TransactionClient;
/** Either the root client or a transaction client: what domain functions should accept. */
export type DbOrTx = Db | TxClient;

export type DbTarget =
  /** `dataDir` is a directory, or "memory://" for a throw-away in-memory database. */
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/** PostgreSQL when DATABASE_URL is set; otherwise embedded PGlite in PGLITE_DATA_DIR or .data/pglite. */
export function resolveDbTarget(env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: path.resolve(env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR) };
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
 * pglite-prisma-adapter 0.7.2 fixes two things here:
 * - its `executeScript` does not await `exec`, so a failing migration script is an unhandled
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

export interface DbConnection {
  db: Db;
  target: DbTarget | { kind: "pglite-instance" };
  /** The driver adapter factory the client uses; the schema engine binds the same one. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Set for embedded databases: raw access (and PGlite is one session, so share it). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export type ConnectOptions = DbTarget | { kind: "pglite-instance"; pglite: PGlite };

/** Opens a database and a client on it; `close()` releases both (and closes an opened PGlite). */
export function connectDatabase(options: ConnectOptions = resolveDbTarget()): DbConnection {
  if (options.kind === "postgres") {
    const adapterFactory = new PrismaPg({ connectionString: options.url });
    const db = new PrismaClient({ adapter: adapterFactory });
    return { db, target: options, adapterFactory, close: () => db.$disconnect() };
  }
  const ownsPglite = options.kind === "pglite";
  const pglite = options.kind === "pglite" ? openPglite(options.dataDir) : options.pglite;
  const adapterFactory = new PGliteAdapterFactory(pglite);
  const db = new PrismaClient({ adapter: adapterFactory });
  return {
    db,
    target: options.kind === "pglite" ? options : { kind: "pglite-instance" },
    adapterFactory,
    pglite,
    async close() {
      await db.$disconnect();
      if (ownsPglite && !pglite.closed) await pglite.close();
    },
  };
}

export type CreatePrismaClientOptions = { pglite: PGlite } | { dataDir: string } | { url: string };

/**
 * A client on an existing PGlite instance (e.g. `new PGlite()` in memory), a PGlite data
 * directory, or a PostgreSQL URL. Without options: the target named by the environment.
 */
export function createPrismaClient(options?: CreatePrismaClientOptions): Db {
  if (!options) return connectDatabase().db;
  if ("pglite" in options) return connectDatabase({ kind: "pglite-instance", pglite: options.pglite }).db;
  if ("dataDir" in options) return connectDatabase({ kind: "pglite", dataDir: options.dataDir }).db;
  return connectDatabase({ kind: "postgres", url: options.url }).db;
}
