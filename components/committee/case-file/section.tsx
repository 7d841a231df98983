import type { ReactNode } from "react";

/** A titled part of the case file, reachable from the page's contents list. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-3 border-t-2 border-slate-300 pt-6">
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** A two-column description list (GOV.UK summary list). */
export function Facts({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
