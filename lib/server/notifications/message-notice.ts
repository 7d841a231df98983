import "server-only";
import type { DbOrTx } from "../db-factory";
import { insertNotice } from "./enqueue";
import { layoutNotice, type NoticeText } from "./templates";

/**
 * The email that tells one side of the complainant's message thread that the other side wrote.
 * Like every notice it says only that a message is waiting, never what it says: the message
 * stays behind the status page or the case file, where access is checked.
 */
export const MESSAGE_TEXTS = {
  "message-to-complainant": {
    subject: "New message about your complaint",
    body: "The ethics coordinator has sent you a message about your complaint. Read it, and reply if you wish, on the status page.",
  },
  "message-from-complainant": {
    subject: "New message from the complainant",
    body: "The complainant has sent a message on this case. Read it in the case file.",
  },
} as const satisfies Record<string, NoticeText>;

export type MessageDirection = "TO_COMPLAINANT" | "FROM_COMPLAINANT";

/**
 * The ethics coordinators a case's notices go to: the one assigned to it, else every active one
 * (the scheduler's intake reminders use the same rule).
 */
export async function caseCoordinators(db: DbOrTx, caseId: string): Promise<{ id: string; email: string }[]> {
  const { assignedStaff } = await db.complaint.findUniqueOrThrow({ where: { id: caseId }, select: { assignedStaff: { select: { id: true, email: true, active: true } } } });
  if (assignedStaff?.active) return [{ id: assignedStaff.id, email: assignedStaff.email }];
  return db.person.findMany({ where: { active: true, roles: { has: "STAFF" } }, select: { id: true, email: true }, orderBy: { id: "asc" } });
}

/**
 * Writes the "new message" notices in the caller's transaction (so they go only if the message
 * is stored). A complainant without an email address gets none: a message is not worth a letter.
 */
export async function notifyNewMessage(db: DbOrTx, input: { caseId: string; direction: MessageDirection; now: Date }): Promise<string[]> {
  const complaint = await db.complaint.findUniqueOrThrow({ where: { id: input.caseId }, select: { reference: true, complainant: { select: { email: true } } } });
  const base = { complaintId: input.caseId, now: input.now };
  if (input.direction === "TO_COMPLAINANT") {
    const email = complaint.complainant?.email;
    if (!email) return [];
    const rendered = layoutNotice({ text: MESSAGE_TEXTS["message-to-complainant"], audience: "COMPLAINANT", reference: complaint.reference, caseId: input.caseId, hasLetter: false });
    const notice = await insertNotice(db, { ...base, template: "message-to-complainant", recipientKind: "COMPLAINANT", toAddress: email }, rendered);
    return [notice.id];
  }
  const rendered = layoutNotice({ text: MESSAGE_TEXTS["message-from-complainant"], audience: "COMMITTEE", reference: complaint.reference, caseId: input.caseId, hasLetter: false });
  const ids: string[] = [];
  for (const person of await caseCoordinators(db, input.caseId)) {
    const notice = await insertNotice(db, { ...base, template: "message-from-complainant", recipientKind: "STAFF", recipientPersonId: person.id, toAddress: person.email }, rendered);
    ids.push(notice.id);
  }
  return ids;
}
