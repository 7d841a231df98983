import type { Metadata } from "next";
import Link from "next/link";
import { RETENTION_CLASS_LABELS } from "@/lib/domain/admin/retention";
import { formatDay } from "@/lib/domain/registry";
import { getProcedureRules } from "@/lib/server/admin/settings";
import { requireAdminPage } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { retentionReport, type RetentionCandidate } from "@/lib/server/retention/report";
import { LegalHoldForm, RunPurgeForm } from "./retention-forms";

export const metadata: Metadata = { title: "Retention" };

const years = (value: number | null) => (value === null ? "kept permanently" : `${value} ${value === 1 ? "year" : "years"} after closure`);
const cell = "py-2 pr-4";

function CandidateTable({ caption, rows }: { caption: string; rows: RetentionCandidate[] }) {
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-800">
          <th scope="col" className={cell}>Case</th>
          <th scope="col" className={cell}>Outcome</th>
          <th scope="col" className={cell}>Closed</th>
          <th scope="col" className="py-2">Retention ended</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-300">
            <th scope="row" className={`${cell} font-normal`}>{row.reference}</th>
            <td className={cell}>{RETENTION_CLASS_LABELS[row.retentionClass]}</td>
            <td className={cell}>{formatDay(row.closedAt)}</td>
            <td className="py-2">{formatDay(row.retainUntil)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function RetentionPage() {
  await requireAdminPage();
  const rules = await getProcedureRules(db);
  const report = await retentionReport(db, rules);
  return (
    <div className="max-w-4xl space-y-8">
      <h1>Retention</h1>
      <section aria-labelledby="schedule-heading" className="space-y-2">
        <h2 id="schedule-heading">Schedule</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Dismissed cases: {years(rules.retention.dismissedYears)}</li>
          <li>Withdrawn cases: {years(rules.retention.withdrawnYears)}</li>
          <li>Abandoned cases: {years(rules.retention.abandonedYears)}</li>
          <li>Cases with a finding of violation: {years(rules.retention.violationYears)}</li>
          <li>The audit log: kept permanently</li>
        </ul>
        <p>
          <Link href="/admin/settings#retention-heading">Change the schedule in the procedure settings</Link>. A purge removes the complainant, the
          narrative, documents, messages, notes and witnesses of a case, and keeps the case reference, its dates, its outcome and an anonymised
          statistic. Cases on legal hold are never purged.
        </p>
      </section>

      <section aria-labelledby="dry-run-heading" className="space-y-4">
        <h2 id="dry-run-heading">Dry run</h2>
        <p>
          {report.due.length} {report.due.length === 1 ? "case is" : "cases are"} past retention; {report.held.length} on legal hold;{" "}
          {report.notDue} closed but not yet due; {report.permanent} kept permanently.
        </p>
        {report.due.length > 0 ? <CandidateTable caption="Would be purged" rows={report.due} /> : <p>Nothing would be purged today.</p>}
        {report.held.length > 0 ? <CandidateTable caption="Past retention but on legal hold: kept" rows={report.held} /> : null}
        <RunPurgeForm due={report.due.length} />
      </section>

      <section aria-labelledby="hold-heading" className="space-y-4">
        <h2 id="hold-heading">Legal hold</h2>
        <p>A legal hold keeps every record of a case, past its retention period, until it is released.</p>
        <LegalHoldForm />
      </section>
    </div>
  );
}
