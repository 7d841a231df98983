import { deadlineLabel } from "@/lib/domain/portal/describe";
import { formatDeadline, relativeDays } from "@/lib/domain/portal/format";

type Deadline = { kind: string; dueAt: Date; pausedAt: Date | null };

/** The deadlines that wait on the CCM, in words (never colour alone). */
export function DeadlineList({ deadlines, now }: { deadlines: readonly Deadline[]; now: Date }) {
  if (deadlines.length === 0) return <p>No deadline is waiting on you.</p>;
  return (
    <ul className="space-y-2">
      {deadlines.map((deadline) => (
        <li key={`${deadline.kind}-${deadline.dueAt.toISOString()}`} className="border-l-4 border-slate-500 pl-3">
          <span className="font-semibold">{deadlineLabel(deadline.kind)}:</span> {formatDeadline(deadline.dueAt)}{" "}
          {deadline.pausedAt ? "(paused while a request is decided)" : `(${relativeDays(deadline.dueAt, now)})`}
        </li>
      ))}
    </ul>
  );
}
