import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { z } from "zod";
import {
  BACKUP_FORMAT,
  BackupHeaderSchema,
  BackupTrailerSchema,
  SectionHeaderSchema,
  type BackupHeader,
  type BackupTrailer,
  type RowCounts,
  type SectionHeader,
} from "./backup-format";

export class BackupFileError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}, line ${line}: ${problem}`);
    this.name = "BackupFileError";
  }
}

export interface BackupVisitor {
  header?(header: BackupHeader): Promise<void> | void;
  section?(section: SectionHeader): Promise<void> | void;
  /** Consecutive rows of one section, as the JSON text row_to_json wrote. */
  rows?(section: SectionHeader, batch: string[]): Promise<void> | void;
}

export interface BackupContents {
  header: BackupHeader;
  counts: RowCounts;
  trailer: BackupTrailer;
}

/** Carries an error thrown by the visitor (the database's), so it is not reported as the file's. */
class VisitorFailure extends Error {}

async function visit(call: () => Promise<void> | void): Promise<void> {
  try {
    await call();
  } catch (error) {
    throw new VisitorFailure("visitor failed", { cause: error });
  }
}

const BATCH_ROWS = 500;
const BATCH_CHARS = 4 * 1024 * 1024;

/**
 * Streams a backup file through `visitor` and checks its structure as it goes: a header, sections
 * holding exactly the rows they announce, a trailer whose totals match, nothing after it. Without
 * `rows` in the visitor it is a cheap whole-file check (gzip's CRC catches corrupted bytes).
 */
export async function readBackup(file: string, visitor: BackupVisitor = {}): Promise<BackupContents> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let lineNo = 0;
  let header: BackupHeader | undefined;
  let trailer: BackupTrailer | undefined;
  let section: SectionHeader | undefined;
  let remaining = 0;
  let batch: string[] = [];
  let batchChars = 0;
  const counts: RowCounts = {};
  const fail = (problem: string): never => {
    throw new BackupFileError(file, lineNo, problem);
  };
  const json = (line: string, what: string): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      return fail(`expected ${what}, found text that is not JSON`);
    }
  };
  const parse = <S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> => {
    const result = schema.safeParse(value);
    return result.success ? result.data : fail(`expected ${what}: ${result.error.issues[0]?.message ?? "invalid"}`);
  };
  const flush = async () => {
    if (batch.length > 0 && section && visitor.rows) await visit(() => visitor.rows!(section!, batch));
    batch = [];
    batchChars = 0;
  };

  try {
    for await (const line of lines) {
      lineNo += 1;
      if (!header) {
        const what = `a ${BACKUP_FORMAT} header`;
        const parsed = parse(BackupHeaderSchema, json(line, what), what);
        header = parsed;
        await visit(() => visitor.header?.(parsed));
      } else if (trailer) {
        fail("data after the end of the backup");
      } else if (section && remaining > 0) {
        if (!line.startsWith("{") || !line.endsWith("}")) fail(`expected a row of ${section.table}`);
        remaining -= 1;
        if (visitor.rows) {
          batch.push(line);
          batchChars += line.length;
          if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS || remaining === 0) await flush();
        }
      } else {
        const value = json(line, "a table section or the end of the backup");
        if (typeof value === "object" && value !== null && "end" in value) {
          trailer = parse(BackupTrailerSchema, value, "the end of the backup");
          const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
          if (trailer.tables !== Object.keys(counts).length || trailer.rows !== total) {
            fail(`the end says ${trailer.tables} tables and ${trailer.rows} rows; the file holds ${Object.keys(counts).length} and ${total}`);
          }
        } else {
          const parsed = parse(SectionHeaderSchema, value, "a table section");
          if (parsed.table in counts) fail(`${parsed.table} appears twice`);
          counts[parsed.table] = parsed.rows;
          section = parsed;
          remaining = parsed.rows;
          await visit(() => visitor.section?.(parsed));
        }
      }
    }
  } catch (error) {
    if (error instanceof VisitorFailure) throw error.cause;
    if (error instanceof BackupFileError) throw error;
    throw new BackupFileError(file, lineNo, error instanceof Error ? error.message : String(error));
  }
  if (!header) return fail("the file is empty");
  if (remaining > 0) return fail(`the file ends inside ${section?.table}, ${remaining} rows short`);
  if (!trailer) return fail("the file ends before its end marker (truncated?)");
  return { header, counts, trailer };
}
