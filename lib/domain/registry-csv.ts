import Papa from "papaparse";
import { z } from "zod";
import { LIFECYCLE_STATUSES, type LifecycleStatus } from "./certification";
import { CertificantFieldsSchema, CcmNumberSchema, IsoDateSchema } from "./registry";

/**
 * The registry CSV format, shared by import and export so an exported file imports unchanged.
 * One row per certification. Columns are matched by header name in any order.
 */
export const CSV_REQUIRED_COLUMNS = ["number", "first_name", "last_name", "issued_at", "valid_through", "status"] as const;
export const CSV_OPTIONAL_COLUMNS = ["email", "phone", "employer", "city", "region"] as const;
/** Written by the export for information; ignored on import (discipline is never imported). */
export const CSV_EXPORT_ONLY_COLUMNS = ["effective_status", "on_probation"] as const;
export const CSV_COLUMNS = [...CSV_REQUIRED_COLUMNS, ...CSV_OPTIONAL_COLUMNS, ...CSV_EXPORT_ONLY_COLUMNS] as const;
type Column = (typeof CSV_COLUMNS)[number];

export const CSV_MAX_ROWS = 200_000;
/** Uploads to /admin pass through the proxy, which buffers at most 10 MB of a request body. */
export const CSV_MAX_BYTES = 9 * 1024 * 1024;
/** Errors listed in full; beyond this only the count is kept. */
export const CSV_MAX_LISTED_ERRORS = 200;

export type RegistryCsvRow = {
  line: number;
  number: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  employer: string | null;
  city: string | null;
  region: string | null;
  issuedAt: string;
  validThrough: string;
  lifecycleStatus: LifecycleStatus;
};

export type CsvRowError = { line: number; message: string };
export type RegistryCsvParse = { rows: RegistryCsvRow[]; errors: CsvRowError[]; errorCount: number };

const RowSchema = CertificantFieldsSchema.extend({
  number: CcmNumberSchema,
  issuedAt: IsoDateSchema("issue date"),
  validThrough: IsoDateSchema("valid-through date"),
  status: z.string().trim().min(1, "Enter the status"),
});

const DISCIPLINARY = new Set(["SUSPENDED", "REVOKED"]);

function normaliseHeader(value: string): string {
  return value.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

function parseStatus(raw: string): { status: LifecycleStatus } | { error: string } {
  const code = raw.trim().toUpperCase().replace(/[\s-]+/g, "_");
  if ((LIFECYCLE_STATUSES as readonly string[]).includes(code)) return { status: code as LifecycleStatus };
  if (DISCIPLINARY.has(code)) {
    return { error: `Status ${code} cannot be imported: suspension and revocation come only from a final Committee decision` };
  }
  return { error: `Unknown status "${raw.trim()}": use one of ${LIFECYCLE_STATUSES.join(", ")}` };
}

/** Spreadsheet formula guard written by the export; undone here so a round trip is exact. */
const FORMULA_START = /^[=+\-@\t\r]/;
function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

class ErrorList {
  readonly items: CsvRowError[] = [];
  count = 0;
  add(line: number, message: string) {
    this.count += 1;
    if (this.items.length < CSV_MAX_LISTED_ERRORS) this.items.push({ line, message });
  }
}

function checkHeader(header: string[], errors: ErrorList): Map<Column, number> | null {
  const columns = new Map<Column, number>();
  header.forEach((raw, index) => {
    const name = normaliseHeader(raw);
    if (name === "") return;
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      errors.add(1, `Unknown column "${raw.trim()}". Columns are: ${[...CSV_REQUIRED_COLUMNS, ...CSV_OPTIONAL_COLUMNS].join(", ")}`);
    } else if (columns.has(name as Column)) {
      errors.add(1, `Column "${name}" appears twice`);
    } else {
      columns.set(name as Column, index);
    }
  });
  const missing = CSV_REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) errors.add(1, `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`);
  return errors.count > 0 ? null : columns;
}

