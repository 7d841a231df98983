import { createHash } from "node:crypto";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import type { MigrationStamp } from "./backup-format";
import { readMigrationList, readMigrationScripts } from "./migration-files";

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

/** What `_prisma_migrations.checksum` holds: the SHA-256 of the migration's script. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/**
 * The migrations to replay before loading a backup's rows: exactly the ones it was taken at, so
 * its columns meet the schema they came from; later ones are applied after the load, as an upgrade
 * would. A backup without a record (a database migrated by plain SQL, as the test databases are)
 * is taken to be at this version's level. Refuses a backup from a newer or a diverged version.
 */
export function migrationsToReplay(stamps: MigrationStamp[] | null): MigrationList {
  const list = readMigrationList();
  if (stamps === null) return list;
  const scripts = readMigrationScripts();
  stamps.forEach((stamp, index) => {
    const script = scripts[index];
    if (!script || script.name !== stamp.name) {
      const known = scripts.some((candidate) => candidate.name === stamp.name);
      throw new RestoreRefused(
        known
          ? `the backup's migrations are not in this version's order at ${stamp.name}`
          : `the backup was taken at migration ${stamp.name}, which this version of Docket does not have: restore it with the version that wrote it`,
      );
    }
    if (migrationChecksum(script.sql) !== stamp.checksum) {
      throw new RestoreRefused(`migration ${stamp.name} differs from the one the backup's database applied (checksum)`);
    }
  });
  const names = new Set(stamps.map((stamp) => stamp.name));
  return { ...list, migrationDirectories: list.migrationDirectories.filter((entry) => names.has(entry.path)) };
}
