import type { SqlSession } from "./backup-session";

/** Prisma's migration bookkeeping: not data. A restore records its own when it replays the migrations. */
export const BOOKKEEPING_TABLE = "_prisma_migrations";

export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(table: string): string {
  return `public.${ident(table)}`;
}

/** The application's tables in the public schema, by name. */
export async function listTables(session: SqlSession): Promise<string[]> {
  const rows = await session.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1 ORDER BY tablename COLLATE "C"`,
    [BOOKKEEPING_TABLE],
  );
  return rows.map((row) => row.name);
}

export async function bookkeepingPresent(session: SqlSession): Promise<boolean> {
  const [row] = await session.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [qualified(BOOKKEEPING_TABLE)]);
  return row?.present === true;
}

export interface Column {
  name: string;
  /** "a": GENERATED ALWAYS AS IDENTITY, which an insert of the stored value must override. */
  identity: string;
  /** As format_type prints it, e.g. "bytea", "text[]", "timestamp(3) without time zone". */
  type: string;
}

export interface TableInfo {
  name: string;
  /** Columns a backup stores and a restore writes, in table order (generated columns are recomputed). */
  columns: Column[];
  primaryKey: string[];
}

/** Every application table with its columns and primary key, in two catalogue queries (not two per table). */
export async function describeTables(session: SqlSession): Promise<TableInfo[]> {
  const columns = await session.query<{ table: string; name: string; identity: string; type: string }>(
    `SELECT c.relname AS table, a.attname AS name, a.attidentity::text AS identity, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> $1
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname COLLATE "C", a.attnum`,
    [BOOKKEEPING_TABLE],
  );
  const keys = await session.query<{ table: string; name: string }>(
    `SELECT c.relname AS table, a.attname AS name
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
      WHERE n.nspname = 'public' AND i.indisprimary
      ORDER BY c.relname COLLATE "C", array_position(i.indkey::int2[], a.attnum)`,
  );
  const tables = new Map<string, TableInfo>();
  for (const { table, ...column } of columns) {
    const info = tables.get(table) ?? { name: table, columns: [], primaryKey: [] };
    info.columns.push(column);
    tables.set(table, info);
  }
  for (const key of keys) tables.get(key.table)?.primaryKey.push(key.name);
  return [...tables.values()];
}

/** Row counts of the given tables in one statement. */
export async function countRows(session: SqlSession, tables: readonly string[]): Promise<Record<string, number>> {
  if (tables.length === 0) return {};
  const rows = await session.query<{ table: string; n: number }>(
    tables.map((table, index) => `SELECT $${index + 1}::text AS table, count(*)::int AS n FROM ${qualified(table)}`).join(" UNION ALL "),
    [...tables],
  );
  return Object.fromEntries(rows.map((row) => [row.table, row.n]));
}

export interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

export async function foreignKeys(session: SqlSession): Promise<ForeignKey[]> {
  return session.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'
      ORDER BY c.relname, k.conname`,
  );
}

export interface SerialColumn {
  table: string;
  column: string;
  sequence: string;
}

/** Columns fed by a sequence (BIGSERIAL, identity): their sequences must resume after the restored rows. */
export async function serialColumns(session: SqlSession): Promise<SerialColumn[]> {
  return session.query<{ table: string; column: string; sequence: string }>(
    `SELECT * FROM (
       SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
     ) s WHERE sequence IS NOT NULL AND "table" <> $1`,
    [BOOKKEEPING_TABLE],
  );
}
