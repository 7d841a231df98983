import type { Metadata } from "next";
import { CaseHeader } from "@/components/portal/case-header";
import { DecisionList } from "@/components/portal/decision-list";
import { ElectionForm } from "@/components/portal/forms/election-form";
import { RefusalNotice } from "@/components/portal/refusal-notice";
import { formatDeadline } from "@/lib/domain/portal/format";
import { CASE_PAGES } from "@/lib/domain/portal/pages";
import { eventOf } from "@/lib/server/portal/case-view";
import { portalCasePage } from "@/lib/server/portal/page";
import { electionAction } from "../actions";

export const metadata: Metadata = { title: CASE_PAGES.election };

export default async function ElectionPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const { portalCase } = await portalCasePage(caseId, "election");
  const accept = eventOf(portalCase, "ACCEPT_DISPOSITION");
  const hearing = eventOf(portalCase, "REQUEST_HEARING");
  const proposal = portalCase.decisions.filter((d) => d.stage === "PROPOSED" && !d.adoptsProposal).at(-1);
  const due = portalCase.deadlines.find((d) => d.kind === "ELECTION");
  return (
    <>
      <CaseHeader portalCase={portalCase} title={CASE_PAGES.election} />
      {proposal ? (
        <section aria-labelledby="proposal" className="space-y-2">
          <h2 id="proposal">The proposed outcome</h2>
          <DecisionList decisions={[proposal]} />
        </section>
      ) : null}
      <section aria-labelledby="silence" className="max-w-2xl space-y-2 border-l-8 border-slate-900 p-4">
        <h2 id="silence">If you do nothing</h2>
        <p>
          {due ? `If we do not hear from you by ${formatDeadline(due.dueAt)}, ` : "If you do not reply in time, "}
          your silence counts as acceptance: the proposed outcome becomes the decision. Unlike written acceptance, silence keeps your right to appeal that
          decision.
        </p>
      </section>
      {!accept && !hearing ? <p>There is no proposed outcome to answer at this stage of the case.</p> : null}
      <RefusalNotice event={accept ?? hearing} what="accept the proposed outcome or ask for a hearing" />
      {accept?.open || hearing?.open ? (
        <section aria-labelledby="decide" className="space-y-4">
          <h2 id="decide">Your decision</h2>
          <ElectionForm
            action={electionAction}
            caseId={portalCase.id}
            version={portalCase.version}
            canAccept={accept?.open ?? false}
            canRequestHearing={hearing?.open ?? false}
          />
        </section>
      ) : null}
    </>
  );
}
