import { z } from "zod";

/**
 * The backup file: gzip of newline-delimited JSON, the same for PGlite and PostgreSQL.
 *   line 1         BackupHeader
 *   per table      SectionHeader, then exactly `rows` lines, each one row as PostgreSQL's row_to_json
 *   last line      BackupTrailer
 * Rows are written and read by the database itself (row_to_json / json_populate_recordset), so
 * every type round-trips as PostgreSQL represents it (bytea as hex, enum arrays, jsonb, timestamps
 * to the millisecond) and the file restores into either engine.
 */
export const BACKUP_FORMAT = "docket-backup";
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = ".ndjson.gz";

export const MigrationStampSchema = z.object({ name: z.string().min(1), checksum: z.string() });
export type MigrationStamp = z.infer<typeof MigrationStampSchema>;

export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  source: z.enum(["pglite", "postgres"]),
  /** Applied migrations as _prisma_migrations recorded them; null when the source kept no record. */
  migrations: z.array(MigrationStampSchema).nullable(),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

export const SectionHeaderSchema = z.object({
  table: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().nonnegative(),
});
export type SectionHeader = z.infer<typeof SectionHeaderSchema>;

export const BackupTrailerSchema = z.object({
  end: z.literal(true),
  tables: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
});
export type BackupTrailer = z.infer<typeof BackupTrailerSchema>;

/** Table name → rows, for the figures a backup and a restore print. */
export type RowCounts = Record<string, number>;

export function headlineCounts(counts: RowCounts): { cases: number; documents: number; auditEvents: number } {
  return { cases: counts.Complaint ?? 0, documents: counts.Document ?? 0, auditEvents: counts.AuditEvent ?? 0 };
}

export function describeCounts(counts: RowCounts): string {
  const { cases, documents, auditEvents } = headlineCounts(counts);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return `${cases} cases, ${documents} documents, ${auditEvents} audit events (${total} rows in ${Object.keys(counts).length} tables)`;
}
