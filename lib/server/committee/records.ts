import "server-only";
import { appendAudit, caseStream } from "../audit/append";
import { revalidateCase } from "../cases/revalidate";
import { findCaseForActor } from "../cases/visibility";
import type { Db, DbOrTx } from "../db";
import { isShareableWithRespondent } from "@/lib/domain/committee/record-forms";
import { AppError } from "../errors";
import { respondentAddressees } from "../cases/effects/recipients";
import { notifyDocumentShared } from "../notifications/document-notice";
import { notifyNewMessage } from "../notifications/message-notice";
import type { PersonActor } from "./actor";

/**
 * Record-keeping beside the workflow: internal notes, replies to the complainant, staff
 * assignment and sharing a document with the case manager. None changes the case's state or version; each is audited in its own transaction.
 */

const notFound = () => new AppError("NOT_FOUND", "There is no case with that reference that you can see.");

/** The case, for someone with the full record (staff, non-recused members, the appeal panel). */
export async function requireFullAccess(db: DbOrTx, caseId: string, actor: PersonActor) {
  const handle = await findCaseForActor(caseId, actor, { db });
  if (!handle) throw notFound();
  if (!handle.access.fullRecord || !handle.access.canAct) {
    if (handle.access.kind === "RECUSED") throw new AppError("FORBIDDEN", "You are recused from this case and cannot act on it.");
    throw notFound();
  }
  return handle;
}

export async function addInternalNote(db: Db, actor: PersonActor, caseId: string, body: string, now = new Date()): Promise<void> {
  const handle = await requireFullAccess(db, caseId, actor);
  if (!handle.access.seesInternalNotes) throw notFound();
  await db.$transaction(async (tx) => {
    const note = await tx.internalNote.create({ data: { complaintId: caseId, authorId: actor.personId, body, createdAt: now }, select: { id: true } });
    await appendAudit(tx, {
      stream: caseStream(caseId),
      actor: { kind: "PERSON", id: actor.personId },
      type: "NOTE_ADDED",
      complaintId: caseId,
      payload: { noteId: note.id, length: body.length },
      at: now,
    });
  });
  await revalidateCase(caseId);
}

/** Staff write to the complainant on the status page's thread (never on an own-motion case). */
export async function sendStaffMessage(db: Db, actor: PersonActor, caseId: string, body: string, now = new Date()): Promise<void> {
  if (!actor.roles.includes("STAFF")) throw new AppError("FORBIDDEN", "Only the ethics coordinator writes to the complainant.");
  await requireFullAccess(db, caseId, actor);
  const complainant = await db.complainant.findUnique({ where: { complaintId: caseId }, select: { id: true } });
  if (!complainant) throw new AppError("GUARD_FAILED", "This case has no complainant to write to.");
  await db.$transaction(async (tx) => {
    const message = await tx.message.create({
      data: { complaintId: caseId, thread: "COMPLAINANT", authorKind: "STAFF", authorId: actor.personId, body, createdAt: now },
      select: { id: true },
    });
    await appendAudit(tx, {
      stream: caseStream(caseId),
      actor: { kind: "PERSON", id: actor.personId },
      type: "MESSAGE_SENT",
      complaintId: caseId,
      payload: { thread: "COMPLAINANT", messageId: message.id, length: body.length },
      at: now,
    });
    await notifyNewMessage(tx, { caseId, direction: "TO_COMPLAINANT", now });
  });
  await revalidateCase(caseId);
}

/** Staff take a case (or hand it to another member of staff, or release it with null). */
export async function assignCase(db: Db, actor: PersonActor, caseId: string, assigneeId: string | null, now = new Date()): Promise<void> {
  if (!actor.roles.includes("STAFF")) throw new AppError("FORBIDDEN", "Only staff assign cases.");
  await requireFullAccess(db, caseId, actor);
  if (assigneeId) {
    const assignee = await db.person.findUnique({ where: { id: assigneeId }, select: { active: true, roles: true } });
    if (!assignee?.active || !assignee.roles.includes("STAFF")) throw new AppError("VALIDATION", "Cases are assigned to active staff only.");
  }
  await db.$transaction(async (tx) => {
    await tx.complaint.update({ where: { id: caseId }, data: { assignedStaffId: assigneeId } });
    await appendAudit(tx, {
      stream: caseStream(caseId),
      actor: { kind: "PERSON", id: actor.personId },
      type: "CASE_ASSIGNED",
      complaintId: caseId,
      payload: { assigneeId },
      at: now,
    });
  });
  await revalidateCase(caseId);
}

/**
 * Staff share a committee-only document with the case manager (it then shows in their portal).
 * The change is conditional on the document still being committee-only, so two coordinators
 * sharing it at once record it once, and the second is told it is already shared.
 */
export async function shareDocumentWithRespondent(db: Db, actor: PersonActor, caseId: string, documentId: string, now = new Date()): Promise<void> {
  if (!actor.roles.includes("STAFF")) throw new AppError("FORBIDDEN", "Only the ethics coordinator shares documents with the case manager.");
  const handle = await requireFullAccess(db, caseId, actor);
  await db.$transaction(async (tx) => {
    const document = await tx.document.findFirst({ where: { id: documentId, complaintId: caseId, purgedAt: null }, select: { audience: true, kind: true } });
    if (!document || !isShareableWithRespondent(document)) {
      throw new AppError("VALIDATION", document?.audience === "COMMITTEE_AND_RESPONDENT" ? "That document is already shared with the case manager." : "Choose a document from the list.");
    }
    const { count } = await tx.document.updateMany({ where: { id: documentId, audience: "COMMITTEE_ONLY" }, data: { audience: "COMMITTEE_AND_RESPONDENT" } });
    if (count === 0) throw new AppError("CONFLICT", "Someone else changed who sees that document. Reload the case file.");
    await appendAudit(tx, {
      stream: caseStream(caseId),
      actor: { kind: "PERSON", id: actor.personId },
      type: "DOCUMENT_SHARED",
      complaintId: caseId,
      payload: { documentId, from: "COMMITTEE_ONLY", to: "COMMITTEE_AND_RESPONDENT" },
      at: now,
    });
    // Once the CCM has been told of the complaint, they (and their representatives) are told to look.
    const { respondentNotifiedAt } = await tx.complaint.findUniqueOrThrow({ where: { id: caseId }, select: { respondentNotifiedAt: true } });
    if (respondentNotifiedAt) await notifyDocumentShared(tx, { caseId, reference: handle.reference, addressees: await respondentAddressees(tx, caseId), now });
  });
  await revalidateCase(caseId);
}
