import type { Metadata } from "next";
import { requirePageRole } from "@/lib/server/authz";
import { COMMITTEE_SIDE_ROLES, ROLE_LABELS } from "@/lib/domain/roles";
import { openCaseCountsByState } from "@/lib/server/home/committee-summary";

export const metadata: Metadata = { title: "Committee workspace" };

export default async function CommitteeHome() {
  const user = await requirePageRole(COMMITTEE_SIDE_ROLES);
  const counts = await openCaseCountsByState();
  return (
    <div className="space-y-6">
      <h1>Committee workspace</h1>
      <p>
        Signed in as {user.name} ({user.roles.map((role) => ROLE_LABELS[role]).join(", ")}).
      </p>
      <section aria-labelledby="open-cases">
        <h2 id="open-cases">Open cases by stage</h2>
        {counts.length === 0 ? (
          <p>There are no open cases.</p>
        ) : (
          <table className="mt-2 min-w-80 border-collapse text-left">
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-slate-800 py-2 pr-6">Stage</th>
                <th scope="col" className="border-b-2 border-slate-800 py-2 text-right">Cases</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((row) => (
                <tr key={row.state}>
                  <td className="border-b border-slate-300 py-2 pr-6">{row.state.replaceAll("_", " ").toLowerCase()}</td>
                  <td className="border-b border-slate-300 py-2 text-right">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
