import type { Metadata } from "next";
import { AppealList } from "@/components/portal/appeal-list";
import { CaseHeader } from "@/components/portal/case-header";
import { DecisionList } from "@/components/portal/decision-list";
import { DeadlineList } from "@/components/portal/deadline-list";
import { AppealForm } from "@/components/portal/forms/appeal-form";
import { RefusalNotice } from "@/components/portal/refusal-notice";
import { CASE_PAGES } from "@/lib/domain/portal/pages";
import { eventOf } from "@/lib/server/portal/case-view";
import { portalCasePage } from "@/lib/server/portal/page";
import { appealAction } from "../actions";

export const metadata: Metadata = { title: CASE_PAGES.appeal };

export default async function AppealPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { portalCase } = await portalCasePage(caseId, "appeal");
  const appeal = eventOf(portalCase, "FILE_APPEAL");
  const decision = portalCase.decisions.filter((d) => d.stage === "HEARING" || d.stage === "PROPOSED").at(-1);
  return (
    <>
      <CaseHeader portalCase={portalCase} title={CASE_PAGES.appeal} />
      {portalCase.appeals.length > 0 ? (
        <section aria-labelledby="appeals" className="space-y-2">
          <h2 id="appeals">Your appeal</h2>
          <AppealList appeals={portalCase.appeals} />
        </section>
      ) : null}
      {appeal ? (
        <>
          {decision ? (
            <section aria-labelledby="decision" className="space-y-2">
              <h2 id="decision">The decision</h2>
              <DecisionList decisions={[decision]} />
            </section>
          ) : null}
          <section aria-labelledby="deadline" className="space-y-2">
            <h2 id="deadline">Deadline</h2>
            <DeadlineList deadlines={portalCase.deadlines.filter((d) => d.kind === "APPEAL")} now={portalCase.now} />
            <p className="max-w-2xl">
              An appeal panel of commissioners who took no part in the decision reviews the record. While the appeal is pending, most sanctions are
              stayed. If you do not appeal in time, the decision becomes final.
            </p>
          </section>
          <RefusalNotice event={appeal} what="appeal" />
          {appeal.open ? (
            <section aria-labelledby="file" className="space-y-4">
              <h2 id="file">File an appeal</h2>
              <AppealForm action={appealAction} caseId={portalCase.id} version={portalCase.version} />
            </section>
          ) : null}
        </>
      ) : portalCase.appeals.length === 0 ? (
        <p>There is no decision you can appeal at this stage of the case.</p>
      ) : null}
    </>
  );
}
