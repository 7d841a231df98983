"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/registry", label: "Registry" },
  { href: "/admin/people", label: "People and roles" },
  { href: "/admin/settings", label: "Procedure settings" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/retention", label: "Retention" },
  { href: "/admin/outbox", label: "Outbox" },
] as const;

/** The administration sub-navigation; the current section is marked for assistive technology. */
export function AdminNav() {
  const pathname = usePathname();
  const current = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Administration" className="mb-8 border-b-2 border-slate-300">
      <ul className="flex flex-wrap gap-x-1">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              prefetch={false}
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
