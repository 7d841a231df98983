"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/committee", label: "Dashboard" },
  { href: "/committee/cases", label: "Cases" },
  { href: "/committee/hearings", label: "Hearings" },
  { href: "/committee/reports", label: "Reports" },
] as const;

/** The committee workspace's sub-navigation; the current section is marked for assistive technology. */
export function CommitteeNav({ showReports = true }: { showReports?: boolean }) {
  const pathname = usePathname();
  const links = LINKS.filter((link) => showReports || link.href !== "/committee/reports");
  const current = (href: string) => (href === "/committee" ? pathname === "/committee" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Committee workspace" className="mb-8 border-b-2 border-slate-300">
      <ul className="flex flex-wrap gap-x-1">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={current(link.href) ? "page" : undefined}
              className="inline-block px-3 py-2 font-semibold no-underline aria-[current=page]:border-b-4 aria-[current=page]:border-brand aria-[current=page]:text-slate-900"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
