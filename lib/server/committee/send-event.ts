import "server-only";
import { EVENT_UPLOADS, uploadAudience, type EventUploadSpec } from "@/lib/domain/committee/event-forms/uploads";
import { parseEventForm } from "@/lib/domain/committee/event-forms/validate";
import { EVENT_TYPES, STATE_INFO, type Event, type EventType } from "@/lib/workflow";
import { Prisma } from "@/lib/generated/prisma/client";
import { conflictError } from "../cases/decide-error";
import { runTransition, type TransitionResult } from "../cases/run-transition";
import { revalidateCase } from "../cases/revalidate";
import { findCaseForActor } from "../cases/visibility";
import type { Db } from "../db";
import { createDocuments, type TransitionAttachment } from "../cases/records/documents";
import { uploaderKindFor } from "../cases/records/uploader";
import { checkUploads, filesFrom } from "../documents/validate-upload";
import { AppError, isAppError } from "../errors";
import type { PersonActor } from "./actor";

export interface SendEventInput {
  caseId: string;
  type: string;
  /** The version the page showed (hidden field): a different current version is a CONFLICT. */
  expectedVersion: number;
  /** The form as posted, files included (EVENT_UPLOADS names the file field of the events that take files). */
  form: FormData;
}

export type SendEventOutcome =
  | { ok: true; result: TransitionResult }
  | { ok: false; fieldErrors: Record<string, string[]> };

function isEventType(type: string): type is EventType {
  return (EVENT_TYPES as readonly string[]).includes(type);
}

/**
 * A committee form's submission → one workflow transition, as `actor`. The case must be visible
 * to the actor (else NOT_FOUND), the form must parse into the event's payload and its files pass
 * the upload checks (else field errors, all at once), and runTransition decides the rest
 * (CONFLICT, INVALID_TRANSITION, FORBIDDEN, GUARD_FAILED). Files are stored in the same
 * transaction as the transition, so a refusal stores nothing.
 */
export async function sendCommitteeEvent(db: Db, actor: PersonActor, input: SendEventInput, now: Date = new Date()): Promise<SendEventOutcome> {
  if (!isEventType(input.type)) throw new AppError("VALIDATION", "That action is not known. Reload the page and try again.");
  const handle = await findCaseForActor(input.caseId, actor, { db });
  if (!handle) throw new AppError("NOT_FOUND", "There is no case with that reference that you can see.");
  const { codeVersion } = await db.complaint.findUniqueOrThrow({ where: { id: input.caseId }, select: { codeVersion: true } });
  const parsed = parseEventForm(input.type, input.form, { codeVersion });
  const upload = EVENT_UPLOADS[input.type];
  const files = upload ? await checkedEventFiles(upload, input.form) : { ok: true as const, attachments: [] };
  if (!parsed.ok || !files.ok) return { ok: false, fieldErrors: { ...(parsed.ok ? {} : parsed.fieldErrors), ...(files.ok ? {} : files.fieldErrors) } };
  if (!upload || files.attachments.length === 0) {
    const result = await runTransition({ caseId: input.caseId, actor, event: parsed.event, expectedVersion: input.expectedVersion, now, db });
    return { ok: true, result };
  }
  return sendWithFiles(db, actor, input, { event: parsed.event, upload, attachments: files.attachments }, now);
}

type CheckedEventFiles = { ok: true; attachments: TransitionAttachment[] } | { ok: false; fieldErrors: Record<string, string[]> };

/** The files chosen in the event's file field, checked as every upload is (all or nothing). */
async function checkedEventFiles(upload: EventUploadSpec, form: FormData): Promise<CheckedEventFiles> {
  const chosen = filesFrom(form, upload.field);
  if (chosen.length === 0) return { ok: true, attachments: [] };
  const checked = await checkUploads(chosen, { maxFiles: upload.maxFiles });
  if (!checked.ok) return { ok: false, fieldErrors: { [upload.field]: checked.errors } };
  const audience = uploadAudience(upload, form);
  return { ok: true, attachments: checked.files.map((file) => ({ ...file, kind: upload.kind, audience })) };
}

/**
 * Stores the files and runs the transition in one transaction, with the new documents' ids in the
 * event's payload (so the audit entry names them). A refusal rolls the documents back.
 */
async function sendWithFiles(
  db: Db,
  actor: PersonActor,
  input: SendEventInput,
  sending: { event: Event; upload: EventUploadSpec; attachments: TransitionAttachment[] },
  now: Date,
): Promise<SendEventOutcome> {
  const { event, upload, attachments } = sending;
  const result = await db
    .$transaction(
      async (tx) => {
        const ids = await createDocuments(tx, { caseId: input.caseId, uploaderKind: uploaderKindFor(actor, null), uploadedById: actor.personId, now }, attachments);
        const withIds = upload.payloadKey === "recordDocumentId" ? { ...event, recordDocumentId: ids[0] } : { ...event, documentIds: ids };
        return runTransition({ caseId: input.caseId, actor, event: withIds, expectedVersion: input.expectedVersion, now, tx });
      },
      { maxWait: 60_000, timeout: 60_000 },
    )
    .catch((error: unknown) => {
      // As in runTransition's own transactions: a serialisation failure means another change won the race.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") throw conflictError();
      throw error;
    });
  await revalidateCase(input.caseId);
  return { ok: true, result };
}

/** For a CONFLICT: where the case is now, in words, if the actor may still see it. */
export async function describeCurrentState(db: Db, caseId: string, actor: PersonActor): Promise<string | null> {
  const handle = await findCaseForActor(caseId, actor, { db }).catch((error: unknown) => {
    if (isAppError(error)) return null;
    throw error;
  });
  return handle?.state ? STATE_INFO[handle.state].label : null;
}
