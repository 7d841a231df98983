"use server";

import { verifyAuditChain, type ChainReport } from "@/lib/server/audit/verify";
import { failure } from "@/lib/server/admin/form-action";
import { requireActionRole } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

export type VerifyState = { status: "idle" } | { status: "done"; report: ChainReport; ms: number; at: string } | { status: "error"; message: string };

/** The same check as `npm run audit:verify`, from the page. */
export async function verifyChainAction(): Promise<VerifyState> {
  try {
    await requireActionRole(["ADMIN"]);
    const started = Date.now();
    const report = await verifyAuditChain(db);
    return { status: "done", report, ms: Date.now() - started, at: new Date().toISOString() };
  } catch (error) {
    const state = failure(error, {});
    return { status: "error", message: state.status === "error" ? state.message : "The check could not run." };
  }
}
