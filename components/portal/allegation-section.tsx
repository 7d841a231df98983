import { formatDate } from "@/lib/domain/portal/format";
import type { PortalCase } from "@/lib/server/portal/case-view";
import type { ProvisionView } from "@/lib/server/portal/case-parts";

const RELATIONSHIP: Record<string, string> = { CLIENT: "Client", FAMILY: "Family member of a client", CCM_PEER: "Another CCM", EMPLOYER: "Employer", PAYER: "Payer", OTHER: "Other" };

function Provisions({ title, list }: { title: string; list: readonly ProvisionView[] }) {
  if (list.length === 0) return null;
  return (
    <>
      <h3 className="mt-3 text-lg font-bold">{title}</h3>
      <ul className="list-disc pl-6">
        {list.map((p) => (
          <li key={`${p.codeVersion}-${p.code}`}>
            {p.code} {p.title} ({p.codeVersion} Code)
          </li>
        ))}
      </ul>
    </>
  );
}

/** The complaint as the respondent may read it; who complained only where they agreed to share it. */
export function AllegationSection({ portalCase }: { portalCase: PortalCase }) {
  const { allegation, complainant } = portalCase;
  const period =
    allegation.conductFrom || allegation.conductTo
      ? `${formatDate(allegation.conductFrom ?? allegation.conductTo)}${allegation.conductTo && allegation.conductFrom ? ` to ${formatDate(allegation.conductTo)}` : ""}`
      : "Not stated";
  return (
    <section aria-labelledby="complaint" className="space-y-2">
      <h2 id="complaint">The complaint</h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Received</dt>
        <dd>{formatDate(portalCase.receivedAt)}</dd>
        <dt className="font-semibold">Sent to you</dt>
        <dd>{formatDate(portalCase.notifiedAt)}</dd>
        <dt className="font-semibold">Complainant</dt>
        <dd>
          {complainant
            ? `${complainant.name}${complainant.organisation ? `, ${complainant.organisation}` : ""} (${RELATIONSHIP[complainant.relationship] ?? complainant.relationship})`
            : "Withheld: the complainant did not agree to share their identity with you."}
        </dd>
        <dt className="font-semibold">When it happened</dt>
        <dd>{period}</dd>
        {allegation.settingRegion || allegation.practiceSetting ? (
          <>
            <dt className="font-semibold">Setting</dt>
            <dd>{[allegation.practiceSetting, allegation.settingRegion].filter(Boolean).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="mt-3 text-lg font-bold">What is alleged</h3>
      <p className="max-w-3xl whitespace-pre-line">{allegation.narrative}</p>
      {allegation.harm ? (
        <>
          <h3 className="mt-3 text-lg font-bold">Harm or impact described</h3>
          <p className="max-w-3xl whitespace-pre-line">{allegation.harm}</p>
        </>
      ) : null}
      <Provisions title="Provisions charged" list={portalCase.provisions.CHARGED} />
      <Provisions title="Provisions found breached" list={portalCase.provisions.BREACHED} />
    </section>
  );
}
