/** The committee's management-review figures (issue 5 §6) as plain data, shared by the page, the charts and the CSV. */

export interface ReportRow {
  label: string;
  /** A second dimension (who was waiting, outcome…); "" when the report has none. */
  series: string;
  value: number;
}

export interface Report {
  key: string;
  title: string;
  /** What the value is, e.g. "Cases" or "Median days". */
  unit: string;
  description: string;
  rows: ReportRow[];
}

export interface ReportData {
  generatedAt: Date;
  reports: Report[];
}

/** One line per figure: what the CSV export writes and what the charts draw. */
export function reportCsvRows(data: ReportData): string[][] {
  return [["report", "label", "series", "unit", "value"], ...data.reports.flatMap((report) => report.rows.map((row) => [report.key, row.label, row.series, report.unit, String(row.value)]))];
}

const ESCAPE = /[",\r\n]/;

/** RFC 4180 CSV; cells starting with =, +, - or @ are prefixed so spreadsheets do not run them. */
export function toCsv(rows: string[][]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
    return ESCAPE.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
