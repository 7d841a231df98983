import type { Metadata } from "next";
import { CaseFilters } from "@/components/committee/case-filters";
import { CaseLink } from "@/components/committee/case-link";
import { DeadlineTag } from "@/components/committee/deadline-tag";
import { Pagination } from "@/components/ui/pagination";
import { parseCaseSearch, searchParamsOf, TRIAGE_LABELS } from "@/lib/domain/committee/case-search";
import { deadlineLabel, formatDate, stateLabel } from "@/lib/domain/committee/format";
import { committeePageViewer } from "@/lib/server/committee/actor";
import { listCases } from "@/lib/server/committee/case-list";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "Cases" };

export default async function CasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await committeePageViewer("/committee/cases");
  const search = parseCaseSearch(await searchParams);
  const result = await listCases(db, actor, search);
  const now = new Date();
  return (
    <div className="space-y-6">
      <h1>Cases</h1>
      <CaseFilters search={search} />
      {result.searchCapped ? (
        <p role="status" className="border-l-8 border-brand bg-slate-50 p-3">
          The search matched more than 2,000 cases, so not all of them are listed. Add words, or choose a stage, to narrow it.
        </p>
      ) : null}
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">
          {result.total.toLocaleString("en-US")} {result.total === 1 ? "case" : "cases"}
          {search.q ? ` matching “${search.q}”` : ""}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">Reference</th>
            <th scope="col" className="py-2 pr-4">Case manager</th>
            <th scope="col" className="py-2 pr-4">Stage</th>
            <th scope="col" className="py-2 pr-4">Received</th>
            <th scope="col" className="py-2 pr-4">Next deadline</th>
            <th scope="col" className="py-2">Flags</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => {
            const flags = [row.lateFiling && TRIAGE_LABELS.late, row.noRegistryMatch && TRIAGE_LABELS.nomatch, row.possibleDuplicate && TRIAGE_LABELS.duplicate].filter(Boolean);
            return (
              <tr key={row.id} className="border-b border-slate-300 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <CaseLink id={row.id} reference={row.reference} />
                </th>
                <td className="py-2 pr-4">{row.recused ? <em>You are recused</em> : row.respondentName}</td>
                <td className="py-2 pr-4">{row.state ? stateLabel(row.state) : "—"}</td>
                <td className="py-2 pr-4">{formatDate(row.receivedAt)}</td>
                <td className="py-2 pr-4">
                  {row.nextDeadline ? (
                    <>
                      {deadlineLabel(row.nextDeadline.kind)}: {formatDate(row.nextDeadline.dueAt)} <DeadlineTag dueAt={row.nextDeadline.dueAt} now={now} />
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="py-2">{flags.length > 0 ? flags.join(", ") : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {result.rows.length === 0 ? <p>No cases match. Clear a filter or change the search words.</p> : null}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/committee/cases" params={searchParamsOf(search)} />
    </div>
  );
}
