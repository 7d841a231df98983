import type { AuditRow } from "@/lib/server/admin/audit-search";

const cell = "py-2 pr-3 align-top";

export function AuditTable({ rows, total }: { rows: AuditRow[]; total: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base font-semibold">
          {total.toLocaleString("en-US")} {total === 1 ? "event" : "events"}, newest first
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className={cell}>When (UTC)</th>
            <th scope="col" className={cell}>Event</th>
            <th scope="col" className={cell}>Actor</th>
            <th scope="col" className={cell}>Case</th>
            <th scope="col" className={cell}>Stream</th>
            <th scope="col" className={cell}>Details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300">
              <td className={`${cell} whitespace-nowrap`}>{row.at.toISOString().replace("T", " ").slice(0, 19)}</td>
              <td className={`${cell} font-mono`}>{row.type}</td>
              <td className={`${cell} break-all`}>{row.actor ?? row.actorKind.toLowerCase()}</td>
              <td className={cell}>{row.caseReference ?? ""}</td>
              <td className={`${cell} font-mono`}>
                {row.stream} #{row.seq}
              </td>
              <td className={`${cell} max-w-md break-all`}>
                {row.fromState || row.toState ? (
                  <p>
                    {row.fromState ?? "—"} → {row.toState ?? "—"}
                  </p>
                ) : null}
                {row.reason ? <p>{row.reason}</p> : null}
                <p className="font-mono text-xs text-slate-700">{row.payload.length > 240 ? `${row.payload.slice(0, 240)}…` : row.payload}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
