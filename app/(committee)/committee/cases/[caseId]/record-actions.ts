"use server";

import type { FormState } from "@/lib/domain/form-state";
import {
  AssignSchema,
  ChallengeRulingSchema,
  ChallengeSchema,
  ConflictSchema,
  DisclosureSchema,
  MessageSchema,
  NoteSchema,
  RecusalSchema,
  ShareDocumentSchema,
} from "@/lib/domain/committee/record-forms";
import { declareConflict, grantIdentityDisclosure, recordChallenge, recuseMember, ruleOnChallenge } from "@/lib/server/committee/impartiality";
import { recordAction } from "@/lib/server/committee/record-action";
import { addInternalNote, assignCase, sendStaffMessage, shareDocumentWithRespondent } from "@/lib/server/committee/records";

export async function addNoteAction(_previous: FormState, form: FormData): Promise<FormState> {
  return recordAction(form, NoteSchema, (data, actor, db) => addInternalNote(db, actor, data.caseId, data.noteBody), "Note added.");
}

export async function sendMessageAction(_previous: FormState, form: FormData): Promise<FormState> {
  return recordAction(form, MessageSchema, (data, actor, db) => sendStaffMessage(db, actor, data.caseId, data.messageBody), "Message sent to the complainant.");
}

export async function declareConflictAction(_previous: FormState, form: FormData): Promise<FormState> {
  return recordAction(
    form,
    ConflictSchema,
    (data, actor, db) => declareConflict(db, actor, data.caseId, { kind: data.conflictKind, ...(data.conflictDetails && { details: data.conflictDetails }) }),
    "Your declaration is recorded.",
  );
}

export async function recuseAction(_previous: FormState, form: FormData): Promise<FormState> {
  return recordAction(form, RecusalSchema, (data, actor, db) => recuseMember(db, actor, data.caseId, { personId: data.recusePersonId, reason: data.recusalReason }), "The member is recused.");
}

export async function recordChallengeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return recordAction(form, ChallengeSchema, (data, actor, db) => recordChallenge(db, actor, data.caseId, { memberId: data.challengedMemberId, grounds: data.challengeGrounds }), "The challenge is recorded.");
}

export async function ruleOnChallengeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return recordAction(form, ChallengeRulingSchema, (data, actor, db) => ruleOnChallenge(db, actor, data.caseId, { challengeId: data.challengeId, ruling: data.challengeRuling }), "The ruling is recorded.");
}

export async function grantDisclosureAction(_previous: FormState, form: FormData): Promise<FormState> {
  return recordAction(form, DisclosureSchema, (data, actor, db) => grantIdentityDisclosure(db, actor, data.caseId), "Disclosure granted.");
}

export async function assignAction(_previous: FormState, form: FormData): Promise<FormState> {
  return recordAction(form, AssignSchema, (data, actor, db) => assignCase(db, actor, data.caseId, data.assigneeId || null), "Assignment saved.");
}

export async function shareDocumentAction(_previous: FormState, form: FormData): Promise<FormState> {
  return recordAction(form, ShareDocumentSchema, (data, actor, db) => shareDocumentWithRespondent(db, actor, data.caseId, data.shareDocumentId), "The document is shared with the case manager.");
}
