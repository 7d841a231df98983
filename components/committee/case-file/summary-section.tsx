import { CERTIFICATION_STATUS_LABELS, type CertificationStatus } from "@/lib/domain/certification";
import { formatDate } from "@/lib/domain/committee/format";
import type { CaseSummary } from "@/lib/server/committee/case-file/summary";
import { Facts, Section } from "./section";

const RELATIONSHIP: Record<string, string> = { CLIENT: "Client", FAMILY: "Family member", CCM_PEER: "Another CCM", EMPLOYER: "Employer", PAYER: "Payer", OTHER: "Other" };
const SOURCE: Record<string, string> = { ALLEGED: "Alleged by the complainant", CHARGED: "Charged", BREACHED: "Found breached" };

export function PartiesSection({ summary }: { summary: CaseSummary }) {
  const cert = summary.respondentCertification;
  const complainant = summary.complainant;
  return (
    <Section id="parties" title="Parties">
      <h3>Case manager complained about</h3>
      <Facts
        rows={[
          ["Name as given", summary.respondentName],
          ["CCM number as given", summary.respondentCcmNumber ?? "—"],
          ["Employer", summary.respondentEmployer ?? "—"],
          ["Location", summary.respondentLocation ?? "—"],
          [
            "Registry record",
            cert
              ? `${cert.certificant.firstName} ${cert.certificant.lastName} (${cert.number}), ${CERTIFICATION_STATUS_LABELS[cert.status as CertificationStatus]}${cert.onProbation ? ", on probation" : ""}, valid through ${formatDate(cert.validThrough)}`
              : "Not yet matched",
          ],
          ["Told of the complaint", summary.respondentNotifiedAt ? formatDate(summary.respondentNotifiedAt) : "Not yet"],
        ]}
      />
      <h3>Complainant</h3>
      {summary.ownMotion ? <p>Opened, or continued, on the Committee&apos;s own motion.</p> : null}
      {complainant === null ? null : complainant.shown ? (
        <Facts
          rows={[
            ["Name", complainant.details.name],
            ["Organisation", complainant.details.organisation ?? "—"],
            ["Email", complainant.details.email],
            ["Phone", complainant.details.phone ?? "—"],
            ["Postal address", complainant.details.postalAddress ?? "—"],
            ["Relationship to the CCM", complainant.details.relationshipOther ?? RELATIONSHIP[complainant.details.relationship] ?? complainant.details.relationship],
            ["Accommodation needs", complainant.details.accommodationNeeds ?? "—"],
            ["Identity shared with the CCM", complainant.details.shareWithRespondent ? "Yes, with consent" : summary.identityDisclosureGranted ? "Disclosure granted" : "No"],
          ]}
        />
      ) : (
        <p>
          <strong>Identity withheld.</strong> {complainant.reason}
        </p>
      )}
    </Section>
  );
}

export function AllegationSection({ summary }: { summary: CaseSummary }) {
  return (
    <Section id="allegation" title="Allegation and provisions">
      <Facts
        rows={[
          ["Code version", String(summary.codeVersion)],
          ["Conduct", summary.conductFrom ? `${formatDate(summary.conductFrom)}${summary.conductTo ? ` to ${formatDate(summary.conductTo)}` : ""}` : "—"],
          ["Complainant learned of it", formatDate(summary.learnedAt)],
          ["Setting", [summary.practiceSetting, summary.settingRegion].filter(Boolean).join(", ") || "—"],
          ["Harm or impact", summary.harm ?? "—"],
        ]}
      />
      <h3>Narrative</h3>
      <p className="whitespace-pre-wrap border-l-4 border-slate-300 pl-4">{summary.narrative}</p>
      <h3>Provisions</h3>
      {summary.provisions.length === 0 ? (
        <p>None cited yet.</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">Provision</th>
              <th scope="col" className="py-2">How it is cited</th>
            </tr>
          </thead>
          <tbody>
            {summary.provisions.map((p) => (
              <tr key={`${p.source}:${p.provision.code}`} className="border-b border-slate-300">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {p.provision.code}: {p.provision.title} ({p.provision.codeVersion})
                </th>
                <td className="py-2">{SOURCE[p.source] ?? p.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.witnesses.length > 0 ? (
        <>
          <h3>Witnesses</h3>
          <ul className="list-disc pl-6">
            {summary.witnesses.map((w) => (
              <li key={w.id}>
                {w.name}
                {w.relation ? ` (${w.relation})` : ""}
                {w.contact ? `: ${w.contact}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {summary.proceedings.length > 0 ? (
        <>
          <h3>Other proceedings</h3>
          <ul className="list-disc pl-6">
            {summary.proceedings.map((p) => (
              <li key={p.id}>
                {p.kind.replaceAll("_", " ").toLowerCase()}
                {p.body ? `, ${p.body}` : ""}
                {p.status ? `, ${p.status}` : ""}
                {p.reference ? ` (ref. ${p.reference})` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
