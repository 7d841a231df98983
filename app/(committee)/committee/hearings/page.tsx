import type { Metadata } from "next";
import { CaseLink } from "@/components/committee/case-link";
import { formatDateTime } from "@/lib/domain/committee/format";
import { committeePageViewer } from "@/lib/server/committee/actor";
import { loadHearingList, type HearingRow } from "@/lib/server/committee/hearings";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Hearings" };

const FORMAT: Record<string, string> = { IN_PERSON: "In person", VIDEO: "Video", PHONE: "Telephone" };

function HearingTable({ caption, rows }: { caption: string; rows: HearingRow[] }) {
  if (rows.length === 0) return <p>None.</p>;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-800">
          <th scope="col" className="py-2 pr-4">Case</th>
          <th scope="col" className="py-2 pr-4">Case manager</th>
          <th scope="col" className="py-2 pr-4">Date</th>
          <th scope="col" className="py-2 pr-4">Format</th>
          <th scope="col" className="py-2">Panel</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.caseId} className="border-b border-slate-300 align-top">
            <th scope="row" className="py-2 pr-4 font-normal">
              <CaseLink id={row.caseId} reference={row.reference} />
            </th>
            <td className="py-2 pr-4">{row.respondentName}</td>
            <td className="py-2 pr-4">{row.scheduledFor ? formatDateTime(row.scheduledFor) : `To schedule (asked by ${row.initiatedBy === "CCM" ? "the case manager" : "the Committee"})`}</td>
            <td className="py-2 pr-4">{row.format ? (FORMAT[row.format] ?? row.format) : "—"}</td>
            <td className="py-2">
              {row.panel.length > 0 ? row.panel.join(", ") : "Not yet appointed"}
              {row.onPanel ? <strong> (you sit on this panel)</strong> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function HearingsPage() {
  const { actor } = await committeePageViewer("/committee/hearings");
  const hearings = await loadHearingList(db, actor);
  return (
    <div className="space-y-8">
      <h1>Hearings</h1>
      <section aria-labelledby="to-schedule" className="space-y-2">
        <h2 id="to-schedule">To schedule</h2>
        <HearingTable caption="Hearings called and waiting for a date and panel" rows={hearings.filter((h) => h.status === "CALLED")} />
      </section>
      <section aria-labelledby="upcoming" className="space-y-2">
        <h2 id="upcoming">Scheduled</h2>
        <HearingTable caption="Scheduled hearings, soonest first" rows={hearings.filter((h) => h.status === "SCHEDULED")} />
      </section>
    </div>
  );
}
