import { NoticeBanner } from "@/components/ui/notice-banner";
import { EVENT_LABELS } from "@/lib/domain/committee/event-labels";
import { formatDate, stateLabel } from "@/lib/domain/committee/format";
import type { CaseSummary } from "@/lib/server/committee/case-file/summary";
import type { EventType } from "@/lib/workflow/events";
import { STATE_INFO } from "@/lib/workflow/states";
import { AssignForm } from "./record-forms";
import { Facts } from "./section";

const CONTENTS = [
  ["actions", "What you can do now"],
  ["deadlines", "Deadlines"],
  ["parties", "Parties"],
  ["allegation", "Allegation and provisions"],
  ["decisions", "Decisions, hearings, appeals and sanctions"],
  ["responses", "Requests and responses"],
  ["documents", "Documents and letters"],
  ["messages", "Messages"],
  ["notes", "Internal notes"],
  ["impartiality", "Conflicts of interest"],
  ["timeline", "Timeline"],
] as const;

export function CaseHeader({ summary, done, staff }: { summary: CaseSummary; done: EventType | null; staff: { value: string; label: string }[] | null }) {
  const flags = [
    summary.lateFiling && !summary.lateFilingWaived && "Filed late (not waived)",
    summary.noRegistryMatch && "No registry match at filing",
    summary.possibleDuplicateOfId && "Possible duplicate",
    summary.withdrawalRequestedAt && "Withdrawal requested",
    summary.extensionRequested && "Extension requested",
  ].filter(Boolean);
  return (
    <div id="top" className="space-y-4">
      {done ? <NoticeBanner title={`Done: ${EVENT_LABELS[done]}.`}>The case now shows its new stage below.</NoticeBanner> : null}
      <h1>
        Case <span className="font-mono">{summary.reference}</span>
      </h1>
      <Facts
        rows={[
          ["Stage", <strong key="stage">{stateLabel(summary.state)}</strong>],
          ["What happens next", STATE_INFO[summary.state].next],
          ["Case manager", summary.respondentName],
          ["Received", `${formatDate(summary.receivedAt)} (${summary.channel.replace("_", " ").toLowerCase()})`],
          ["Flags", flags.length > 0 ? flags.join(", ") : "None"],
          ["Assigned to", summary.assignedStaff?.name ?? "Nobody"],
        ]}
      />
      {staff ? <AssignForm caseId={summary.id} staff={staff} current={summary.assignedStaff?.id ?? ""} /> : null}
      <nav aria-label="Case file contents">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {CONTENTS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
