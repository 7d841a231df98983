import { SANCTION_INFO, type SanctionType } from "@/lib/domain/sanctions";
import { SANCTION_STATUS_LABELS } from "@/lib/domain/portal/describe";
import { formatDate } from "@/lib/domain/portal/format";
import type { SanctionView } from "@/lib/server/portal/case-parts";
import { DocumentList } from "./document-list";

/** Sanctions on the case with their conditions, due dates, the CCM's evidence and staff verification. */
export function SanctionList({ sanctions }: { sanctions: readonly SanctionView[] }) {
  if (sanctions.length === 0) return <p>No sanction.</p>;
  return (
    <ul className="space-y-6">
      {sanctions.map((sanction) => (
        <li key={sanction.id} className="border-l-4 border-slate-500 pl-4">
          <h3 className="text-lg font-bold">
            {SANCTION_INFO[sanction.type as SanctionType].label}
            {sanction.termMonths ? ` for ${sanction.termMonths} months` : ""}: {SANCTION_STATUS_LABELS[sanction.status] ?? sanction.status}
          </h3>
          <p>
            {sanction.startsAt ? `From ${formatDate(sanction.startsAt)}` : "Not yet in effect"}
            {sanction.endsAt ? ` to ${formatDate(sanction.endsAt)}` : ""}. {sanction.isPublic
              ? sanction.publishedAt
                ? "Public: shown on your public verification record."
                : "Public once final: it will then be shown on your verification record."
              : "Not published."}
          </p>
          {sanction.conditions.length > 0 ? (
            <>
              <h4 className="mt-3 font-semibold">Conditions</h4>
              <ul className="mt-1 space-y-3">
                {sanction.conditions.map((condition) => (
                  <li key={condition.id} className="bg-slate-50 p-3">
                    <p className="font-semibold">
                      {condition.description}
                      {condition.hours ? ` (${condition.hours} hours)` : ""}
                    </p>
                    <p>Due: {condition.dueAt ? formatDate(condition.dueAt) : "no fixed date"}</p>
                    <p>{condition.metAt ? `Verified as met by staff on ${formatDate(condition.metAt)}.` : "Not yet verified as met."}</p>
                    <DocumentList documents={condition.evidence} empty="You have not sent evidence for this condition yet." />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
