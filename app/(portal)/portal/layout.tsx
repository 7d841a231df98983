import type { ReactNode } from "react";
import { requirePageRole } from "@/lib/server/authz";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  await requirePageRole(["CCM"], "/portal");
  return children;
}
