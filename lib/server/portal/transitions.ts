import "server-only";
import type { z } from "zod";
import type {
  AppealFormSchema,
  CommentFormSchema,
  ElectionFormSchema,
  ExtensionFormSchema,
  InfoReplyFormSchema,
  ReopenFormSchema,
  RespondFormSchema,
} from "@/lib/domain/portal/forms";
import type { EventInput } from "@/lib/workflow";
import { runTransition, type TransitionAttachment, type TransitionResult } from "../cases/run-transition";
import { db as defaultDb, type Db } from "../db";
import { requireRespondentCase } from "./scope";
import type { PersonActor } from "./viewer";

/**
 * The respondent's workflow events, each sent through runTransition (the one writer of a case's
 * state) with the version the page showed and the files in the same transaction. The case is
 * first required to be the actor's as the respondent, so a foreign case id is NOT_FOUND and
 * nothing is written.
 */
export interface PortalEventInput {
  actor: PersonActor;
  caseId: string;
  expectedVersion: number;
  attachments?: readonly TransitionAttachment[];
  db?: Db;
  now?: Date;
}

export async function sendPortalEvent(input: PortalEventInput, event: EventInput): Promise<TransitionResult> {
  const db = input.db ?? defaultDb;
  await requireRespondentCase(input.caseId, input.actor, db);
  return runTransition({
    caseId: input.caseId,
    actor: input.actor,
    event,
    expectedVersion: input.expectedVersion,
    db,
    ...(input.now && { now: input.now }),
    ...(input.attachments && input.attachments.length > 0 && { attachments: input.attachments }),
  });
}

export const submitResponse = (input: PortalEventInput, data: z.output<typeof RespondFormSchema>) =>
  sendPortalEvent(input, { type: "SUBMIT_RESPONSE", statement: data.statement, documentIds: [] });

export const requestExtension = (input: PortalEventInput, data: z.output<typeof ExtensionFormSchema>) =>
  sendPortalEvent(input, { type: "REQUEST_EXTENSION", days: data.days, reason: data.reason });

/** The election (§3 #15–#16): written acceptance waives hearing and appeal; otherwise a hearing is requested. */
export const elect = (input: PortalEventInput, data: z.output<typeof ElectionFormSchema>) =>
  sendPortalEvent(
    input,
    data.choice === "accept"
      ? { type: "ACCEPT_DISPOSITION", signedName: data.signedName, waiverAcknowledged: true, ...(data.statement && { statement: data.statement }) }
      : { type: "REQUEST_HEARING", signedName: data.signedName, ...(data.statement && { statement: data.statement }) },
  );

export const commentOnMaterial = (input: PortalEventInput, data: z.output<typeof CommentFormSchema>) =>
  sendPortalEvent(input, { type: "COMMENT_ON_ADVERSE_MATERIAL", statement: data.statement, documentIds: [] });

export const replyToInfoRequest = (input: PortalEventInput, data: z.output<typeof InfoReplyFormSchema>) =>
  sendPortalEvent(input, { type: "INFO_RECEIVED", documentIds: [], ...(data.note && { note: data.note }) });

export const fileAppeal = (input: PortalEventInput, data: z.output<typeof AppealFormSchema>) =>
  sendPortalEvent(input, { type: "FILE_APPEAL", grounds: data.grounds, statement: data.statement, documentIds: [] });

export const petitionReopen = (input: PortalEventInput, data: z.output<typeof ReopenFormSchema>) =>
  sendPortalEvent(input, {
    type: "PETITION_REOPEN",
    newEvidence: data.newEvidence,
    whyNotAvailableBefore: data.whyNotAvailableBefore,
    documentIds: [],
    chairLeave: false,
  });
