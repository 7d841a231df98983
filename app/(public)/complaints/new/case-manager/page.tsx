import type { Metadata } from "next";
import { StepHeader } from "@/components/intake/step-header";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { NOT_LISTED, RegistryQuerySchema } from "@/lib/domain/intake/case-manager";
import { flatValues } from "@/lib/domain/intake/fields";
import { db } from "@/lib/server/db";
import { param, requireDraft, type SearchParams } from "@/lib/server/intake/pages";
import { findRegistryCandidate, searchRegistryCandidates, type RegistrySearchResult } from "@/lib/server/intake/registry";
import { currentClientAddress } from "@/lib/server/request-info";
import { describeWait } from "@/lib/server/throttle";
import { throttleVerification } from "@/lib/server/verification/throttle";
import { toChoice } from "../../registry-choice";
import { CaseManagerForm } from "./form";

export const metadata: Metadata = { title: "The case manager · Make a complaint" };

async function search(query: string): Promise<RegistrySearchResult | { kind: "throttled"; seconds: number }> {
  const verdict = await throttleVerification("page", await currentClientAddress());
  if (!verdict.allowed) return { kind: "throttled", seconds: verdict.retryAfterSeconds };
  return searchRegistryCandidates(db, query);
}

export default async function CaseManagerPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const draft = await requireDraft();
  const returnToCheck = param(params, "return") === "check";
  const defaults = flatValues(draft.data.answers["case-manager"]);
  const typed = param(params, "q");
  const query = typed === undefined ? null : RegistryQuerySchema.safeParse(typed);
  const result = query?.success ? await search(query.data) : null;
  const saved = defaults.match && defaults.match !== NOT_LISTED ? await findRegistryCandidate(db, defaults.match) : null;
  const found = result?.kind === "results" ? result.results : [];
  const candidates = [...(saved && !found.some((c) => c.number === saved.number) ? [saved] : []), ...found].map(toChoice);

  return (
    <div className="max-w-3xl">
      <StepHeader step="case-manager" returnToCheck={returnToCheck} />
      <h1 className="mb-4">Who is the case manager?</h1>
      <p className="mb-6">
        Search the register of certified case managers by name or CCM number, then choose them from the results. If you cannot find them, describe
        them instead and we will look for them.
      </p>
      <form method="get" role="search" aria-label="The register" className="mb-8 space-y-4 bg-slate-50 p-4" noValidate>
        {returnToCheck ? <input type="hidden" name="return" value="check" /> : null}
        <TextField
          name="q"
          label="Name or CCM number"
          hint="At least 3 letters of their name, or their full CCM number."
          defaultValue={typed ?? ""}
          spellCheck={false}
          error={query && !query.success ? query.error.issues[0]?.message : undefined}
        />
        <Button type="submit" variant="secondary">
          Search the register
        </Button>
        {result ? (
          <p role="status" className="font-semibold">
            {result.kind === "throttled"
              ? `Too many searches from your network. Wait ${describeWait(result.seconds)} and try again.`
              : result.kind === "too-broad"
                ? "Too many people match. Add more of the name, or use their CCM number."
                : result.results.length === 0
                  ? `No certified case manager matches “${query?.success ? query.data : ""}”. Check the spelling, or describe them below.`
                  : `${result.results.length} ${result.results.length === 1 ? "person matches" : "people match"}. Choose them below.`}
          </p>
        ) : null}
      </form>
      <CaseManagerForm defaults={defaults} candidates={candidates} returnToCheck={returnToCheck} />
    </div>
  );
}
