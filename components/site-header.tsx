import Link from "next/link";
import { signOutAction } from "@/app/(public)/login/actions";
import { COMMITTEE_SIDE_ROLES, hasAnyRole } from "@/lib/domain/roles";
import { currentUser } from "@/lib/server/authz";

export async function SiteHeader() {
  const user = await currentUser();
  const links: { href: string; label: string }[] = [];
  if (user && hasAnyRole(user.roles, COMMITTEE_SIDE_ROLES)) links.push({ href: "/committee", label: "Committee" });
  if (user && (user.roles.includes("CCM") || user.roles.length === 0)) links.push({ href: "/portal", label: "My portal" });
  if (user?.roles.includes("ADMIN")) links.push({ href: "/admin", label: "Administration" });

  return (
    <header className="border-b-8 border-brand bg-brand-dark text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-xl font-bold text-white no-underline hover:text-white">
          Docket <span className="font-normal">· CCMC Ethics complaints</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-4">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-white hover:text-white">
                  {link.label}
                </Link>
              </li>
            ))}
            {user ? (
              <li>
                <form action={signOutAction}>
                  <button type="submit" className="text-white underline underline-offset-2">
                    Sign out <span className="sr-only">{user.name}</span>
                  </button>
                </form>
              </li>
            ) : (
              <li>
                <Link href="/login" className="text-white hover:text-white">
                  Sign in
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
