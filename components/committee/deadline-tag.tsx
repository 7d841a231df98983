import { describeDaysLeft } from "@/lib/domain/committee/format";

/** Days left on a deadline, marked in words (not colour alone) when overdue or due soon. */
export function DeadlineTag({ dueAt, now, soonDays = 7 }: { dueAt: Date; now: Date; soonDays?: number }) {
  const overdue = dueAt.getTime() < now.getTime();
  const soon = !overdue && dueAt.getTime() - now.getTime() <= soonDays * 86_400_000;
  const tone = overdue ? "bg-red-100 text-red-900 border-danger" : soon ? "bg-amber-100 text-amber-950 border-amber-700" : "bg-slate-100 text-slate-900 border-slate-500";
  return (
    <span className={`inline-block border-l-4 px-2 py-0.5 text-sm font-semibold ${tone}`}>
      {overdue ? "Overdue: " : soon ? "Due soon: " : ""}
      {describeDaysLeft(dueAt, now)}
    </span>
  );
}
