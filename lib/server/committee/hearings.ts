import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleCasesWhere } from "../cases/visibility";
import type { DbOrTx } from "../db";
import type { PersonActor } from "./actor";

export interface HearingRow {
  caseId: string;
  reference: string;
  respondentName: string;
  status: "CALLED" | "SCHEDULED";
  initiatedBy: string;
  scheduledFor: Date | null;
  format: string | null;
  panel: string[];
  onPanel: boolean;
}

/**
 * Hearings still to hold: those called and waiting for a date and panel, then those scheduled,
 * soonest first (PRODUCT §3 L). Cases the actor may not see, or is recused from, are left out.
 */
export async function loadHearingList(db: DbOrTx, actor: PersonActor, take = 200): Promise<HearingRow[]> {
  const complaint: Prisma.ComplaintWhereInput = { AND: [visibleCasesWhere(actor), { state: "HEARING_SCHEDULED" }, { recusals: { none: { personId: actor.personId } } }] };
  const rows = await db.hearing.findMany({
    where: { status: { in: ["CALLED", "SCHEDULED"] }, complaint },
    orderBy: [{ status: "asc" }, { scheduledFor: "asc" }, { createdAt: "asc" }],
    take,
    select: {
      status: true,
      initiatedBy: true,
      scheduledFor: true,
      format: true,
      complaint: { select: { id: true, reference: true, respondentName: true } },
      panel: { select: { personId: true, person: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    caseId: row.complaint.id,
    reference: row.complaint.reference,
    respondentName: row.complaint.respondentName,
    status: row.status as HearingRow["status"],
    initiatedBy: row.initiatedBy,
    scheduledFor: row.scheduledFor,
    format: row.format,
    panel: row.panel.map((member) => member.person.name),
    onPanel: row.panel.some((member) => member.personId === actor.personId),
  }));
}
