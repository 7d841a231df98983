import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { CERTIFICATION_STATUS_LABELS, type CertificationStatus } from "@/lib/domain/certification";
import { formatDay, RegistrySearchSchema } from "@/lib/domain/registry";
import { requireAdminPage } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { searchRegistry } from "@/lib/server/registry/search";

export const metadata: Metadata = { title: "Certification registry" };

export default async function RegistryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdminPage();
  const search = RegistrySearchSchema.parse(await searchParams);
  const result = await searchRegistry(db, search);
  return (
    <div className="space-y-6">
      <h1>Certification registry</h1>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/admin/registry/new">Add a certificant</Link>
        </li>
        <li>
          <Link href="/admin/registry/import">Import from a CSV file</Link>
        </li>
        <li>
          <a href="/admin/registry/export" download>
            Export the registry as CSV
          </a>
        </li>
      </ul>
      <form method="get" action="/admin/registry" role="search" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="registry-q" className="block font-semibold">
            Search by name or CCM number
          </label>
          <input id="registry-q" name="q" type="search" defaultValue={search.q ?? ""} className="block w-80 max-w-full border-2 border-slate-800 px-3 py-2" />
        </div>
        <Button type="submit">Search</Button>
      </form>
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">
          {result.total.toLocaleString("en-US")} {result.total === 1 ? "certification" : "certifications"}
          {search.q ? ` matching “${search.q}”` : ""}
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
          {result.rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-300">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/admin/registry/${row.id}`}>{row.name}</Link>
              </th>
              <td className="py-2 pr-4 font-mono">{row.number}</td>
              <td className="py-2 pr-4">
                {CERTIFICATION_STATUS_LABELS[row.status as CertificationStatus]}
                {row.onProbation ? " · on probation" : ""}
              </td>
              <td className="py-2">{formatDay(row.validThrough)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows.length === 0 ? <p>No certifications match. Check the spelling, or search by CCM number.</p> : null}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/registry" params={{ q: search.q }} />
    </div>
  );
}
