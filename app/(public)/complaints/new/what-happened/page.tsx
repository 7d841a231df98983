import type { Metadata } from "next";
import { StepHeader } from "@/components/intake/step-header";
import { flatValues } from "@/lib/domain/intake/fields";
import { param, requireDraft, type SearchParams } from "@/lib/server/intake/pages";
import { WhatHappenedForm } from "./form";

export const metadata: Metadata = { title: "What happened · Make a complaint" };

export default async function WhatHappenedPage({ searchParams }: { searchParams: SearchParams }) {
  const draft = await requireDraft();
  const returnToCheck = param(await searchParams, "return") === "check";
  return (
    <div className="max-w-3xl">
      <StepHeader step="what-happened" returnToCheck={returnToCheck} />
      <h1 className="mb-6">What happened?</h1>
      <WhatHappenedForm defaults={flatValues(draft.data.answers["what-happened"])} returnToCheck={returnToCheck} />
    </div>
  );
}
