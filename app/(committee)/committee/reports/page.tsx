import type { Metadata } from "next";
import { BarChart } from "@/components/committee/bar-chart";
import { formatDateTime } from "@/lib/domain/committee/format";
import { REPORT_ROLES } from "@/lib/server/committee/reports/access";
import { loadReports } from "@/lib/server/committee/reports/load";
import { requirePageRole } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requirePageRole(REPORT_ROLES, "/committee/reports");
  const data = await loadReports(db);
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1>Reports</h1>
        <p>Figures for the certification body&apos;s management review (ISO/IEC 17024), over every case on record. Generated {formatDateTime(data.generatedAt)}.</p>
        <p>
          <a href="/committee/reports/export" download>
            Download all figures as CSV
          </a>
        </p>
      </div>
      {data.reports.map((report) => (
        <section key={report.key} aria-label={report.title} className="border-t-2 border-slate-300 pt-6">
          <BarChart report={report} />
        </section>
      ))}
    </div>
  );
}
