import { eventLabel } from "@/lib/domain/committee/event-labels";
import { formatDateTime, stateLabel } from "@/lib/domain/committee/format";
import type { TimelineEntry } from "@/lib/server/committee/case-file/timeline";
import { Section } from "./section";

/** The audit trail of the case, oldest first. */
export function TimelineSection({ timeline }: { timeline: TimelineEntry[] }) {
  return (
    <Section id="timeline" title="Timeline">
      <ol className="space-y-2">
        {timeline.map((entry) => (
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
