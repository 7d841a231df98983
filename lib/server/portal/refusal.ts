import "server-only";
import { formatDeadline } from "@/lib/domain/portal/format";
import { lateHelpFor } from "@/lib/domain/portal/describe";
import { DEADLINE_OF_EVENT } from "@/lib/domain/portal/pages";
import { DEADLINE_INFO, STATE_INFO, type CaseState, type EventType } from "@/lib/workflow";
import type { DbOrTx } from "../db";
import type { AppError } from "../errors";

/**
 * Words for a refused portal action. GUARD_FAILED already names the deadline that passed and how
 * to ask for more time. When the page was stale (CONFLICT) or the case has moved on
 * (INVALID_TRANSITION), say where the case is now, and if the clock for this action ran out and
 * fired, name that deadline too.
 */
export async function explainRefusal(db: DbOrTx, caseId: string, event: EventType | null, error: AppError): Promise<string> {
  if (error.code !== "CONFLICT" && error.code !== "INVALID_TRANSITION") return error.message;
  const row = await db.complaint.findUnique({ where: { id: caseId }, select: { state: true } });
  const stage = row ? STATE_INFO[row.state as CaseState].label : null;
  const moved = `This case changed since you opened the page${stage ? `: it is now at the stage “${stage}”` : ""}. Nothing was saved.`;
  const kind = event ? DEADLINE_OF_EVENT[event] : undefined;
  if (kind) {
    const fired = await db.deadline.findFirst({
      where: { complaintId: caseId, kind, status: "FIRED" },
      orderBy: { dueAt: "desc" },
      select: { dueAt: true },
    });
    if (fired) return `${moved} The deadline for ${DEADLINE_INFO[kind].label} was ${formatDeadline(fired.dueAt)} and has passed. ${lateHelpFor(kind)}`.trim();
  }
  return `${moved} Open the case page to see what you can do now.`;
}
