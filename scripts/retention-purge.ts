/**
 * The retention purge for a scheduler (cron, CI job):
 *   node --conditions=react-server --import tsx scripts/retention-purge.ts [--dry-run]
 * Uses DATABASE_URL (or the embedded database), the retention periods from the procedure settings,
 * and audits every purged case and the run as SYSTEM. Cases on legal hold are listed, never purged.
 */
import { connectDatabase } from "@/lib/server/db-factory";
import { getProcedureRules } from "@/lib/server/admin/settings";
import { runRetentionPurge } from "@/lib/server/retention/purge";
import { retentionReport } from "@/lib/server/retention/report";

const dryRun = process.argv.includes("--dry-run");
const conn = connectDatabase();
try {
  const rules = await getProcedureRules(conn.db);
  if (dryRun) {
    const report = await retentionReport(conn.db, rules);
    console.log(`Dry run: ${report.due.length} due, ${report.held.length} on legal hold, ${report.notDue} not yet due, ${report.permanent} kept permanently.`);
    for (const candidate of report.due) console.log(`  would purge ${candidate.reference} (${candidate.retentionClass}, retention ended ${candidate.retainUntil?.toISOString().slice(0, 10)})`);
    for (const candidate of report.held) console.log(`  on hold     ${candidate.reference}`);
  } else {
    const result = await runRetentionPurge(conn.db, rules, { kind: "SYSTEM", id: "retention-purge" });
    console.log(`Purged ${result.purged.length} case(s)${result.purged.length ? `: ${result.purged.join(", ")}` : ""}; kept ${result.held.length} on legal hold.`);
  }
} finally {
  await conn.close();
}
