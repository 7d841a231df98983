import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { RegistryQuerySchema } from "@/lib/domain/intake/case-manager";
import { db } from "@/lib/server/db";
import { param, type SearchParams } from "@/lib/server/intake/pages";
import { searchRegistryCandidates } from "@/lib/server/intake/registry";
import { currentClientAddress } from "@/lib/server/request-info";
import { describeWait } from "@/lib/server/throttle";
import { throttleVerification } from "@/lib/server/verification/throttle";
import { toChoice } from "../registry-choice";
import { ElsewhereList } from "./elsewhere";

export const metadata: Metadata = { title: "Is this for us? Check before you complain" };

async function Results({ query }: { query: string }) {
  const verdict = await throttleVerification("page", await currentClientAddress());
  if (!verdict.allowed) return <p role="status">Too many searches from your network. Wait {describeWait(verdict.retryAfterSeconds)} and try again.</p>;
  const result = await searchRegistryCandidates(db, query);
  if (result.kind === "too-broad") {
    return <p role="status" className="font-semibold">Too many people match “{query}”. Add more of the name, or search by CCM number.</p>;
  }
  if (result.results.length === 0) {
    return (
      <div className="space-y-4">
        <div role="status">
          <h2>Nobody in the register matches “{query}”</h2>
        </div>
        <p>Check the spelling, or try their CCM number. If they have never been a certified case manager, we cannot act on a complaint about them.</p>
        <ElsewhereList />
        <p>
          If you believe they are or were certified, you can still <Link href="/complaints/new">make a complaint</Link> and describe them: we will look
          for them.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <div role="status">
        <h2>
          {result.results.length} {result.results.length === 1 ? "certified case manager matches" : "certified case managers match"} “{query}”
        </h2>
      </div>
      <ul className="divide-y divide-slate-300 border-y border-slate-300">
        {result.results.map(toChoice).map((choice) => (
          <li key={choice.number} className="py-3">
            <p className="font-semibold">
              {choice.name}, CCM {choice.number}
            </p>
            <p>
              {choice.statusLabel}. {choice.scope}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/complaints/new">Make a complaint</Link>
      </p>
    </div>
  );
}

export default async function CheckPage({ searchParams }: { searchParams: SearchParams }) {
  const typed = param(await searchParams, "q");
  const parsed = typed === undefined ? null : RegistryQuerySchema.safeParse(typed);
  const error = parsed && !parsed.success ? parsed.error.issues[0]?.message : undefined;
  return (
    <div className="max-w-3xl space-y-6">
      <h1>Is this for us?</h1>
      <p>
        We deal with complaints about the professional conduct of Board-Certified Case Managers (CCMs). That includes people whose certification has
        since expired, been retired or been revoked, for what they did while they were certified.
      </p>
      {error ? <ErrorSummary message="Check your search." errors={[{ field: "q", message: error }]} /> : null}
      <form method="get" role="search" aria-label="The register" className="space-y-4" noValidate>
        <TextField name="q" label="Case manager's name or CCM number" hint="At least 3 letters of their name, or their CCM number." defaultValue={typed ?? ""} spellCheck={false} error={error} />
        <Button type="submit">Check</Button>
      </form>
      {parsed?.success ? (
        <section aria-label="Results">
          <Results query={parsed.data} />
        </section>
      ) : null}
      <h2>What we cannot help with</h2>
      <ElsewhereList />
    </div>
  );
}
