import type { DbHandle } from "@/lib/server/db-adapter";
import { readMigrationList, readMigrationScripts } from "./migration-files";
import { NO_FILTERS, withSchemaEngine } from "./schema-engine";

/**
 * Migration folders not yet recorded as finished in `_prisma_migrations`. Read with plain SQL so
 * an up-to-date database loads neither the schema engine nor the Prisma client (db:setup stays fast).
 */
export async function pendingMigrations(handle: DbHandle): Promise<string[]> {
  const names = readMigrationScripts().map((script) => script.name);
  const [table] = await handle.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!table?.present) return names;
  const rows = await handle.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  return names.filter((name) => !applied.has(name));
}

/**
 * Applies pending migrations the way `prisma migrate deploy` does (same engine, same
 * `_prisma_migrations` bookkeeping, checksums, failed-migration refusal). Returns what it applied.
 */
export async function migrateDatabase(handle: DbHandle): Promise<string[]> {
  if ((await pendingMigrations(handle)).length === 0) return [];
  const output = await withSchemaEngine(handle.adapterFactory, (engine) =>
    engine.applyMigrations({ migrationsList: readMigrationList(), filters: NO_FILTERS }),
  );
  // PGlite learns array types (e.g. "Role"[]) when it starts; without a refresh, enum arrays bound
  // later in this session (a seed right after migrating) are sent as malformed array literals.
  if (output.appliedMigrationNames.length > 0) await handle.pglite?.refreshArrayTypes();
  return output.appliedMigrationNames;
}
