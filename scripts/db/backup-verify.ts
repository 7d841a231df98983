import { createHash } from "node:crypto";
import { verifyAuditChain, type ChainReport } from "@/lib/server/audit/verify";
import type { Db } from "@/lib/server/db-factory";
import type { RowCounts } from "./backup-format";
import type { SqlSession } from "./backup-session";
import { countRows } from "./backup-tables";

export type FileProblem = { table: "Document" | "IntakeDraftFile"; id: string; problem: "sha256-mismatch" | "size-mismatch" | "missing-bytes" };

export interface FileCheck {
  /** Stored files re-hashed (documents and intake draft files). */
  hashed: number;
  /** Documents whose bytes a retention purge removed on purpose. */
  purged: number;
  problems: FileProblem[];
}

export type CountMismatch = { table: string; expected: number; found: number };

export interface RestoreVerification {
  audit: ChainReport;
  files: FileCheck;
  counts: CountMismatch[];
  ok: boolean;
}

/** What `npm run db:restore` checks after loading: audit chains, every stored file's bytes, row counts. */
export async function verifyRestore(db: Db, session: SqlSession, expected: RowCounts): Promise<RestoreVerification> {
  const audit = await verifyAuditChain(db);
  const files = await verifyStoredFiles(db);
  const counts = await compareCounts(session, expected);
  return { audit, files, counts, ok: audit.firstBreak === null && files.problems.length === 0 && counts.length === 0 };
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");
const BATCH = 16;

/** Re-hashes every stored document and intake draft file against the sha256 and size on its row. */
export async function verifyStoredFiles(db: Db): Promise<FileCheck> {
  const check: FileCheck = { hashed: 0, purged: 0, problems: [] };
  const compare = (table: FileProblem["table"], id: string, row: { sha256: string; size: number }, data: Uint8Array) => {
    check.hashed += 1;
    if (sha256(data) !== row.sha256) check.problems.push({ table, id, problem: "sha256-mismatch" });
    else if (data.length !== row.size) check.problems.push({ table, id, problem: "size-mismatch" });
  };

  for (let cursor: string | undefined; ; ) {
    const rows = await db.document.findMany({
      select: { id: true, sha256: true, size: true, purgedAt: true, blob: { select: { data: true } } },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const row of rows) {
      if (row.blob) compare("Document", row.id, row, row.blob.data);
      else if (row.purgedAt) check.purged += 1;
      else check.problems.push({ table: "Document", id: row.id, problem: "missing-bytes" });
    }
    if (rows.length < BATCH) break;
    cursor = rows.at(-1)!.id;
  }

  for (let cursor: string | undefined; ; ) {
    const rows = await db.intakeDraftFile.findMany({
      select: { id: true, sha256: true, size: true, data: true },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const row of rows) compare("IntakeDraftFile", row.id, row, row.data);
    if (rows.length < BATCH) break;
    cursor = rows.at(-1)!.id;
  }
  return check;
}

async function compareCounts(session: SqlSession, expected: RowCounts): Promise<CountMismatch[]> {
  const found = await countRows(session, Object.keys(expected));
  return Object.entries(expected)
    .filter(([table, rows]) => found[table] !== rows)
    .map(([table, rows]) => ({ table, expected: rows, found: found[table] ?? 0 }));
}
