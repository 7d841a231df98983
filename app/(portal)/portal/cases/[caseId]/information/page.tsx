import type { Metadata } from "next";
import { CaseHeader } from "@/components/portal/case-header";
import { DocumentList } from "@/components/portal/document-list";
import { CommentForm, InfoReplyForm } from "@/components/portal/forms/information-forms";
import { RefusalNotice } from "@/components/portal/refusal-notice";
import { formatDeadline } from "@/lib/domain/portal/format";
import { CASE_PAGES } from "@/lib/domain/portal/pages";
import { eventOf } from "@/lib/server/portal/case-view";
import { portalCasePage } from "@/lib/server/portal/page";
import { commentAction, infoReplyAction } from "../actions";

export const metadata: Metadata = { title: CASE_PAGES.information };

export default async function InformationPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { portalCase } = await portalCasePage(caseId, "information");
  const reply = eventOf(portalCase, "INFO_RECEIVED");
  const comment = eventOf(portalCase, "COMMENT_ON_ADVERSE_MATERIAL");
  const open = portalCase.infoRequests.filter((r) => r.answeredAt === null);
  const shared = portalCase.documents.filter((d) => !d.fromYou);
  return (
    <>
      <CaseHeader portalCase={portalCase} title={CASE_PAGES.information} />
      {reply?.open || open.length > 0 ? (
        <section aria-labelledby="request" className="space-y-4">
          <h2 id="request">The Committee asked you for information</h2>
          {open.map((request) => (
            <div key={request.id} className="border-l-4 border-slate-500 pl-3">
              <p className="font-semibold">Send by {formatDeadline(request.dueAt)}:</p>
              <ul className="list-disc pl-6">
                {request.items.split("\n").map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
          <RefusalNotice event={reply} what="send the information" />
          {reply?.open ? <InfoReplyForm action={infoReplyAction} caseId={portalCase.id} version={portalCase.version} /> : null}
        </section>
      ) : null}
      {comment ? (
        <section aria-labelledby="comment" className="space-y-4">
          <h2 id="comment">Comment on new material</h2>
          <p className="max-w-2xl">The Committee received new material. You may read it below and comment before the Committee decides.</p>
          <DocumentList documents={shared} empty="No documents have been shared with you." />
          <RefusalNotice event={comment} what="comment" />
          {comment.open ? <CommentForm action={commentAction} caseId={portalCase.id} version={portalCase.version} /> : null}
        </section>
      ) : null}
      {!reply && !comment ? <p>Nothing is asked of you at this stage.</p> : null}
    </>
  );
}
