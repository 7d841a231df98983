import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { CERTIFICATION_STATUS_LABELS } from "@/lib/domain/certification";
import { formatDay } from "@/lib/domain/registry";
import { VERIFY_MAX_RESULTS, VerifyQuerySchema } from "@/lib/domain/registry-verification";
import { db } from "@/lib/server/db";
import { currentClientAddress } from "@/lib/server/request-info";
import { describeWait } from "@/lib/server/throttle";
import { searchPublicRegister } from "@/lib/server/verification/lookup";
import { throttleVerification } from "@/lib/server/verification/throttle";
import { PublicRecord } from "./public-record";

export const metadata: Metadata = { title: "Verify a certification" };

async function Results({ query }: { query: string }) {
  const verdict = await throttleVerification("page", await currentClientAddress());
  if (!verdict.allowed) {
    return <p className="font-semibold">Too many searches from your network. Wait {describeWait(verdict.retryAfterSeconds)} and try again.</p>;
  }
  const result = await searchPublicRegister(db, query);
  if (result.kind === "too-broad") {
    return (
      <p className="font-semibold" role="status">
        More than {VERIFY_MAX_RESULTS} certified case managers match “{query}”: the search is too broad. Add more of the name, or search by CCM number.
      </p>
    );
  }
  if (result.results.length === 0) {
    return (
      <p role="status">
        No certification matches “{query}”. Check the spelling or the number. Someone who is not in the register is not a certified case manager.
      </p>
    );
  }
  if (result.results.length === 1) return <PublicRecord record={result.results[0]!} />;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left font-semibold" role="status">
        {result.results.length} certified case managers match “{query}”
      </caption>
      <thead>
        <tr className="border-b-2 border-slate-800">
          <th scope="col" className="py-2 pr-4">Name</th>
          <th scope="col" className="py-2 pr-4">CCM number</th>
          <th scope="col" className="py-2 pr-4">Status</th>
          <th scope="col" className="py-2">Valid through</th>
        </tr>
      </thead>
      <tbody>
        {result.results.map((record) => (
          <tr key={record.number} className="border-b border-slate-300">
            <th scope="row" className="py-2 pr-4 font-normal">
              <Link href={`/verify/${encodeURIComponent(record.number)}`}>{record.name}</Link>
            </th>
            <td className="py-2 pr-4 font-mono">{record.number}</td>
            <td className="py-2 pr-4">
              {CERTIFICATION_STATUS_LABELS[record.status as keyof typeof CERTIFICATION_STATUS_LABELS]}
              {record.publicSanctions.length > 0 ? " · public disciplinary action on record" : ""}
            </td>
            <td className="py-2">{formatDay(record.validThrough)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await searchParams;
  const typed = typeof q === "string" ? q : undefined;
  const parsed = typed === undefined ? null : VerifyQuerySchema.safeParse(typed);
  const error = parsed && !parsed.success ? parsed.error.issues[0]?.message : undefined;

  return (
    <div className="max-w-3xl space-y-6">
      <h1>Verify a certification</h1>
      <p>
        Check whether someone is a Certified Case Manager (CCM): their status, the date their certification is valid through, and any final
        public disciplinary action. Pending complaints and private outcomes are never shown.
      </p>
      {error ? <ErrorSummary message="Check your search." errors={[{ field: "q", message: error }]} /> : null}
      <form method="get" action="/verify" role="search" className="space-y-4" noValidate>
        <TextField name="q" label="Name or CCM number" hint="At least 3 letters of the name, or the full CCM number." defaultValue={typed ?? ""} error={error} spellCheck={false} />
        <Button type="submit">Search</Button>
      </form>
      {parsed?.success ? (
        <section aria-label="Results" className="space-y-4">
          <Results query={parsed.data} />
        </section>
      ) : null}
      <p className="text-sm text-slate-700">
        Employers can check records automatically with the JSON API: <code>GET /api/v1/certifications/&#123;number&#125;</code>.
      </p>
    </div>
  );
}
