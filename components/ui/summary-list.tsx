import Link from "next/link";
import type { ReactNode } from "react";

export type SummaryRow = { key: string; value: ReactNode; href?: string; changeLabel?: string };

/** GOV.UK summary list: question, answer, and a "Change" link naming what it changes. */
export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl className="divide-y divide-slate-300 border-y border-slate-300">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 py-3 sm:grid-cols-[minmax(10rem,1fr)_2fr_auto] sm:gap-4">
          <dt className="font-semibold">{row.key}</dt>
          <dd className="whitespace-pre-line break-words">{row.value}</dd>
          {row.href ? (
            <dd>
              <Link href={row.href} className="inline-flex min-h-6 items-center">
                Change<span className="sr-only"> {row.changeLabel ?? row.key.toLowerCase()}</span>
              </Link>
            </dd>
          ) : (
            <dd aria-hidden="true" />
          )}
        </div>
      ))}
    </dl>
  );
}
