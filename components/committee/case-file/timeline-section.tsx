import type { CaseFileList, ListWindow } from "@/lib/domain/committee/case-file-lists";
import { eventLabel } from "@/lib/domain/committee/event-labels";
import { formatDateTime, stateLabel } from "@/lib/domain/committee/format";
import type { TimelineEntry } from "@/lib/server/committee/case-file/timeline";
import { ListExtent } from "./list-extent";
import { Section } from "./section";

/** The audit trail of the case, oldest first, from its latest entries unless asked for whole. */
export function TimelineSection({ timeline, shown }: { timeline: ListWindow<TimelineEntry>; shown: ReadonlySet<CaseFileList> }) {
  return (
    <Section id="timeline" title="Timeline">
      <ListExtent list="timeline" window={timeline} shown={shown} noun="entries" />
      <ol className="space-y-2">
        {timeline.entries.map((entry) => (
          <li key={entry.seq} className="border-l-4 border-slate-300 pl-3">
            <span className="font-semibold">{eventLabel(entry.type)}</span>{" "}
            <span className="text-sm text-slate-700">
              {formatDateTime(entry.at)} by {entry.actor}
              {entry.toState && entry.fromState !== entry.toState ? `; ${entry.fromState ? `${stateLabel(entry.fromState)} → ` : ""}${stateLabel(entry.toState)}` : ""}
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
