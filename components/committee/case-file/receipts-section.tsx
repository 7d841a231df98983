import { formatDateTime } from "@/lib/domain/committee/format";
import { DELIVERY_STATE_LABELS } from "@/lib/server/notifications/delivery-state";
import type { NoticeReceipt } from "@/lib/server/notifications/receipts";
import { Section } from "./section";

/** Evidence of service: when each notice of the case was queued, sent or failed, and first opened. */
export function ReceiptsSection({ receipts }: { receipts: NoticeReceipt[] }) {
  return (
    <Section id="receipts" title="Notices and delivery">
      {receipts.length === 0 ? (
        <p>No notices yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Each notice of this case with its delivery</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-4">Notice</th>
                <th scope="col" className="py-2 pr-4">To</th>
                <th scope="col" className="py-2 pr-4">Delivery</th>
                <th scope="col" className="py-2 pr-4">Queued</th>
                <th scope="col" className="py-2 pr-4">Sent or failed</th>
                <th scope="col" className="py-2">Link first opened</th>
              </tr>
            </thead>
            <tbody>
              {receipts.map((receipt) => (
                <tr key={receipt.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {receipt.subject}
                    {receipt.letterKind ? <span className="block text-sm text-slate-700">With the letter: {receipt.letterKind.replaceAll("_", " ").toLowerCase()}</span> : null}
                  </th>
                  <td className="py-2 pr-4">
                    <span className="capitalize">{receipt.recipientKind.toLowerCase().replaceAll("_", " ")}</span>
                    {receipt.toAddress ? <span className="block text-sm break-all">{receipt.toAddress}</span> : null}
                  </td>
                  <td className="py-2 pr-4">
                    {DELIVERY_STATE_LABELS[receipt.state]}
                    {receipt.attempts > 0 ? <span className="block text-sm text-slate-700">{receipt.attempts === 1 ? "1 attempt" : `${receipt.attempts} attempts`}</span> : null}
                  </td>
                  <td className="py-2 pr-4">{formatDateTime(receipt.queuedAt)}</td>
                  <td className="py-2 pr-4">{formatDateTime(receipt.sentAt ?? receipt.failedAt)}</td>
                  <td className="py-2">{formatDateTime(receipt.firstOpenedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
