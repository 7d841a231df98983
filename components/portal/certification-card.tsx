import { formatDate } from "@/lib/domain/portal/format";
import type { CertificationCard as Card } from "@/lib/server/portal/home";

const day = (iso: string | null) => (iso ? formatDate(new Date(`${iso}T00:00:00Z`)) : "open-ended");

/** The CCM's certification as the public verification record shows it, public sanctions included. */
export function CertificationCard({ card }: { card: Card }) {
  return (
    <div className="max-w-2xl border-2 border-slate-300 p-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Name</dt>
        <dd>{card.name}</dd>
        <dt className="font-semibold">CCM number</dt>
        <dd>{card.number}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          {card.statusLabel}
          {card.onProbation ? " (on probation)" : ""}
        </dd>
        <dt className="font-semibold">Valid through</dt>
        <dd>{day(card.validThrough)}</dd>
        {card.publicAnnotation ? (
          <>
            <dt className="font-semibold">Public note</dt>
            <dd>{card.publicAnnotation}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="mt-4 text-lg font-bold">Public sanctions</h3>
      {card.publicSanctions.length === 0 ? (
        <p>None. Nothing about complaints appears on your public record unless a public sanction becomes final.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {card.publicSanctions.map((sanction, index) => (
            <li key={`${sanction.type}-${index}`}>
              {sanction.typeLabel} ({sanction.status === "ACTIVE" ? "in effect" : "completed"}), from {day(sanction.startsOn)} to {day(sanction.endsOn)}
              {sanction.breachedProvisions.length > 0
                ? `: ${sanction.breachedProvisions.map((p) => `${p.code} ${p.title}`).join("; ")}`
                : ""}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">
        <a href={`/verify/${encodeURIComponent(card.number)}`}>See your public verification record</a>
      </p>
    </div>
  );
}
