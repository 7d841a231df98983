import { APPEAL_GROUND_INFO, type AppealGround } from "@/lib/domain/appeal-grounds";
import { formatDate } from "@/lib/domain/portal/format";
import type { PortalCase } from "@/lib/server/portal/case-view";

const OUTCOME: Record<string, string> = { AFFIRMED: "Affirmed", MODIFIED: "Modified", REVERSED: "Reversed", REMANDED: "Sent back to the Committee" };

/** The CCM's appeals and where each stands. */
export function AppealList({ appeals }: { appeals: PortalCase["appeals"] }) {
  if (appeals.length === 0) return null;
  return (
    <ul className="space-y-4">
      {appeals.map((appeal) => (
        <li key={appeal.id} className="border-l-4 border-slate-500 pl-4">
          <p className="font-semibold">Filed {formatDate(appeal.filedAt)}</p>
          <p>Grounds: {appeal.grounds.map((g) => APPEAL_GROUND_INFO[g as AppealGround]?.label ?? g).join("; ")}</p>
          <p>
            {appeal.outcome
              ? `Decided ${formatDate(appeal.decidedAt)}: ${OUTCOME[appeal.outcome] ?? appeal.outcome}.`
              : "The appeal panel is reviewing the record. You will be sent its decision."}
          </p>
          {appeal.reasons ? <p className="whitespace-pre-line">{appeal.reasons}</p> : null}
          {appeal.outcome === "REMANDED" && appeal.instructions ? (
            <div>
              <p className="font-semibold">What the Committee is asked to reconsider</p>
              <p className="whitespace-pre-line">{appeal.instructions}</p>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
