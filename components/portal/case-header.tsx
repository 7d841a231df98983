import Link from "next/link";
import { casePath, CASE_PAGES, type CasePage } from "@/lib/domain/portal/pages";
import type { PortalCase } from "@/lib/server/portal/case-view";

/** Title, stage and "what you need to do now" for every page of a case. */
export function CaseHeader({ portalCase, title }: { portalCase: PortalCase; title?: string }) {
  const { nextStep } = portalCase;
  return (
    <div className="space-y-4">
      <p className="text-slate-700">
        <Link href="/portal">My portal</Link>
        <span aria-hidden="true"> › </span>
        {title ? <Link href={casePath(portalCase.id)}>Case {portalCase.reference}</Link> : <>Case {portalCase.reference}</>}
      </p>
      <h1>{title ?? `Case ${portalCase.reference}`}</h1>
      <p>
        <span className="font-semibold">Stage:</span> {portalCase.stage.label}. {portalCase.stage.description}
      </p>
      {title ? null : (
        <section aria-labelledby="next-step" className={`border-l-8 p-4 ${nextStep.actionNeeded ? "border-brand bg-slate-50" : "border-slate-300"}`}>
          <h2 id="next-step" className="text-xl font-bold">
            What you need to do now
          </h2>
          <p className="mt-1 font-semibold">{nextStep.title}</p>
          {nextStep.detail ? <p>{nextStep.detail}</p> : null}
          {nextStep.page ? (
            <p className="mt-2">
              <Link href={casePath(portalCase.id, nextStep.page)}>{CASE_PAGES[nextStep.page]}</Link>
            </p>
          ) : null}
        </section>
      )}
    </div>
  );
}

/** Links to the case's pages that apply at this stage (what the CCM may do, and the records to read). */
export function CasePagesNav({ caseId, pages }: { caseId: string; pages: readonly CasePage[] }) {
  if (pages.length === 0) return null;
  return (
    <nav aria-label="This case" className="border-y border-slate-300 py-3">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {pages.map((page) => (
          <li key={page}>
            <Link href={casePath(caseId, page)}>{CASE_PAGES[page]}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
