import type { Metadata } from "next";
import { StepHeader } from "@/components/intake/step-header";
import { citableProvisions } from "@/lib/domain/catalogue";
import { codeVersionInForce } from "@/lib/domain/intake/code-version";
import { longDate } from "@/lib/domain/intake/dates";
import { conductDateOf } from "@/lib/domain/intake/draft";
import { flatValues } from "@/lib/domain/intake/fields";
import { param, requireDraft, type SearchParams } from "@/lib/server/intake/pages";
import { RulesForm, type ProvisionGroup } from "./form";

export const metadata: Metadata = { title: "Rules and Standards · Make a complaint" };

export default async function RulesPage({ searchParams }: { searchParams: SearchParams }) {
  const draft = await requireDraft();
  const returnToCheck = param(await searchParams, "return") === "check";
  const conduct = conductDateOf(draft.data, new Date());
  const version = codeVersionInForce(conduct);
  const groups: ProvisionGroup[] = [];
  for (const provision of citableProvisions(version)) {
    const name = provision.groupName ?? "Other";
    let group = groups.find((g) => g.name === name);
    if (!group) groups.push((group = { name, provisions: [] }));
    group.provisions.push({ code: provision.code, title: provision.kind === "RULE" ? provision.title : `Standard ${provision.code.slice(1)}: ${provision.title}`, plain: provision.plainLanguage });
  }
  return (
    <div className="max-w-3xl">
      <StepHeader step="rules" returnToCheck={returnToCheck} />
      <h1 className="mb-4">Which parts of the Code do you think were broken? (optional)</h1>
      <p className="mb-2">
        If you are not sure, leave these blank: the Committee decides which Rules and Standards apply. Choosing some helps us see what your complaint
        is about.
      </p>
      <p className="mb-6 text-slate-700">
        These are from the {version} edition of the Code{conduct ? `, which was in force on ${longDate(conduct)}, when you said it started` : ""}.
      </p>
      <RulesForm groups={groups} defaults={flatValues(draft.data.answers.rules)} returnToCheck={returnToCheck} />
    </div>
  );
}
