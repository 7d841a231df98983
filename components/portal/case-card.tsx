import Link from "next/link";
import { deadlineLabel } from "@/lib/domain/portal/describe";
import { formatDeadline, relativeDays } from "@/lib/domain/portal/format";
import { casePath } from "@/lib/domain/portal/pages";
import type { PortalCaseCard } from "@/lib/server/portal/home";

/** One case on the portal home: stage, the next deadline that waits on the CCM, what to do now. */
export function CaseCard({ item, now }: { item: PortalCaseCard; now: Date }) {
  const headingId = `case-${item.id}`;
  return (
    <article aria-labelledby={headingId} className={`border-l-8 p-4 ${item.nextStep.actionNeeded ? "border-brand bg-slate-50" : "border-slate-300"}`}>
      <h3 id={headingId} className="text-xl font-bold">
        <Link href={casePath(item.id)}>Case {item.reference}</Link>
      </h3>
      <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Stage</dt>
        <dd>{item.stage.label}</dd>
        <dt className="font-semibold">Next deadline</dt>
        <dd>
          {item.nextDeadline
            ? `${deadlineLabel(item.nextDeadline.kind)}: ${formatDeadline(item.nextDeadline.dueAt)} (${relativeDays(item.nextDeadline.dueAt, now)})`
            : "None waiting on you"}
        </dd>
        <dt className="font-semibold">What you need to do now</dt>
        <dd>
          <span className={item.nextStep.actionNeeded ? "font-semibold" : ""}>{item.nextStep.title}</span>
          {item.nextStep.detail ? <span className="block text-slate-700">{item.nextStep.detail}</span> : null}
        </dd>
      </dl>
    </article>
  );
}
