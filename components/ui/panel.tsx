import type { ReactNode } from "react";

/** GOV.UK confirmation panel: the page heading and the one thing to keep (a reference). */
export function Panel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-8 bg-success p-6 text-center text-white">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {children ? <div className="mt-4 text-xl">{children}</div> : null}
    </div>
  );
}

/** GOV.UK inset text: a note set apart from the text around it. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="my-4 max-w-2xl border-l-8 border-slate-400 py-2 pl-4">{children}</div>;
}

/** GOV.UK warning text: something the person must not miss. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="my-4 flex max-w-2xl items-start gap-3 font-semibold">
      <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-900 text-xl text-white">
        !
      </span>
      <p>
        <span className="sr-only">Warning: </span>
        {children}
      </p>
    </div>
  );
}
