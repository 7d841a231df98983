/** One pass/fail line of the summary. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export function printChecks(title: string, checks: readonly Check[]): void {
  console.log(`\n${title}`);
  for (const check of checks) console.log(`  ${check.ok ? "ok  " : "FAIL"}  ${check.name}: ${check.detail}`);
}
