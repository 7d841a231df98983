"use server";

import type { FormState } from "@/lib/domain/form-state";
import {
  AppealFormSchema,
  ChallengeFormSchema,
  CommentFormSchema,
  ComplianceFormSchema,
  ElectionFormSchema,
  ExtensionFormSchema,
  HearingStatementFormSchema,
  InfoReplyFormSchema,
  PostponementFormSchema,
  ReopenFormSchema,
  RespondFormSchema,
} from "@/lib/domain/portal/forms";
import { casePath, type DoneKey } from "@/lib/domain/portal/pages";
import { uploadComplianceEvidence } from "@/lib/server/portal/compliance";
import { portalFormAction } from "@/lib/server/portal/form-action";
import { challengeMember, requestPostponement, submitHearingMaterial } from "@/lib/server/portal/hearing";
import * as events from "@/lib/server/portal/transitions";
import { checkedFiles, requireSomething, textAttachment } from "@/lib/server/portal/uploads";

/** Thin server actions: each re-checks the person, parses its form and calls one lib/server/portal function. */

const done = (caseId: string, key: DoneKey) => `${casePath(caseId)}?done=${key}`;
const target = (data: { caseId: string; expectedVersion: number }, actor: Parameters<typeof events.sendPortalEvent>[0]["actor"]) => ({
  actor,
  caseId: data.caseId,
  expectedVersion: data.expectedVersion,
});

export async function respondAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: RespondFormSchema,
    event: "SUBMIT_RESPONSE",
    run: async (data, { actor }, form) => {
      const attachments = await checkedFiles(form, "files", "RESPONSE");
      await events.submitResponse({ ...target(data, actor), attachments }, data);
      return done(data.caseId, "response");
    },
  });
}

export async function extensionAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: ExtensionFormSchema,
    event: "REQUEST_EXTENSION",
    run: async (data, { actor }) => {
      await events.requestExtension(target(data, actor), data);
      return done(data.caseId, "extension");
    },
  });
}

export async function electionAction(_: FormState, formData: FormData): Promise<FormState> {
  const event = formData.get("choice") === "hearing" ? "REQUEST_HEARING" : "ACCEPT_DISPOSITION";
  return portalFormAction(formData, {
    schema: ElectionFormSchema,
    event,
    run: async (data, { actor }) => {
      await events.elect(target(data, actor), data);
      return done(data.caseId, data.choice === "accept" ? "accepted" : "hearing");
    },
  });
}

export async function infoReplyAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: InfoReplyFormSchema,
    event: "INFO_RECEIVED",
    run: async (data, { actor }, form) => {
      const attachments = await checkedFiles(form, "replyFiles", "INFO_REPLY");
      requireSomething(Boolean(data.note), attachments, "note", "Write your answer or add a file");
      await events.replyToInfoRequest({ ...target(data, actor), attachments }, data);
      return done(data.caseId, "information");
    },
  });
}

export async function commentAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: CommentFormSchema,
    event: "COMMENT_ON_ADVERSE_MATERIAL",
    run: async (data, { actor }, form) => {
      const attachments = await checkedFiles(form, "commentFiles", "STATEMENT");
      await events.commentOnMaterial({ ...target(data, actor), attachments }, data);
      return done(data.caseId, "comment");
    },
  });
}

export async function appealAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: AppealFormSchema,
    arrays: ["grounds"],
    event: "FILE_APPEAL",
    run: async (data, { actor }, form) => {
      const attachments = await checkedFiles(form, "files", "APPEAL");
      await events.fileAppeal({ ...target(data, actor), attachments }, data);
      return done(data.caseId, "appeal");
    },
  });
}

export async function reopenAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: ReopenFormSchema,
    event: "PETITION_REOPEN",
    run: async (data, { actor }, form) => {
      const attachments = await checkedFiles(form, "files", "REOPEN_EVIDENCE");
      await events.petitionReopen({ ...target(data, actor), attachments }, data);
      return done(data.caseId, "reopen");
    },
  });
}

export async function challengeAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: ChallengeFormSchema,
    run: async (data, { actor }) => {
      await challengeMember({ ...target(data, actor), memberId: data.memberId, grounds: data.grounds });
      return done(data.caseId, "challenge");
    },
  });
}

export async function hearingMaterialAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: HearingStatementFormSchema,
    run: async (data, { actor }, form) => {
      const now = new Date();
      const exhibits = await checkedFiles(form, "exhibits", "EXHIBIT");
      requireSomething(Boolean(data.statement), exhibits, "statement", "Write a statement or add an exhibit");
      const files = data.statement ? [textAttachment("STATEMENT", "hearing-statement", data.statement, now), ...exhibits] : exhibits;
      await submitHearingMaterial({ ...target(data, actor), files, now });
      return done(data.caseId, "statement");
    },
  });
}

export async function postponementAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: PostponementFormSchema,
    run: async (data, { actor }) => {
      await requestPostponement({ ...target(data, actor), reason: data.reason });
      return done(data.caseId, "postponement");
    },
  });
}

export async function complianceAction(_: FormState, formData: FormData): Promise<FormState> {
  return portalFormAction(formData, {
    schema: ComplianceFormSchema,
    run: async (data, { actor }, form) => {
      const files = await checkedFiles(form, "evidence", "COMPLIANCE_EVIDENCE");
      requireSomething(false, files, "evidence", "Choose at least one file that shows the condition is met");
      await uploadComplianceEvidence({ ...target(data, actor), conditionId: data.conditionId, note: data.note, files });
      return done(data.caseId, "evidence");
    },
  });
}
