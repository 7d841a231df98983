import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionsSection } from "@/components/committee/case-file/actions-section";
import { CaseHeader } from "@/components/committee/case-file/case-header";
import { MessagesSection, NotesSection } from "@/components/committee/case-file/conversation-sections";
import { ImpartialitySection } from "@/components/committee/case-file/impartiality-section";
import { ReceiptsSection } from "@/components/committee/case-file/receipts-section";
import { DecisionsSection } from "@/components/committee/case-file/outcome-sections";
import { DeadlinesSection, DocumentsSection, RequestsSection } from "@/components/committee/case-file/record-sections";
import { AllegationSection, PartiesSection } from "@/components/committee/case-file/summary-section";
import { TimelineSection } from "@/components/committee/case-file/timeline-section";
import { RecusedNotice } from "@/components/committee/case-file/recused-notice";
import { parseShownLists } from "@/lib/domain/committee/case-file-lists";
import { checkHearingPanel } from "@/lib/domain/committee/hearing-panel";
import { EVENT_TYPES, type EventType } from "@/lib/workflow/events";
import { committeePageViewer } from "@/lib/server/committee/actor";
import { loadCaseFile } from "@/lib/server/committee/case-file/load";
import { loadViewerPowers } from "@/lib/server/committee/case-file/viewer";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Case file" };

type Params = { params: Promise<{ caseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function CaseFilePage({ params, searchParams }: Params) {
  const { caseId } = await params;
  const query = await searchParams;
  const { actor } = await committeePageViewer(`/committee/cases/${caseId}`);
  const match = single(query.match)?.slice(0, 100);
  const shown = parseShownLists(query.show);
  const file = await loadCaseFile(db, caseId, actor, { shown, ...(match !== undefined && { match }) });
  if (!file) notFound();
  if (file.kind === "recused") return <RecusedNotice reference={file.reference} />;

  const now = new Date();
  const act = single(query.act);
  const chosen = act && (EVENT_TYPES as readonly string[]).includes(act) ? (act as EventType) : null;
  const done = single(query.done);
  const { summary, impartiality } = file;
  const powers = await loadViewerPowers(db, caseId, actor, impartiality.declarations);
  const panel = checkHearingPanel(file.outcomes.hearings, impartiality, file.formContext.minPanel);
  const identityShared = summary.complainant?.shown === true && summary.complainant.details.shareWithRespondent;
  return (
    <div className="space-y-8">
      <CaseHeader summary={summary} done={done && (EVENT_TYPES as readonly string[]).includes(done) ? (done as EventType) : null} staff={powers.isStaff ? powers.staff : null} />
      <ActionsSection allowed={file.allowedEvents} chosen={chosen} ctx={file.formContext} />
      <DeadlinesSection deadlines={file.deadlines} now={now} />
      <PartiesSection summary={summary} />
      <AllegationSection summary={summary} />
      <DecisionsSection outcomes={file.outcomes} />
      <RequestsSection requests={file.requests} documents={file.documents} />
      <DocumentsSection caseId={caseId} documents={file.documents} share={powers.isStaff ? { identityWithheld: summary.complainant !== null && !identityShared && !summary.identityDisclosureGranted } : null} />
      {file.receipts ? <ReceiptsSection receipts={file.receipts} /> : null}
      <MessagesSection caseId={caseId} messages={file.messages} shown={shown} canReply={powers.isStaff} hasComplainant={summary.complainant !== null} />
      {file.notes ? <NotesSection caseId={caseId} notes={file.notes} shown={shown} /> : null}
      <ImpartialitySection
        caseId={caseId}
        impartiality={impartiality}
        roster={file.roster}
        panel={panel}
        viewer={powers}
        disclosureGranted={summary.identityDisclosureGranted}
        identityShared={identityShared}
      />
      <TimelineSection timeline={file.timeline} shown={shown} />
    </div>
  );
}
