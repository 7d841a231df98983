import type { Metadata } from "next";
import { CaseHeader } from "@/components/portal/case-header";
import { DeadlineList } from "@/components/portal/deadline-list";
import { ExtensionForm, RespondForm } from "@/components/portal/forms/respond-forms";
import { RefusalNotice } from "@/components/portal/refusal-notice";
import { formatDate } from "@/lib/domain/portal/format";
import { CASE_PAGES } from "@/lib/domain/portal/pages";
import { eventOf } from "@/lib/server/portal/case-view";
import { portalCasePage } from "@/lib/server/portal/page";
import { extensionAction, respondAction } from "../actions";

export const metadata: Metadata = { title: CASE_PAGES.respond };

export default async function RespondPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { portalCase } = await portalCasePage(caseId, "respond");
  const respond = eventOf(portalCase, "SUBMIT_RESPONSE");
  const extension = eventOf(portalCase, "REQUEST_EXTENSION");
  const deadlines = portalCase.deadlines.filter((d) => d.kind === "RESPONSE");
  return (
    <>
      <CaseHeader portalCase={portalCase} title={CASE_PAGES.respond} />
      <section aria-labelledby="when" className="space-y-2">
        <h2 id="when">Deadline</h2>
        <DeadlineList deadlines={deadlines} now={portalCase.now} />
        <p className="max-w-2xl">
          If no response arrives in time, the Committee reviews the complaint on the record without it, and not cooperating with the procedure may itself
          be a breach of Standard S9. You may be represented, at your own expense.
        </p>
      </section>
      {!respond ? <p>A response is not expected at this stage of the case.</p> : null}
      <RefusalNotice event={respond} what="send a response" />
      {respond?.open ? (
        <section aria-labelledby="response" className="space-y-4">
          <h2 id="response">Your response</h2>
          <RespondForm action={respondAction} caseId={portalCase.id} version={portalCase.version} />
        </section>
      ) : null}
      {extension ? (
        <section aria-labelledby="more-time" className="space-y-4">
          <h2 id="more-time">Ask for more time</h2>
          <p className="max-w-2xl">
            You may ask once, before the deadline, for up to {portalCase.extension.maxDays} more days. The Committee Chair decides, and you will be told
            the answer. Until then the current deadline stands.
          </p>
          {portalCase.extensionRequests.length > 0 ? (
            <ul className="list-disc pl-6">
              {portalCase.extensionRequests.map((request) => (
                <li key={request.id}>
                  Asked on {formatDate(request.requestedAt)} for {request.daysAsked} days:{" "}
                  {request.ruling === "GRANTED" ? `granted (${request.daysGranted} days)` : request.ruling === "REFUSED" ? "refused" : "waiting for the Chair"}
                </li>
              ))}
            </ul>
          ) : null}
          <RefusalNotice event={extension} what="ask for more time" />
          {extension.open ? <ExtensionForm action={extensionAction} caseId={portalCase.id} version={portalCase.version} maxDays={portalCase.extension.maxDays} /> : null}
        </section>
      ) : null}
    </>
  );
}
