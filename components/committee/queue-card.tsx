import Link from "next/link";
import { formatDate, formatDateTime, stateLabel } from "@/lib/domain/committee/format";
import type { QueueCase } from "@/lib/server/committee/queues";
import { CaseLink } from "./case-link";

/** One queue on the dashboard: its count, its oldest cases and a link to all of them. */
export function QueueCard({ id, label, count, cases, href }: { id: string; label: string; count: number; cases: QueueCase[]; href: string }) {
  const headingId = `queue-${id}`;
  return (
    <section aria-labelledby={headingId} className="border-2 border-slate-300 p-4">
      <h3 id={headingId}>
        {label} <span className="font-normal">({count})</span>
      </h3>
      {cases.length === 0 ? (
        <p className="mt-2 text-slate-700">Nothing waiting.</p>
      ) : (
        <ul className="mt-2 space-y-1">
          {cases.map((item) => (
            <li key={item.id}>
              <CaseLink id={item.id} reference={item.reference} />{" "}
              <span className="text-sm text-slate-700">
                {item.respondentName ?? "recused: reference only"} · {stateLabel(item.state)}
                {item.hearingAt ? ` · hearing ${formatDateTime(item.hearingAt)}` : ` · received ${formatDate(item.receivedAt)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {count > cases.length ? (
        <p className="mt-2">
          <Link href={href}>
            View all {count}
            <span className="sr-only"> in {label}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}
