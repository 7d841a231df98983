import { CERTIFICATION_STATUS_LABELS, type CertificationStatus } from "@/lib/domain/certification";
import { formatDay } from "@/lib/domain/registry";
import { SANCTION_INFO, type SanctionType } from "@/lib/domain/sanctions";
import type { CertificationRecord } from "@/lib/server/registry/records";

const label = (status: string | null) => (status ? CERTIFICATION_STATUS_LABELS[status as CertificationStatus] : "—");
const th = "py-2 pr-4";

type Props = {
  history: CertificationRecord["history"];
  sanctions: CertificationRecord["sanctions"];
  trail: { seq: number; at: Date; type: string; reason: string | null; actorKind: string }[];
  inForceCount: number;
};

export function RecordHistory({ history, sanctions, trail, inForceCount }: Props) {
  return (
    <>
      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading">Status history</h2>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Status changes, newest first</caption>
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className={th}>Date</th>
              <th scope="col" className={th}>From</th>
              <th scope="col" className={th}>To</th>
              <th scope="col" className="py-2">Reason</th>
            </tr>
          </thead>
          <tbody>
            {history.map((change) => (
              <tr key={change.id} className="border-b border-slate-300">
                <td className={th}>{formatDay(change.at)}</td>
                <td className={th}>{label(change.fromStatus)}</td>
                <td className={th}>{label(change.toStatus)}</td>
                <td className="py-2">{change.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="sanctions-heading" className="space-y-2">
        <h2 id="sanctions-heading">Sanctions</h2>
        {sanctions.length === 0 ? (
          <p>No sanctions are recorded against this certification.</p>
        ) : (
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left">{inForceCount} in force</caption>
            <thead>
              <tr className="border-b-2 border-slate-800">
                <th scope="col" className={th}>Action</th>
                <th scope="col" className={th}>State</th>
                <th scope="col" className={th}>From</th>
                <th scope="col" className={th}>Until</th>
                <th scope="col" className={th}>Public</th>
                <th scope="col" className="py-2">Case</th>
              </tr>
            </thead>
            <tbody>
              {sanctions.map((sanction) => (
                <tr key={sanction.id} className="border-b border-slate-300">
                  <td className={th}>{SANCTION_INFO[sanction.type as SanctionType].label}</td>
                  <td className={th}>{sanction.status.toLowerCase().replace(/_/g, " ")}</td>
                  <td className={th}>{formatDay(sanction.startsAt) || "—"}</td>
                  <td className={th}>{formatDay(sanction.endsAt) || "—"}</td>
                  <td className={th}>{sanction.isPublic ? "Yes" : "No"}</td>
                  <td className="py-2">{sanction.complaint.reference}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="trail-heading" className="space-y-2">
        <h2 id="trail-heading">Record audit trail</h2>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Audit events for this record, newest first</caption>
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className={th}>When</th>
              <th scope="col" className={th}>Event</th>
              <th scope="col" className="py-2">Reason</th>
            </tr>
          </thead>
          <tbody>
            {trail.map((event) => (
              <tr key={event.seq} className="border-b border-slate-300">
                <td className={th}>{event.at.toISOString().replace("T", " ").slice(0, 16)} UTC</td>
                <td className={th}>{event.type.toLowerCase().replace(/_/g, " ")}</td>
                <td className="py-2">{event.reason ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
