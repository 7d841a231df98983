import { cpus, totalmem } from "node:os";

/** One row of the results table: a figure, its same-run baseline (if any), the ratio and the target. */
export interface BenchRow {
  scenario: string;
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  /** null: no target to judge (or not measured). */
  met: boolean | null;
}

export function machine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = [
    "| Scenario | Figure | Value | Baseline (same run) | Ratio | Target | Met |",
    "|---|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.scenario} | ${r.figure} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.met === null ? "—" : r.met ? "yes" : "**no**"} |`),
  ];
  return lines.join("\n");
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const perSecond = (value: number) => `${value.toFixed(0)}/s`;
export const ratio = (value: number) => `${value.toFixed(2)} ×`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A load's refused or failed responses, if any, for the value column: ", 3 non-2xx, 1 errors". */
export const failures = (load: { non2xx: number; errors: number }) => (load.non2xx + load.errors > 0 ? `, ${load.non2xx} non-2xx, ${load.errors} errors` : "");
/** Every response of a load was a 2xx: a target is met only then. */
export const allOk = (load: { non2xx: number; errors: number }) => load.non2xx + load.errors === 0;
