import type { Metadata } from "next";
import { requirePageRole } from "@/lib/server/authz";
import { certificationsOfPerson } from "@/lib/server/home/portal-summary";

export const metadata: Metadata = { title: "My portal" };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export default async function PortalHome() {
  const user = await requirePageRole(["CCM"]);
  const certifications = await certificationsOfPerson(user.id);
  return (
    <div className="space-y-6">
      <h1>My portal</h1>
      <p>Welcome, {user.name}.</p>
      <section aria-labelledby="certification">
        <h2 id="certification">My certification</h2>
        {certifications.length === 0 ? (
          <p>No certification is linked to your account. Contact CCMC if this is wrong.</p>
        ) : (
          certifications.map((c) => (
            <dl key={c.id} className="mt-2 grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 border-2 border-slate-300 p-4">
              <dt className="font-semibold">CCM number</dt>
              <dd>{c.number}</dd>
              <dt className="font-semibold">Status</dt>
              <dd>
                {c.status.replaceAll("_", " ").toLowerCase()}
                {c.onProbation ? " (on probation)" : ""}
              </dd>
              <dt className="font-semibold">Valid through</dt>
              <dd>{dateFormat.format(c.validThrough)}</dd>
            </dl>
          ))
        )}
      </section>
    </div>
  );
}
