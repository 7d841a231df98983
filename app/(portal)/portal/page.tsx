import type { Metadata } from "next";
import { CaseCard } from "@/components/portal/case-card";
import { CertificationCard } from "@/components/portal/certification-card";
import { loadPortalHome } from "@/lib/server/portal/home";
import { portalPageViewer } from "@/lib/server/portal/viewer";

export const metadata: Metadata = { title: "My portal" };

export default async function PortalHome() {
  const { user, actor, isCcm } = await portalPageViewer("/portal");
  const home = await loadPortalHome(actor);
  const open = home.cases.filter((c) => !c.closed);
  const closed = home.cases.filter((c) => c.closed);
  return (
    <>
      <div className="space-y-2">
        <h1>My portal</h1>
        <p>Welcome, {user.name}.</p>
      </div>
      {isCcm ? (
        <section aria-labelledby="certification" className="space-y-3">
          <h2 id="certification">My certification</h2>
          {home.certifications.map((card) => (
            <CertificationCard key={card.number} card={card} />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="cases" className="space-y-4">
        <h2 id="cases">{isCcm ? "Complaints about me" : "Cases I represent"}</h2>
        {open.length === 0 ? (
          <p>{isCcm ? "There are no open complaints about you." : "You have no open cases."}</p>
        ) : (
          open.map((item) => <CaseCard key={item.id} item={item} now={home.now} />)
        )}
      </section>
      {closed.length > 0 ? (
        <section aria-labelledby="closed" className="space-y-4">
          <h2 id="closed">Closed cases</h2>
          {closed.map((item) => (
            <CaseCard key={item.id} item={item} now={home.now} />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="rights" className="max-w-2xl space-y-2">
        <h2 id="rights">Your rights in the procedure</h2>
        <p>
          You are told of a complaint only once the Committee Chair decides it should go forward. You may answer it, be represented at your own expense,
          ask for a hearing if an outcome is proposed, and appeal a decision. Complaints and their outcomes stay confidential unless a public sanction
          becomes final.
        </p>
      </section>
    </>
  );
}
