import { DECISION_OUTCOME_LABELS, DECISION_STAGE_LABELS, describeAction } from "@/lib/domain/portal/describe";
import { formatDate } from "@/lib/domain/portal/format";
import type { DecisionView } from "@/lib/server/portal/case-parts";

/** Issued decisions with their findings, provisions, actions and reasons (never the votes). */
export function DecisionList({ decisions }: { decisions: readonly DecisionView[] }) {
  if (decisions.length === 0) return <p>No decision has been issued.</p>;
  return (
    <ol className="space-y-6">
      {decisions.map((decision) => (
        <li key={decision.id} className="border-l-4 border-slate-500 pl-4">
          <h3 className="text-lg font-bold">
            {DECISION_STAGE_LABELS[decision.stage] ?? decision.stage}: {DECISION_OUTCOME_LABELS[decision.outcome] ?? decision.outcome}
          </h3>
          <p className="text-slate-700">
            Issued {formatDate(decision.issuedAt)}
            {decision.acceptedAt ? `; accepted by you in writing on ${formatDate(decision.acceptedAt)}` : ""}
            {decision.adoptsProposal && !decision.acceptedAt ? "; the proposed outcome was adopted when the time to respond ran out" : ""}
          </p>
          {decision.provisions.length > 0 ? (
            <>
              <h4 className="mt-2 font-semibold">Provisions</h4>
              <ul className="list-disc pl-6">
                {decision.provisions.map((p) => (
                  <li key={`${p.codeVersion}-${p.code}`}>
                    {p.code} {p.title} ({p.codeVersion} Code)
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {decision.actions.length > 0 ? (
            <>
              <h4 className="mt-2 font-semibold">Action</h4>
              <ul className="list-disc pl-6">
                {decision.actions.map((action) => (
                  <li key={action.type}>{describeAction(action)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {decision.findings ? (
            <>
              <h4 className="mt-2 font-semibold">Findings</h4>
              <p className="whitespace-pre-line">{decision.findings}</p>
            </>
          ) : null}
          {decision.reasons ? (
            <>
              <h4 className="mt-2 font-semibold">Reasons</h4>
              <p className="whitespace-pre-line">{decision.reasons}</p>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
