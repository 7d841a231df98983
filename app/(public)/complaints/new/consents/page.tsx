import type { Metadata } from "next";
import { StepHeader } from "@/components/intake/step-header";
import { AboutYouSchema } from "@/lib/domain/intake/about-you";
import { flatValues } from "@/lib/domain/intake/fields";
import { param, requireDraft, type SearchParams } from "@/lib/server/intake/pages";
import { ConsentsForm } from "./form";

export const metadata: Metadata = { title: "Consents and declaration · Make a complaint" };

export default async function ConsentsPage({ searchParams }: { searchParams: SearchParams }) {
  const draft = await requireDraft();
  const returnToCheck = param(await searchParams, "return") === "check";
  const you = AboutYouSchema.safeParse(draft.data.answers["about-you"] ?? {});
  return (
    <div className="max-w-3xl">
      <StepHeader step="consents" returnToCheck={returnToCheck} />
      <h1 className="mb-6">Consents and declaration</h1>
      <ConsentsForm
        defaults={flatValues(draft.data.answers.consents)}
        returnToCheck={returnToCheck}
        shareIdentity={you.success ? you.data.shareWithRespondent : null}
      />
    </div>
  );
}
