import "server-only";
import { connectDatabase, type Db } from "./db-factory";

export {
  attachClient,
  connectDatabase,
  createPrismaClient,
  resolveDbTarget,
  type CreatePrismaClientOptions,
  type Db,
  type DbConnection,
  type DbOrTx,
  type DbTarget,
  type TxClient,
} from "./db-factory";

// One client per process, kept on globalThis: PGlite is a single session that must not open its
// data directory twice, and Next's dev reloads re-evaluate this module.
const holder = globalThis as typeof globalThis & { __docketDb?: Db };

/** The process's client, created on first use (so `next build` never opens the database). */
export function getDb(): Db {
  holder.__docketDb ??= connectDatabase().db;
  return holder.__docketDb;
}

/** Lazily created process-wide client (see getDb); use it like a PrismaClient. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
  has(_target, property) {
    return Reflect.has(getDb(), property);
  },
});
