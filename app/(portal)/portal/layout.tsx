import type { ReactNode } from "react";
import { portalPageViewer } from "@/lib/server/portal/viewer";

/** The CCM portal: CCMs, and representatives for the cases they were given. Each page re-checks its case. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await portalPageViewer("/portal");
  return <div className="space-y-8">{children}</div>;
}
