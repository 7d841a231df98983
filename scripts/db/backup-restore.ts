import { describeTarget, type DbHandle } from "@/lib/server/db-adapter";
import { migrateDatabase } from "./apply-migrations";
import type { BackupHeader, RowCounts, SectionHeader } from "./backup-format";
import { migrationsToReplay, RestoreRefused } from "./backup-migrations";
import { readBackup } from "./backup-read";
import type { SqlSession } from "./backup-session";
import { countRows, describeTables, foreignKeys, ident, listTables, qualified, serialColumns, type TableInfo } from "./backup-tables";
import { fileSha256 } from "./backup-write";
import { NO_FILTERS, withSchemaEngine } from "./schema-engine";

export { RestoreRefused } from "./backup-migrations";

export interface RestoreResult {
  file: string;
  sha256: string;
  header: BackupHeader;
  counts: RowCounts;
  /** Migrations replayed before the load (the backup's level) and applied after it (this version's). */
  replayed: string[];
  upgraded: string[];
  /** Rows that were in the database and were dropped (only with `force`). */
  replacedRows: number;
}

/**
 * Restores `file` into the database behind `handle` (`session` on the same database): checks the
 * whole file first, refuses a database holding any rows unless `force`, then starts from an empty
 * public schema, replays the backup's migrations, loads every row in one transaction and applies
 * any newer migrations. Verification is separate (verifyRestore) so its result can be reported.
 */
export async function restoreBackup(handle: DbHandle, session: SqlSession, file: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const contents = await readBackup(file);
  const replay = migrationsToReplay(contents.header.migrations);
  const sha256 = await fileSha256(file);

  const existing = await rowsPresent(session);
  if (existing > 0 && !options.force) {
    const where = handle.target.kind === "pglite-instance" ? "the database" : describeTarget(handle.target);
    throw new RestoreRefused(`${where} is not empty (${existing} rows); pass --force to replace it with the backup`);
  }
  await session.query(`DROP SCHEMA IF EXISTS public CASCADE`);
  await session.query(`CREATE SCHEMA public`);
  const replayed = await withSchemaEngine(handle.adapterFactory, (engine) => engine.applyMigrations({ migrationsList: replay, filters: NO_FILTERS }));
  await handle.pglite?.refreshArrayTypes();

  await loadRows(session, file);
  const upgraded = await migrateDatabase(handle);
  return { file, sha256, header: contents.header, counts: contents.counts, replayed: replayed.appliedMigrationNames, upgraded, replacedRows: existing };
}

async function rowsPresent(session: SqlSession): Promise<number> {
  const counts = await countRows(session, await listTables(session));
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/**
 * One transaction: foreign keys come off (rows arrive table by table, and some tables refer to
 * themselves) and go back on afterwards, which re-checks every reference; sequences resume after
 * the highest restored value.
 */
async function loadRows(session: SqlSession, file: string): Promise<void> {
  await session.query("BEGIN");
  try {
    const keys = await foreignKeys(session);
    for (const key of keys) await session.query(`ALTER TABLE ${qualified(key.table)} DROP CONSTRAINT ${ident(key.name)}`);

    const tables = new Map((await describeTables(session)).map((table) => [table.name, table]));
    const statements = new Map<string, string>();
    await readBackup(file, {
      section: (section) => {
        const table = tables.get(section.table);
        if (!table) throw new RestoreRefused(`the backup holds table ${section.table}, which the replayed schema does not have`);
        tables.delete(section.table);
        statements.set(section.table, insertStatement(table, section));
      },
      rows: async (section, batch) => {
        await session.query(statements.get(section.table)!, [`[${batch.join(",")}]`]);
      },
    });
    if (tables.size > 0) throw new RestoreRefused(`the backup has no section for ${[...tables.keys()].join(", ")}`);

    for (const key of keys) await session.query(`ALTER TABLE ${qualified(key.table)} ADD CONSTRAINT ${ident(key.name)} ${key.definition}`);
    for (const serial of await serialColumns(session)) {
      await session.query(
        `SELECT setval($1::regclass, COALESCE((SELECT max(${ident(serial.column)}) FROM ${qualified(serial.table)}), 0) + 1, false)`,
        [serial.sequence],
      );
    }
    await session.query("COMMIT");
  } catch (error) {
    await session.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

function insertStatement(table: TableInfo, section: SectionHeader): string {
  const { columns } = table;
  const names = columns.map((column) => column.name);
  if (names.join(",") !== section.columns.join(",")) {
    throw new RestoreRefused(`${section.table}: the backup's columns (${section.columns.join(", ")}) are not the schema's (${names.join(", ")})`);
  }
  const list = names.map(ident).join(", ");
  const overriding = columns.some((column) => column.identity === "a") ? " OVERRIDING SYSTEM VALUE" : "";
  return `INSERT INTO ${qualified(section.table)} (${list})${overriding} SELECT ${list} FROM json_populate_recordset(NULL::${qualified(section.table)}, $1::json)`;
}
