import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RowCounts } from "@/scripts/db/backup-format";
import { migrationsToReplay } from "@/scripts/db/backup-migrations";
import { BackupFileError } from "@/scripts/db/backup-read";
import { restoreBackup, RestoreRefused } from "@/scripts/db/backup-restore";
import { openSqlSession, type SqlSession } from "@/scripts/db/backup-session";
import { countRows as countTables, listTables } from "@/scripts/db/backup-tables";
import { verifyRestore } from "@/scripts/db/backup-verify";
import { writeBackup } from "@/scripts/db/backup-write";
import { makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

// Every byte value once, so a lossy bytea round trip (encoding, truncation at NUL) cannot pass.
const EVIDENCE = Buffer.from(Array.from({ length: 512 }, (_, index) => index % 256));
const evidenceFile = {
  filename: "evidence.bin",
  mimeType: "application/octet-stream",
  size: EVIDENCE.length,
  sha256: createHash("sha256").update(EVIDENCE).digest("hex"),
  data: EVIDENCE,
};

let source: TestDb;
let target: TestDb;
let sourceSession: SqlSession;
let targetSession: SqlSession;
let dir: string;
let backupFile: string;
/** A backup of the restored database, which (unlike a test database) records its migrations. */
let recordedBackup: string;
let sourceCounts: RowCounts;

const countRows = async (session: SqlSession): Promise<RowCounts> => countTables(session, await listTables(session));

/** The backup's lines after its header (which names the moment and the source's migration record). */
const body = (file: string) => gunzipSync(readFileSync(file)).toString("utf8").split("\n").slice(1);

type Row = Record<string, unknown>;

/** A copy of `file` with one row of `table` changed by `edit`; the file stays well-formed. */
function tamper(file: string, table: string, pick: (row: Row) => boolean, edit: (row: Row) => void): string {
  const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
  const start = lines.findIndex((line) => line.startsWith(`{"table":${JSON.stringify(table)},`));
  const rows = (JSON.parse(lines[start]!) as { rows: number }).rows;
  const index = lines.slice(start + 1, start + 1 + rows).findIndex((line) => pick(JSON.parse(line) as Row));
  if (index < 0) throw new Error(`tamper: no matching row in ${table}`);
  const row = JSON.parse(lines[start + 1 + index]!) as Row;
  edit(row);
  lines[start + 1 + index] = JSON.stringify(row);
  const tampered = path.join(dir, `tampered-${table}.ndjson.gz`);
  writeFileSync(tampered, gzipSync(lines.join("\n")));
  return tampered;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "docket-backup-"));
  backupFile = path.join(dir, "backup.ndjson.gz");
  source = await createTestDb();
  await makeCase(source.db, { to: "SANCTION_ACTIVE", complaint: { documents: [evidenceFile] } });
  await makeCase(source.db, { to: "CLOSED_DISMISSED" });
  await makeCase(source.db, { to: "APPEAL_FILED", actions: [{ type: "PUBLIC_REPRIMAND" }] });
  await makeCase(source.db, { to: "AWAITING_RESPONSE" });
  target = await createTestDb({ migrated: false });
  sourceSession = await openSqlSession(source);
  targetSession = await openSqlSession(target);
  sourceCounts = await countRows(sourceSession);
});