function toRow(line: number, fields: string[], columns: Map<Column, number>, errors: ErrorList): RegistryCsvRow | null {
  const cell = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? undefined : unescapeCell(fields[index] ?? "");
  };
  const parsed = RowSchema.safeParse({
    number: cell("number"),
    firstName: cell("first_name"),
    lastName: cell("last_name"),
    email: cell("email"),
    phone: cell("phone"),
    employer: cell("employer"),
    city: cell("city"),
    region: cell("region"),
    issuedAt: cell("issued_at"),
    validThrough: cell("valid_through"),
    status: cell("status"),
  });
  if (!parsed.success) {
    errors.add(line, parsed.error.issues.map((issue) => issue.message).join("; "));
    return null;
  }
  const { status: rawStatus, ...data } = parsed.data;
  const status = parseStatus(rawStatus);
  if ("error" in status) {
    errors.add(line, status.error);
    return null;
  }
  if (data.validThrough <= data.issuedAt) {
    errors.add(line, "The valid-through date must be after the issue date");
    return null;
  }
  return { line, ...data, lifecycleStatus: status.status };
}

/**
 * Parses and validates a registry file. Line numbers are physical lines of the file (the header
 * is line 1), so a quoted field spanning lines does not shift later numbers.
 */
export function parseRegistryCsv(input: string): RegistryCsvParse {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const errors = new ErrorList();
  if (text.trim() === "") {
    errors.add(1, "The file is empty");
    return { rows: [], errors: errors.items, errorCount: errors.count };
  }
  const rows: RegistryCsvRow[] = [];
  const firstLine = new Map<string, number>();
  let columns: Map<Column, number> | null = null;
  let headerSeen = false;
  let width = 0;
  let previousCursor = 0;
  let lineAtCursor = 1;
  let scanned = 0;
  const lineOf = (offset: number) => {
    for (; scanned < offset && scanned < text.length; scanned += 1) if (text.charCodeAt(scanned) === 10) lineAtCursor += 1;
    return lineAtCursor;
  };

  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: true,
    newline: "\n",
    step(result, parser) {
      let start = previousCursor;
      while (text.charCodeAt(start) === 10) start += 1;
      const line = lineOf(start);
      previousCursor = result.meta.cursor;
      if (result.errors.length > 0) {
        const first = result.errors[0]!;
        const at = typeof first.index === "number" ? Math.max(start, first.index) : start;
        errors.add(lineOf(at), `Malformed CSV: ${first.message}`);
        return;
      }
      const fields = result.data;
      if (!headerSeen) {
        headerSeen = true;
        width = fields.length;
        columns = checkHeader(fields, errors);
        if (!columns) parser.abort();
        return;
      }
      if (rows.length + errors.count >= CSV_MAX_ROWS) {
        errors.add(line, `The file has more than ${CSV_MAX_ROWS.toLocaleString("en-US")} rows: split it`);
        parser.abort();
        return;
      }
      if (fields.length !== width) {
        errors.add(line, `This row has ${fields.length} fields; the header has ${width}`);
        return;
      }
      const row = toRow(line, fields, columns!, errors);
      if (!row) return;
      const earlier = firstLine.get(row.number);
      if (earlier !== undefined) {
        errors.add(line, `CCM number ${row.number} already appears on line ${earlier}`);
        return;
      }
      firstLine.set(row.number, line);
      rows.push(row);
    },
  });
  if (headerSeen && columns && rows.length === 0 && errors.count === 0) errors.add(2, "The file has a header but no rows");
  return { rows, errors: errors.items, errorCount: errors.count };
}

export type RegistryExportRow = Omit<RegistryCsvRow, "line"> & { effectiveStatus: string; onProbation: boolean };

/** The registry as CSV, re-importable as is. Without the header for the continuation of a stream. */
export function registryCsv(rows: readonly RegistryExportRow[], options: { header?: boolean } = {}): string {
  const header = [...CSV_REQUIRED_COLUMNS, ...CSV_OPTIONAL_COLUMNS, ...CSV_EXPORT_ONLY_COLUMNS];
  const data = rows.map((row) =>
    [
      row.number,
      row.firstName,
      row.lastName,
      row.issuedAt,
      row.validThrough,
      row.lifecycleStatus,
      row.email ?? "",
      row.phone ?? "",
      row.employer ?? "",
      row.city ?? "",
      row.region ?? "",
      row.effectiveStatus,
      row.onProbation ? "yes" : "no",
    ].map(escapeCell),
  );
  if (data.length === 0) return options.header === false ? "" : `${header.join(",")}\r\n`;
  return `${Papa.unparse({ fields: header, data }, { newline: "\r\n", header: options.header !== false })}\r\n`;
}
