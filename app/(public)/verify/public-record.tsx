import type { PublicCertification } from "@/lib/domain/registry-verification";
import { formatDay } from "@/lib/domain/registry";

/** One certification's public record: status, valid-through and final public sanctions only. */
export function PublicRecord({ record, headingLevel = 2 }: { record: PublicCertification; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="space-y-3 border-2 border-slate-300 p-4" aria-labelledby={`record-${record.number}`}>
      <Heading id={`record-${record.number}`}>{record.name}</Heading>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">CCM number</dt>
        <dd className="font-mono">{record.number}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          <strong>{record.statusLabel}</strong>
          {record.onProbation ? " · on probation" : ""}
        </dd>
        <dt className="font-semibold">Valid through</dt>
        <dd>{formatDay(record.validThrough)}</dd>
      </dl>
      {record.publicSanctions.length === 0 ? (
        <p>No public disciplinary action is recorded.</p>
      ) : (
        <div className="space-y-2">
          <p className="font-semibold">Public disciplinary actions</p>
          <ul className="space-y-3">
            {record.publicSanctions.map((sanction, index) => (
              <li key={`${sanction.type}-${sanction.startsOn}-${index}`} className="border-l-4 border-danger pl-3">
                <p className="font-semibold">
                  {sanction.typeLabel} · {sanction.status === "ACTIVE" ? "in effect" : "completed"}
                </p>
                <p>
                  {sanction.startsOn ? `From ${formatDay(sanction.startsOn)}` : "Effective date not recorded"}
                  {sanction.endsOn ? ` until ${formatDay(sanction.endsOn)}` : ""}
                </p>
                {sanction.breachedProvisions.length > 0 ? (
                  <p>
                    Breached:{" "}
                    {sanction.breachedProvisions.map((provision) => `${provision.code} ${provision.title} (${provision.codeVersion} Code)`).join("; ")}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}
