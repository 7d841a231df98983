import Link from "next/link";
import { DELIVERY_STATE_LABELS } from "@/lib/server/notifications/delivery-state";
import type { OutboxRow } from "@/lib/server/notifications/outbox-list";
import { needsAttention, utc } from "./format";

const cell = "py-2 pr-3 align-top";

export function OutboxTable({ rows, total }: { rows: OutboxRow[]; total: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base font-semibold">
          {total.toLocaleString("en-US")} {total === 1 ? "notice" : "notices"}, newest first
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className={cell}>Queued</th>
            <th scope="col" className={cell}>Case</th>
            <th scope="col" className={cell}>Notice</th>
            <th scope="col" className={cell}>To</th>
            <th scope="col" className={cell}>Delivery</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300">
              <td className={`${cell} whitespace-nowrap`}>{utc(row.queuedAt)}</td>
              <td className={`${cell} whitespace-nowrap`}>{row.reference ?? "—"}</td>
              <td className={cell}>
                <Link href={`/admin/outbox/${row.id}`}>{row.subject}</Link>
                <p className="font-mono text-xs text-slate-700">
                  {row.template}
                  {row.hasLetter ? " · letter attached" : ""}
                </p>
              </td>
              <td className={`${cell} break-all`}>
                <p>{row.toAddress ?? "No email address"}</p>
                <p className="text-xs text-slate-700">{row.recipientKind.toLowerCase().replaceAll("_", " ")}</p>
              </td>
              <td className={cell}>
                <p className={needsAttention(row.state) ? "font-semibold text-danger" : "font-semibold"}>{DELIVERY_STATE_LABELS[row.state]}</p>
                {row.attempts > 0 ? <p>{row.attempts === 1 ? "1 attempt" : `${row.attempts} attempts`}</p> : null}
                {row.sentAt ? <p>Sent {utc(row.sentAt)}</p> : null}
                {row.state === "retrying" ? <p>Next try {utc(row.nextAttemptAt)}</p> : null}
                {row.firstOpenedAt ? <p>First opened {utc(row.firstOpenedAt)}</p> : null}
                {row.lastError ? <p className="max-w-xs break-words text-xs text-slate-700">{row.lastError}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
