import "server-only";
import { STATE_INFO, waitingOnFor, type Actor, type CaseState, type EventType, type WaitingOn } from "@/lib/workflow";
import { allowedEventsFor, findCaseForActor, seesDocument } from "../../cases/visibility";
import type { DbOrTx } from "../../db";

/**
 * Everything the complainant's status page shows, and nothing else (DOMAIN §8): the stage in plain
 * language, their own dates, requests addressed to them, the complainant message thread, and the
 * documents they sent or that were shared with them. Never the CCM's response, internal notes,
 * votes or deliberations, or another party's messages.
 */
export interface StatusView {
  complaintId: string;
  reference: string;
  state: CaseState;
  stage: { label: string; description: string; next: string };
  waitingOn: WaitingOn;
  receivedAt: Date;
  acknowledgeBy: Date | null;
  /** When CCMC expects to take the current stage's next step (a committee clock; never a party's own). */
  nextStepBy: Date | null;
  /** Open requests for information addressed to the complainant. */
  requests: { id: string; items: string[]; requestedAt: Date; dueAt: Date }[];
  /** The event that answers an open request, when the machine allows the complainant to send it now. */
  answerEvent: Extract<EventType, "COMPLAINANT_CURED" | "INFO_RECEIVED"> | null;
  canWithdraw: boolean;
  withdrawalRequestedAt: Date | null;
  messages: { id: string; fromYou: boolean; body: string; createdAt: Date }[];
  documents: { id: string; filename: string; size: number; createdAt: Date; fromYou: boolean; kind: string }[];
}

/**
 * The Committee's own clocks, whose dates tell the complainant when to expect the next step. The
 * CCM's clocks (response, election, appeal, sanctions) stay out: they are the other party's business.
 */
const NEXT_STEP_CLOCKS = ["PRELIMINARY_REVIEW", "DEFERRAL_REVIEW", "HEARING_DECISION", "APPEAL_DECISION"] as const;

export const complainantActor = (complaintId: string): Actor => ({ kind: "complainant", complaintId });

export async function loadStatusView(db: DbOrTx, complaintId: string, now = new Date()): Promise<StatusView | null> {
  const actor = complainantActor(complaintId);
  const handle = await findCaseForActor(complaintId, actor, { db });
  if (!handle) return null;
  const complaint = await db.complaint.findUnique({
    where: { id: complaintId },
    select: {
      reference: true,
      state: true,
      receivedAt: true,
      infoRequestedFrom: true,
      withdrawalRequestedAt: true,
      deadlines: {
        where: { OR: [{ kind: "ACKNOWLEDGE", status: { in: ["OPEN", "PAUSED"] } }, { kind: { in: [...NEXT_STEP_CLOCKS] }, status: "OPEN" }] },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: { kind: true, dueAt: true },
      },
      infoRequests: {
        where: { party: "COMPLAINANT", answeredAt: null },
        orderBy: { requestedAt: "asc" },
        select: { id: true, items: true, requestedAt: true, dueAt: true },
      },
      messages: { where: { thread: "COMPLAINANT" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, authorKind: true, body: true, createdAt: true } },
      documents: {
        where: { purgedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, filename: true, size: true, createdAt: true, audience: true, uploaderKind: true, kind: true },
      },
    },
  });
  if (!complaint) return null;
  const allowed = await allowedEventsFor(complaintId, actor, { db, now });
  const answerEvent = allowed.includes("COMPLAINANT_CURED") ? "COMPLAINANT_CURED" : allowed.includes("INFO_RECEIVED") ? "INFO_RECEIVED" : null;
  const info = STATE_INFO[complaint.state];
  return {
    complaintId,
    reference: complaint.reference,
    state: complaint.state,
    stage: { label: info.label, description: info.description, next: info.next },
    waitingOn: waitingOnFor(complaint.state, complaint.infoRequestedFrom),
    receivedAt: complaint.receivedAt,
    acknowledgeBy: complaint.deadlines.find((d) => d.kind === "ACKNOWLEDGE")?.dueAt ?? null,
    nextStepBy: complaint.deadlines.find((d) => d.kind !== "ACKNOWLEDGE" && d.dueAt > now)?.dueAt ?? null,
    requests: answerEvent
      ? complaint.infoRequests.map((request) => ({ ...request, items: request.items.split("\n").filter(Boolean) }))
      : [],
    answerEvent,
    canWithdraw: allowed.includes("REQUEST_WITHDRAWAL"),
    withdrawalRequestedAt: complaint.withdrawalRequestedAt,
    messages: complaint.messages.map((m) => ({ id: m.id, fromYou: m.authorKind === "COMPLAINANT", body: m.body, createdAt: m.createdAt })),
    documents: complaint.documents
      .filter((document) => seesDocument(handle.access, document))
      .map((d) => ({ id: d.id, filename: d.filename, size: d.size, createdAt: d.createdAt, fromYou: d.uploaderKind === "COMPLAINANT", kind: d.kind })),
  };
}
