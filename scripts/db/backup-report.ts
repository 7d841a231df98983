import path from "node:path";
import { describeCounts } from "./backup-format";
import type { RestoreResult } from "./backup-restore";
import type { RestoreVerification } from "./backup-verify";
import type { BackupResult } from "./backup-write";

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]} (${bytes.toLocaleString("en-US")} bytes)`;
}

export function backupLines(result: BackupResult): string[] {
  const level = result.header.migrations ? `${result.header.migrations.length} migrations` : "unrecorded migrations";
  return [
    `  file    ${displayPath(result.file)}`,
    `  size    ${formatBytes(result.bytes)}`,
    `  rows    ${describeCounts(result.counts)}`,
    `  schema  ${level}`,
    `  sha256  ${result.sha256}`,
  ];
}

export function restoreLines(result: RestoreResult): string[] {
  return [
    `  file    ${displayPath(result.file)} (sha256 ${result.sha256})`,
    `  taken   ${result.header.createdAt} from ${result.header.source}`,
    `  schema  replayed ${result.replayed.length} migrations, then applied ${result.upgraded.length} newer`,
    `  rows    ${describeCounts(result.counts)}${result.replacedRows > 0 ? `; replaced ${result.replacedRows} rows (--force)` : ""}`,
  ];
}

export function verificationLines(check: RestoreVerification): string[] {
  const { audit, files, counts } = check;
  const chain = audit.firstBreak
    ? `BROKEN at stream ${audit.firstBreak.stream}, seq ${audit.firstBreak.seq}: ${audit.firstBreak.problem}: ${audit.firstBreak.detail}`
    : "every chain is intact";
  const fileProblems = files.problems.map((p) => `${p.table} ${p.id}: ${p.problem}`);
  const countProblems = counts.map((c) => `${c.table}: ${c.found} rows, the backup has ${c.expected}`);
  return [
    `  audit   ${audit.events} events in ${audit.streams} streams${audit.firstBreak ? " (stopped at the first break)" : ""}: ${chain}`,
    `  files   re-hashed ${files.hashed} (${files.purged} purged on purpose): ${fileProblems.length === 0 ? "every sha256 matches" : `${fileProblems.length} MISMATCHED`}`,
    ...fileProblems.slice(0, 20).map((line) => `          ${line}`),
    `  counts  ${countProblems.length === 0 ? "every table holds the backup's rows" : "MISMATCHED"}`,
    ...countProblems.map((line) => `          ${line}`),
    check.ok ? "Verified." : "VERIFICATION FAILED: do not use this database before finding out why.",
  ];
}
