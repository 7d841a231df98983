import type { Metadata } from "next";
import { StepHeader } from "@/components/intake/step-header";
import { param, requireDraft, type SearchParams } from "@/lib/server/intake/pages";
import { ListItems } from "../list-items";
import { WitnessesForm } from "./form";

export const metadata: Metadata = { title: "Witnesses · Make a complaint" };

export default async function WitnessesPage({ searchParams }: { searchParams: SearchParams }) {
  const draft = await requireDraft();
  const returnToCheck = param(await searchParams, "return") === "check";
  const items = draft.data.witnesses.map((w) => ({ title: w.name, details: [w.relation, w.contact].filter((d): d is string => Boolean(d)) }));
  return (
    <div className="max-w-3xl">
      <StepHeader step="witnesses" returnToCheck={returnToCheck} />
      <h1 className="mb-4">Did anyone else see what happened or know about it?</h1>
      <p className="mb-6">We may contact them if the Committee needs more information. If there is nobody, select Continue.</p>
      <ListItems step="witnesses" items={items} returnToCheck={returnToCheck} noun="witness" />
      <WitnessesForm returnToCheck={returnToCheck} hasItems={items.length > 0} />
    </div>
  );
}
