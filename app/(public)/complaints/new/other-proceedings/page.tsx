import type { Metadata } from "next";
import { StepHeader } from "@/components/intake/step-header";
import { PROCEEDING_LABELS } from "@/lib/domain/intake/lists";
import { param, requireDraft, type SearchParams } from "@/lib/server/intake/pages";
import { ListItems } from "../list-items";
import { ProceedingsForm } from "./form";

export const metadata: Metadata = { title: "Other proceedings · Make a complaint" };

export default async function OtherProceedingsPage({ searchParams }: { searchParams: SearchParams }) {
  const draft = await requireDraft();
  const returnToCheck = param(await searchParams, "return") === "check";
  const items = draft.data.proceedings.map((p) => ({
    title: PROCEEDING_LABELS[p.kind],
    details: [p.body, p.status && `Status: ${p.status}`, p.reference && `Reference: ${p.reference}`].filter((d): d is string => Boolean(d)),
  }));
  return (
    <div className="max-w-3xl">
      <StepHeader step="other-proceedings" returnToCheck={returnToCheck} />
      <h1 className="mb-4">Have you reported this anywhere else?</h1>
      <p className="mb-6">
        For example to a state licensing board, the police, a court, the case manager&apos;s employer or another certifying body. We may wait for
        their outcome before we decide. If you have not, select Continue.
      </p>
      <ListItems step="other-proceedings" items={items} returnToCheck={returnToCheck} noun="other proceeding" />
      <ProceedingsForm returnToCheck={returnToCheck} hasItems={items.length > 0} />
    </div>
  );
}
