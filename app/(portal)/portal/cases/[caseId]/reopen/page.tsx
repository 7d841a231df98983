import type { Metadata } from "next";
import { CaseHeader } from "@/components/portal/case-header";
import { ReopenForm } from "@/components/portal/forms/reopen-form";
import { RefusalNotice } from "@/components/portal/refusal-notice";
import { CASE_PAGES } from "@/lib/domain/portal/pages";
import { portalCasePage } from "@/lib/server/portal/page";
import { reopenAction } from "../actions";

export const metadata: Metadata = { title: CASE_PAGES.reopen };

export default async function ReopenPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { portalCase } = await portalCasePage(caseId, "reopen");
  const petition = portalCase.events.find((event) => event.type === "PETITION_REOPEN");
  return (
    <>
      <CaseHeader portalCase={portalCase} title={CASE_PAGES.reopen} />
      <p className="max-w-2xl">
        A final decision may be reopened on important new evidence that was not reasonably available before and could change the outcome, within a
        year of the decision becoming final. The Committee rules on the petition.
      </p>
      {!petition ? <p>A petition to reopen is possible only once the outcome is final.</p> : null}
      <RefusalNotice event={petition} what="petition to reopen the case" />
      {petition?.open ? <ReopenForm action={reopenAction} caseId={portalCase.id} version={portalCase.version} /> : null}
    </>
  );
}