afterAll(async () => {
  await sourceSession?.close();
  await targetSession?.close();
  await source?.close();
  await target?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("db:backup and db:restore", () => {
  it("backs up every table's rows with the figures it prints", async () => {
    const result = await writeBackup(sourceSession, backupFile, { source: source.pglite ? "pglite" : "postgres" });
    expect(result.counts).toEqual(sourceCounts);
    expect(result.header.migrations).toBeNull(); // test databases are migrated by plain SQL, without a record
    expect(sourceCounts).toMatchObject({ Complaint: 4, DocumentBlob: sourceCounts.Document });
    expect(sourceCounts.Document).toBeGreaterThan(1);
    expect(sourceCounts.AuditEvent).toBeGreaterThan(20);
    expect(result.sha256).toBe(createHash("sha256").update(readFileSync(backupFile)).digest("hex"));
    expect(result.bytes).toBe(readFileSync(backupFile).length);
  });

  it("restores into a fresh database whose audit chains verify, whose files hash right and whose counts match", async () => {
    const restored = await restoreBackup(target, targetSession, backupFile);
    expect(restored.counts).toEqual(sourceCounts);
    expect(restored.replayed.length).toBeGreaterThan(0);
    expect(restored.upgraded).toEqual([]);

    const check = await verifyRestore(target.db, targetSession, restored.counts);
    expect(check).toMatchObject({ ok: true, counts: [], files: { problems: [] }, audit: { firstBreak: null, events: sourceCounts.AuditEvent } });
    expect(check.files.hashed).toBe(sourceCounts.Document);
    expect(await countRows(targetSession)).toEqual(sourceCounts);

    const document = await target.db.document.findFirstOrThrow({ where: { filename: "evidence.bin" }, include: { blob: true } });
    expect(Buffer.from(document.blob!.data).equals(EVIDENCE)).toBe(true);
    // Sequences resume after the restored rows: the next audit event gets a fresh id.
    const [next] = await targetSession.query<{ id: string }>(`SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id'))::text AS id`);
    const [max] = await targetSession.query<{ id: string }>(`SELECT max(id)::text AS id FROM "AuditEvent"`);
    expect(BigInt(next!.id)).toBeGreaterThan(BigInt(max!.id));
  });

  it("holds exactly the source's rows: a backup of the restored database has the same content", async () => {
    recordedBackup = path.join(dir, "again.ndjson.gz");
    const again = await writeBackup(targetSession, recordedBackup, { source: target.pglite ? "pglite" : "postgres" });
    expect(again.header.migrations?.length).toBe(migrationsToReplay(null).migrationDirectories.length);
    expect(body(recordedBackup)).toEqual(body(backupFile));
  });

  it("refuses to overwrite a database that holds rows without --force, and leaves it as it was", async () => {
    await expect(restoreBackup(target, targetSession, backupFile)).rejects.toThrow(RestoreRefused);
    await expect(restoreBackup(target, targetSession, backupFile)).rejects.toThrow(/not empty.*--force/);
    expect(await countRows(targetSession)).toEqual(sourceCounts);
  });

  it("refuses a truncated backup before touching the database, even with --force", async () => {
    const truncated = path.join(dir, "truncated.ndjson.gz");
    const lines = gunzipSync(readFileSync(backupFile)).toString("utf8").split("\n");
    writeFileSync(truncated, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join("\n")));
    await expect(restoreBackup(target, targetSession, truncated, { force: true })).rejects.toThrow(BackupFileError);
    const cut = path.join(dir, "cut.ndjson.gz");
    writeFileSync(cut, readFileSync(backupFile).subarray(0, 2_000));
    await expect(restoreBackup(target, targetSession, cut, { force: true })).rejects.toThrow(BackupFileError);
    expect(await countRows(targetSession)).toEqual(sourceCounts);
  });

  it("refuses a backup taken at a migration this version does not have", () => {
    expect(() => migrationsToReplay([{ name: "29991231000000_from_the_future", checksum: "0".repeat(64) }])).toThrow(RestoreRefused);
  });

  it("detects a tampered backup: one document byte and one audit event changed", async () => {
    const document = await source.db.document.findFirstOrThrow({ where: { filename: "evidence.bin" } });
    const event = await source.db.auditEvent.findFirstOrThrow({ where: { seq: 2 }, orderBy: { id: "asc" } });
    const withDocument = tamper(
      recordedBackup,
      "DocumentBlob",
      (row) => row.documentId === document.id,
      (row) => {
        const hex = row.data as string; // "\x0001…": flip the last digit of the first data byte
        row.data = `${hex.slice(0, 3)}${hex[3] === "0" ? "1" : "0"}${hex.slice(4)}`;
      },
    );
    const tampered = tamper(
      withDocument,
      "AuditEvent",
      (row) => String(row.id) === event.id.toString(),
      (row) => {
        row.reason = "quietly rewritten";
      },
    );

    const restored = await restoreBackup(target, targetSession, tampered, { force: true });
    expect(restored.replacedRows).toBe(Object.values(sourceCounts).reduce((sum, n) => sum + n, 0));
    const check = await verifyRestore(target.db, targetSession, restored.counts);
    expect(check.ok).toBe(false);
    expect(check.files.problems).toEqual([{ table: "Document", id: document.id, problem: "sha256-mismatch" }]);
    expect(check.audit.firstBreak).toMatchObject({ id: event.id.toString(), stream: event.stream, seq: 2, problem: "hash-mismatch" });
    expect(check.counts).toEqual([]);
  });
});
