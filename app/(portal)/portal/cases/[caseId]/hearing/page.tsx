import type { Metadata } from "next";
import { CaseHeader } from "@/components/portal/case-header";
import { DocumentList } from "@/components/portal/document-list";
import { ChallengeForm, HearingMaterialForm, PostponementForm } from "@/components/portal/forms/hearing-forms";
import { HearingDetails } from "@/components/portal/hearing-details";
import { formatDate, formatDeadline } from "@/lib/domain/portal/format";
import { CASE_PAGES } from "@/lib/domain/portal/pages";
import { portalCasePage } from "@/lib/server/portal/page";
import { challengeAction, hearingMaterialAction, postponementAction } from "../actions";

export const metadata: Metadata = { title: CASE_PAGES.hearing };

const RULING: Record<string, string> = { UPHELD: "upheld: the member will not sit", REJECTED: "rejected" };

export default async function HearingPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { portalCase } = await portalCasePage(caseId, "hearing");
  const { hearing, now } = portalCase;
  const preparing = portalCase.state === "HEARING_SCHEDULED" && hearing !== null;
  const scheduled = preparing && hearing.status === "SCHEDULED" && hearing.scheduledFor !== null;
  const before = scheduled && hearing.scheduledFor!.getTime() > now.getTime();
  const canChallenge = scheduled && hearing.challengeUntil !== null && hearing.challengeUntil.getTime() >= now.getTime();
  const pendingPostponement = portalCase.postponementRequests.some((r) => hearing?.noticeSentAt && r.createdAt.getTime() >= hearing.noticeSentAt.getTime());
  const material = portalCase.documents.filter((d) => d.fromYou && (d.kind === "STATEMENT" || d.kind === "EXHIBIT"));
  return (
    <>
      <CaseHeader portalCase={portalCase} title={CASE_PAGES.hearing} />
      {!hearing ? <p>No hearing has been called in this case.</p> : null}
      {hearing ? (
        <section aria-labelledby="notice" className="space-y-2">
          <h2 id="notice">Notice of Hearing</h2>
          <HearingDetails hearing={hearing} />
          <p className="max-w-2xl">
            The hearing is closed to the public. You may be represented at your own expense, present witnesses and documents, or send a written statement
            instead of appearing. If you do not appear after due notice, the hearing may go ahead without you.
          </p>
        </section>
      ) : null}
      {preparing && hearing.panel.length > 0 ? (
        <section aria-labelledby="challenge" className="space-y-4">
          <h2 id="challenge">Challenge a panel member</h2>
          {portalCase.challenges.length > 0 ? (
            <ul className="list-disc pl-6">
              {portalCase.challenges.map((c) => (
                <li key={c.id}>
                  {c.memberName}, challenged {formatDate(c.filedAt)}: {c.ruling ? (RULING[c.ruling] ?? c.ruling) : "waiting for the Chair's ruling"}
                </li>
              ))}
            </ul>
          ) : null}
          {canChallenge ? (
            <>
              <p className="max-w-2xl">
                If a member cannot judge your case fairly, you may challenge them for cause until {formatDeadline(hearing.challengeUntil!)}. The Chair rules on
                the challenge.
              </p>
              <ChallengeForm action={challengeAction} caseId={portalCase.id} version={portalCase.version} panel={hearing.panel} />
            </>
          ) : hearing.challengeUntil ? (
            <p>
              The time to challenge a panel member ended on {formatDeadline(hearing.challengeUntil)}. If you learned of a conflict only since then, contact the
              ethics coordinator.
            </p>
          ) : null}
        </section>
      ) : null}
      {preparing ? (
        <section aria-labelledby="material" className="space-y-4">
          <h2 id="material">Written statement and exhibits</h2>
          <DocumentList documents={material} empty="You have not sent anything for the hearing yet." />
          {before || !scheduled ? <HearingMaterialForm action={hearingMaterialAction} caseId={portalCase.id} version={portalCase.version} /> : null}
        </section>
      ) : null}
      {scheduled && before ? (
        <section aria-labelledby="postpone" className="space-y-4">
          <h2 id="postpone">Ask to postpone the hearing</h2>
          {pendingPostponement ? (
            <p>Your request to postpone this hearing is with the Committee Chair.</p>
          ) : portalCase.postponementsLeft > 0 ? (
            <PostponementForm action={postponementAction} caseId={portalCase.id} version={portalCase.version} />
          ) : (
            <p>You have had the postponement allowed. Contact the ethics coordinator if something serious prevents you from attending.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
