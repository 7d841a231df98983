import type { ReactNode } from "react";

/** A success or information message announced politely to screen readers. */
export function NoticeBanner({ title, children, tone = "success" }: { title: string; children?: ReactNode; tone?: "success" | "info" }) {
  return (
    <div role="status" className={`mb-6 border-l-8 p-4 ${tone === "success" ? "border-success bg-green-50" : "border-brand bg-slate-50"}`}>
      <p className="font-bold">{title}</p>
      {children ? <div className="mt-2 space-y-2">{children}</div> : null}
    </div>
  );
}
