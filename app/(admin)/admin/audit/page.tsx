import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { summaryErrors } from "@/components/ui/field-id";
import { TextField } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { AuditSearchSchema } from "@/lib/domain/admin/audit";
import { fieldErrorsFrom } from "@/lib/domain/form-state";
import { auditEventTypes, searchAudit } from "@/lib/server/admin/audit-search";
import { requireAdminPage } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { AuditTable } from "./audit-table";
import { VerifyChain } from "./verify-chain";

export const metadata: Metadata = { title: "Audit log" };

const FILTERS = ["caseRef", "actor", "type", "from", "to"] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdminPage();
  const raw = await searchParams;
  const typed = Object.fromEntries(FILTERS.map((key) => [key, typeof raw[key] === "string" ? raw[key] : ""])) as Record<(typeof FILTERS)[number], string>;
  const parsed = AuditSearchSchema.safeParse({ ...typed, page: raw.page });
  const fieldErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
  const [types, result] = await Promise.all([auditEventTypes(db), parsed.success ? searchAudit(db, parsed.data) : null]);
  const query = new URLSearchParams(Object.entries(typed).filter(([, value]) => value)).toString();

  return (
    <div className="space-y-8">
      <h1>Audit log</h1>
      <section aria-labelledby="chain-heading" className="space-y-2">
        <h2 id="chain-heading">Integrity</h2>
        <p>Every event is chained to the one before it by a SHA-256 hash. Verifying recomputes every link and reports the first break.</p>
        <VerifyChain />
      </section>

      <section aria-labelledby="search-heading" className="space-y-4">
        <h2 id="search-heading">Search</h2>
        {!parsed.success ? <ErrorSummary message="Check the search filters." errors={summaryErrors(fieldErrors)} /> : null}
        <form method="get" action="/admin/audit" className="grid gap-4 sm:grid-cols-2" noValidate>
          <TextField name="caseRef" label="Case reference" hint="For example EPC-2026-0001." defaultValue={typed.caseRef} error={fieldErrors.caseRef?.[0]} />
          <TextField name="actor" label="Actor" hint="Name or email, or SYSTEM or COMPLAINANT." defaultValue={typed.actor} error={fieldErrors.actor?.[0]} />
          <SelectField name="type" label="Event type" options={[{ value: "", label: "Any" }, ...types.map((type) => ({ value: type, label: type }))]} defaultValue={typed.type} />
          <div className="grid grid-cols-2 gap-4">
            <TextField name="from" label="From" type="date" defaultValue={typed.from} error={fieldErrors.from?.[0]} />
            <TextField name="to" label="To" type="date" defaultValue={typed.to} error={fieldErrors.to?.[0]} />
          </div>
          <div className="flex flex-wrap items-center gap-6">
            <Button type="submit">Search</Button>
            <a href={`/admin/audit/export${query ? `?${query}` : ""}`} download>
              Export these events as CSV
            </a>
          </div>
        </form>
        {result?.notes.map((note) => (
          <p key={note} className="font-semibold">
            {note}
          </p>
        ))}
        {result ? (
          <>
            <AuditTable rows={result.rows} total={result.total} />
            <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/audit" params={typed} />
          </>
        ) : null}
      </section>
    </div>
  );
}
