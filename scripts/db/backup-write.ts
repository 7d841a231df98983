import { once } from "node:events";
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { createHash } from "node:crypto";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type MigrationStamp, type RowCounts, type SectionHeader } from "./backup-format";
import type { SqlSession } from "./backup-session";
import { bookkeepingPresent, countRows, describeTables, ident, qualified, type TableInfo } from "./backup-tables";

export interface BackupResult {
  file: string;
  bytes: number;
  sha256: string;
  header: BackupHeader;
  counts: RowCounts;
}

/** Rows per FETCH; tables that hold file bytes go a few at a time so memory stays bounded. */
const FETCH_ROWS = 1000;
const FETCH_ROWS_WITH_BYTES = 4;

/**
 * Writes every table of the session's database to `file` from one REPEATABLE READ, READ ONLY
 * snapshot (what pg_dump does), so a backup taken while the app writes is still consistent: each
 * case's audit chain, documents and state are as of one instant. Written aside and renamed, so
 * `file` is either complete or absent.
 */
export async function writeBackup(session: SqlSession, file: string, options: { source: BackupHeader["source"]; now?: Date }): Promise<BackupResult> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial));
  const writeLine = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };
  try {
    const { header, counts } = await dumpSnapshot(session, writeLine, options);
    gzip.end();
    await written;
    renameSync(partial, file);
    return { file, bytes: statSync(file).size, sha256: await fileSha256(file), header, counts };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    rmSync(partial, { force: true });
    throw error;
  }
}

async function dumpSnapshot(
  session: SqlSession,
  writeLine: (line: string) => Promise<void>,
  options: { source: BackupHeader["source"]; now?: Date },
): Promise<{ header: BackupHeader; counts: RowCounts }> {
  await session.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    // Fixed text forms, whatever the server's settings: bytea as hex, shortest exact floats.
    await session.query("SET LOCAL bytea_output = 'hex'");
    await session.query("SET LOCAL extra_float_digits = 1");
    await session.query("SET LOCAL TimeZone = 'UTC'");
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      source: options.source,
      migrations: await appliedMigrations(session),
    };
    await writeLine(JSON.stringify(header));
    const tables = await describeTables(session);
    const expected = await countRows(session, tables.map((table) => table.name));
    const counts: RowCounts = {};
    for (const table of tables) counts[table.name] = await dumpTable(session, table, expected[table.name] ?? 0, writeLine);
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    await writeLine(JSON.stringify({ end: true, tables: tables.length, rows }));
    await session.query("COMMIT");
    return { header, counts };
  } catch (error) {
    await session.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function appliedMigrations(session: SqlSession): Promise<MigrationStamp[] | null> {
  if (!(await bookkeepingPresent(session))) return null;
  return session.query<MigrationStamp>(
    `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
}

async function dumpTable(session: SqlSession, table: TableInfo, expected: number, writeLine: (line: string) => Promise<void>): Promise<number> {
  const { columns, primaryKey: key } = table;
  const section: SectionHeader = { table: table.name, columns: columns.map((column) => column.name), rows: expected };
  await writeLine(JSON.stringify(section));

  const list = columns.map((column) => ident(column.name)).join(", ");
  const order = key.length > 0 ? ` ORDER BY ${key.map(ident).join(", ")}` : "";
  const fetch = columns.some((column) => column.type === "bytea") ? FETCH_ROWS_WITH_BYTES : FETCH_ROWS;
  await session.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(_r_)::text AS j FROM (SELECT ${list} FROM ${qualified(table.name)}${order}) _r_`);
  let written = 0;
  for (;;) {
    const rows = await session.query<{ j: string }>(`FETCH ${fetch} FROM backup_rows`);
    for (const row of rows) await writeLine(row.j);
    written += rows.length;
    if (rows.length < fetch) break;
  }
  await session.query("CLOSE backup_rows");
  if (written !== expected) throw new Error(`backup: ${table.name} counted ${expected} rows but read ${written}`);
  return written;
}

export async function fileSha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
