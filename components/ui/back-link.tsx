import Link from "next/link";

/** GOV.UK back link, above the page heading. */
export function BackLink({ href, children = "Back" }: { href: string; children?: string }) {
  return (
    <Link href={href} className="mb-4 inline-flex min-h-6 items-center gap-1 text-slate-900">
      <span aria-hidden="true">‹</span> {children}
    </Link>
  );
}
