// No `import "server-only"` here on purpose: tsx scripts (migrate, seed) and tests build their
// clients with this factory. The app imports `db` from lib/server/db.ts, which re-exports it.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { openDbHandle, resolveDbTarget, type DbHandle, type OpenOptions } from "./db-adapter";

export {
  DEFAULT_PGLITE_DIR,
  describeTarget,
  openDbHandle,
  openPglite,
  PGliteAdapterFactory,
  resolveDbTarget,
  type DbHandle,
  type DbTarget,
  type OpenOptions,
} from "./db-adapter";

export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)`. */
export type TxClient = Prisma.TransactionClient;
/** Either the root client or a transaction client: what domain functions should accept. */
export type DbOrTx = Db | TxClient;

export interface DbConnection extends DbHandle {
  db: Db;
}

/** A PrismaClient on an open handle; `close()` disconnects it and then closes the handle. */
export function attachClient(handle: DbHandle): DbConnection {
  const db = new PrismaClient({ adapter: handle.adapterFactory });
  return {
    ...handle,
    db,
    async close() {
      await db.$disconnect();
      await handle.close();
    },
  };
}

/** Opens a database (default: the one the environment names) and a client on it. */
export function connectDatabase(options: OpenOptions = resolveDbTarget()): DbConnection {
  return attachClient(openDbHandle(options));
}

export type CreatePrismaClientOptions = { pglite: PGlite } | { dataDir: string } | { url: string };

/**
 * A client on an existing PGlite instance (e.g. `new PGlite()` in memory; the caller closes it),
 * a PGlite data directory, or a PostgreSQL URL. Without options: the target named by the environment.
 */
export function createPrismaClient(options?: CreatePrismaClientOptions): Db {
  if (!options) return connectDatabase().db;
  if ("pglite" in options) return connectDatabase({ kind: "pglite-instance", pglite: options.pglite }).db;
  if ("dataDir" in options) return connectDatabase({ kind: "pglite", dataDir: options.dataDir }).db;
  return connectDatabase({ kind: "postgres", url: options.url }).db;
}
