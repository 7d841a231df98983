import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { PeopleSearchSchema } from "@/lib/domain/admin/people";
import { formatDay } from "@/lib/domain/registry";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { listPeople } from "@/lib/server/admin/people";
import { requireAdminPage } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

export const metadata: Metadata = { title: "People and roles" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdminPage();
  const search = PeopleSearchSchema.parse(await searchParams);
  const result = await listPeople(db, search);
  return (
    <div className="space-y-6">
      <h1>People and roles</h1>
      <p>
        <Link href="/admin/people/invite">Invite someone</Link>
      </p>
      <form method="get" action="/admin/people" role="search" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="people-q" className="block font-semibold">
            Search by name or email
          </label>
          <input id="people-q" name="q" type="search" defaultValue={search.q ?? ""} className="block w-80 max-w-full border-2 border-slate-800 px-3 py-2" />
        </div>
        <Button type="submit">Search</Button>
      </form>
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left font-semibold">
          {result.total} {result.total === 1 ? "person" : "people"}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">Name</th>
            <th scope="col" className="py-2 pr-4">Email</th>
            <th scope="col" className="py-2 pr-4">Roles</th>
            <th scope="col" className="py-2 pr-4">Committee term</th>
            <th scope="col" className="py-2">Account</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((person) => (
            <tr key={person.id} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/admin/people/${person.id}`}>{person.name}</Link>
              </th>
              <td className="py-2 pr-4 break-all">{person.email}</td>
              <td className="py-2 pr-4">{person.roles.map((role) => ROLE_LABELS[role]).join(", ") || "None"}</td>
              <td className="py-2 pr-4">
                {person.committeeTermFrom || person.committeeTermTo
                  ? `${formatDay(person.committeeTermFrom) || "…"} to ${formatDay(person.committeeTermTo) || "…"}`
                  : "—"}
              </td>
              <td className="py-2">{!person.active ? "Deactivated" : person.invitationPending ? "Invited (no password yet)" : "Active"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/people" params={{ q: search.q }} />
    </div>
  );
}
