import type { Metadata } from "next";
import { AppealList } from "@/components/portal/appeal-list";
import { AllegationSection } from "@/components/portal/allegation-section";
import { CaseHeader, CasePagesNav } from "@/components/portal/case-header";
import { DeadlineList } from "@/components/portal/deadline-list";
import { DecisionList } from "@/components/portal/decision-list";
import { DocumentList } from "@/components/portal/document-list";
import { DoneBanner } from "@/components/portal/done-banner";
import { HearingDetails } from "@/components/portal/hearing-details";
import { LetterList } from "@/components/portal/letter-list";
import { SanctionList } from "@/components/portal/sanction-list";
import { pagesFor, portalCasePage } from "@/lib/server/portal/page";

export const metadata: Metadata = { title: "Case" };

export default async function PortalCasePage({ params, searchParams }: { params: Promise<{ caseId: string }>; searchParams: Promise<{ done?: string }> }) {
  const { caseId } = await params;
  const { done } = await searchParams;
  const { portalCase } = await portalCasePage(caseId);
  return (
    <>
      <DoneBanner done={done} />
      <CaseHeader portalCase={portalCase} />
      <CasePagesNav caseId={portalCase.id} pages={pagesFor(portalCase)} />
      <section aria-labelledby="deadlines" className="space-y-2">
        <h2 id="deadlines">Your deadlines</h2>
        <DeadlineList deadlines={portalCase.deadlines} now={portalCase.now} />
      </section>
      <AllegationSection portalCase={portalCase} />
      {portalCase.hearing ? (
        <section aria-labelledby="hearing" className="space-y-2">
          <h2 id="hearing">Hearing</h2>
          <HearingDetails hearing={portalCase.hearing} />
        </section>
      ) : null}
      <section aria-labelledby="decisions" className="space-y-2">
        <h2 id="decisions">Decisions</h2>
        <DecisionList decisions={portalCase.decisions} />
      </section>
      {portalCase.appeals.length > 0 ? (
        <section aria-labelledby="appeals" className="space-y-2">
          <h2 id="appeals">Your appeal</h2>
          <AppealList appeals={portalCase.appeals} />
        </section>
      ) : null}
      {portalCase.sanctions.length > 0 ? (
        <section aria-labelledby="sanctions" className="space-y-2">
          <h2 id="sanctions">Sanctions and conditions</h2>
          <SanctionList sanctions={portalCase.sanctions} />
        </section>
      ) : null}
      <section aria-labelledby="letters" className="space-y-2">
        <h2 id="letters">Letters sent to you</h2>
        <LetterList letters={portalCase.letters} />
      </section>
      <section aria-labelledby="documents" className="space-y-2">
        <h2 id="documents">Documents</h2>
        <DocumentList documents={portalCase.documents} empty="No documents have been shared with you or sent by you." />
      </section>
    </>
  );
}
