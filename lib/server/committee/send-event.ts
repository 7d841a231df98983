import "server-only";
import { parseEventForm } from "@/lib/domain/committee/event-forms/validate";
import { EVENT_TYPES, STATE_INFO, type Event, type EventType } from "@/lib/workflow";
import { runTransition, type TransitionResult } from "../cases/run-transition";
import { revalidateCase } from "../cases/revalidate";
import { findCaseForActor } from "../cases/visibility";
import type { Db } from "../db";
import { checkUploads, type IncomingFile } from "../documents/validate-upload";
import { AppError, isAppError } from "../errors";
import type { PersonActor } from "./actor";

export interface SendEventInput {
  caseId: string;
  type: string;
  /** The version the page showed (hidden field): a different current version is a CONFLICT. */
  expectedVersion: number;
  form: FormData;
  /** The hearing record (RECORD_HEARING_HELD only). */
  record?: IncomingFile | null;
}

export type SendEventOutcome =
  | { ok: true; result: TransitionResult }
  | { ok: false; fieldErrors: Record<string, string[]> };

function isEventType(type: string): type is EventType {
  return (EVENT_TYPES as readonly string[]).includes(type);
}

/**
 * A committee form's submission → one workflow transition, as `actor`. The case must be visible
 * to the actor (else NOT_FOUND), the form must parse into the event's payload (else field errors),
 * and runTransition decides the rest (CONFLICT, INVALID_TRANSITION, FORBIDDEN, GUARD_FAILED).
 * A hearing record is stored in the same transaction as the transition, so a refusal stores nothing.
 */
export async function sendCommitteeEvent(db: Db, actor: PersonActor, input: SendEventInput, now: Date = new Date()): Promise<SendEventOutcome> {
  if (!isEventType(input.type)) throw new AppError("VALIDATION", "That action is not known. Reload the page and try again.");
  const handle = await findCaseForActor(input.caseId, actor, { db });
  if (!handle) throw new AppError("NOT_FOUND", "There is no case with that reference that you can see.");
  const { codeVersion } = await db.complaint.findUniqueOrThrow({ where: { id: input.caseId }, select: { codeVersion: true } });
  const parsed = parseEventForm(input.type, input.form, { codeVersion });
  if (!parsed.ok) return parsed;
  if (input.type === "RECORD_HEARING_HELD" && input.record) return recordHearingWithFile(db, actor, input, parsed.event, input.record, now);
  const result = await runTransition({ caseId: input.caseId, actor, event: parsed.event, expectedVersion: input.expectedVersion, now, db });
  return { ok: true, result };
}

async function recordHearingWithFile(db: Db, actor: PersonActor, input: SendEventInput, event: Event, record: IncomingFile, now: Date): Promise<SendEventOutcome> {
  const checked = await checkUploads([record], { maxFiles: 1 });
  if (!checked.ok) return { ok: false, fieldErrors: { record: checked.errors } };
  const file = checked.files[0]!;
  const result = await db.$transaction(
    async (tx) => {
      const document = await tx.document.create({
        data: {
          complaintId: input.caseId,
          kind: "HEARING_RECORD",
          audience: "COMMITTEE_AND_RESPONDENT",
          filename: file.filename,
          mimeType: file.mimeType,
          size: file.size,
          sha256: file.sha256,
          uploaderKind: "COMMITTEE",
          uploadedById: actor.personId,
          createdAt: now,
          blob: { create: { data: new Uint8Array(file.data) } },
        },
        select: { id: true },
      });
      return runTransition({ caseId: input.caseId, actor, event: { ...event, recordDocumentId: document.id }, expectedVersion: input.expectedVersion, now, tx });
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
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
