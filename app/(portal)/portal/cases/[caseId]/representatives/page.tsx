import type { Metadata } from "next";
import { CaseHeader } from "@/components/portal/case-header";
import { DoneBanner } from "@/components/portal/done-banner";
import { RepresentativeForm, RevokeRepresentativeForm } from "@/components/portal/forms/representative-forms";
import { formatDate } from "@/lib/domain/portal/format";
import { CASE_PAGES } from "@/lib/domain/portal/pages";
import { MAX_REPRESENTATIVES } from "@/lib/server/portal/representatives";
import { portalCasePage } from "@/lib/server/portal/page";
import { designateRepresentativeAction, revokeRepresentativeAction } from "../representative-actions";

export const metadata: Metadata = { title: CASE_PAGES.representatives };

export default async function RepresentativesPage({ params, searchParams }: { params: Promise<{ caseId: string }>; searchParams: Promise<{ done?: string }> }) {
  const { caseId } = await params;
  const { done } = await searchParams;
  const { portalCase } = await portalCasePage(caseId, "representatives");
  const { representatives, actorIsCcm } = portalCase;
  return (
    <>
      <DoneBanner done={done} />
      <CaseHeader portalCase={portalCase} title={CASE_PAGES.representatives} />
      <p className="max-w-2xl">
        You may be represented, for example by an attorney, at your own expense. A representative sees this case only, receives its letters and may act
        for you in it.
      </p>
      <section aria-labelledby="current" className="space-y-3">
        <h2 id="current">Representatives on this case</h2>
        {representatives.length === 0 ? <p>None.</p> : null}
        <ul className="space-y-4">
          {representatives.map((r) => (
            <li key={r.id} className="space-y-2 border-l-4 border-slate-500 pl-3">
              <p>
                <span className="font-semibold">{r.name}</span> ({r.email}), since {formatDate(r.designatedAt)}.{" "}
                {r.accountReady ? "Their account is set up." : "They have not set up their account yet."}
              </p>
              {actorIsCcm ? (
                <RevokeRepresentativeForm action={revokeRepresentativeAction} caseId={portalCase.id} version={portalCase.version} representativeId={r.id} name={r.name} />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {actorIsCcm && representatives.length < MAX_REPRESENTATIVES ? (
        <section aria-labelledby="add" className="space-y-4">
          <h2 id="add">Give a representative access</h2>
          <RepresentativeForm action={designateRepresentativeAction} caseId={portalCase.id} version={portalCase.version} />
        </section>
      ) : null}
      {!actorIsCcm ? <p>Only the case manager can add or remove representatives.</p> : null}
    </>
  );
}
