import type { Metadata } from "next";
import { StepHeader } from "@/components/intake/step-header";
import { flatValues } from "@/lib/domain/intake/fields";
import { param, requireDraft, type SearchParams } from "@/lib/server/intake/pages";
import { AboutYouForm } from "./form";

export const metadata: Metadata = { title: "About you · Make a complaint" };

export default async function AboutYouPage({ searchParams }: { searchParams: SearchParams }) {
  const draft = await requireDraft();
  const returnToCheck = param(await searchParams, "return") === "check";
  return (
    <div className="max-w-3xl">
      <StepHeader step="about-you" returnToCheck={returnToCheck} />
      <h1 className="mb-6">About you</h1>
      <AboutYouForm defaults={flatValues(draft.data.answers["about-you"])} returnToCheck={returnToCheck} />
    </div>
  );
}
