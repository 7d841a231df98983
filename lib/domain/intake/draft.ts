import { z } from "zod";
import type { CodeVersion } from "../catalogue";
import { AboutYouSchema, type AboutYou } from "./about-you";
import { CaseManagerSchema, type CaseManagerAnswers } from "./case-manager";
import { codeVersionInForce } from "./code-version";
import { ConsentsSchema, type Consents } from "./consents";
import type { RawValues } from "./fields";
import { MAX_PROCEEDINGS, MAX_WITNESSES, ProceedingSchema, type Proceeding, type Witness } from "./lists";
import { allegedProvisionsSchema } from "./rules";
import { INTAKE_STEP_IDS, type IntakeStepId } from "./steps";
import { whatHappenedSchema, type WhatHappened } from "./what-happened";

/**
 * What an intake draft holds (IntakeDraft.data): per page, the values as typed once they passed
 * that page's schema, so a page refills exactly as the person left it and filing re-parses them
 * with the same schemas. Lists are kept parsed. Files live in IntakeDraftFile.
 */
const RawValuesSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

export const DraftDataSchema = z.object({
  v: z.literal(1),
  /** Sent to createCase: a second submit of this draft returns the first complaint. */
  idempotencyKey: z.string().min(16).max(200),
  answers: z.partialRecord(z.enum(INTAKE_STEP_IDS as [IntakeStepId, ...IntakeStepId[]]), RawValuesSchema).default({}),
  proceedings: z.array(ProceedingSchema).max(MAX_PROCEEDINGS).default([]),
  witnesses: z
    .array(z.object({ name: z.string(), contact: z.string().optional(), relation: z.string().optional() }))
    .max(MAX_WITNESSES)
    .default([]),
  /**
   * Set when the complaint is accepted (its reference taken, the time it was received); complaintId
   * is added once the filing behind the response has written the complaint (ADR 0030).
   */
  submitted: z.object({ complaintId: z.string().optional(), reference: z.string(), at: z.string() }).optional(),
});

export type DraftData = z.output<typeof DraftDataSchema>;

export function emptyDraftData(idempotencyKey: string): DraftData {
  return { v: 1, idempotencyKey, answers: {}, proceedings: [], witnesses: [] };
}

export interface IntakeAnswers {
  aboutYou: AboutYou;
  caseManager: CaseManagerAnswers;
  whatHappened: WhatHappened;
  codeVersion: CodeVersion;
  provisions: string[];
  proceedings: Proceeding[];
  witnesses: Witness[];
  consents: Consents;
}

export type ParsedDraft = { ok: true; answers: IntakeAnswers } | { ok: false; missing: IntakeStepId[] };

function parseStep<T>(schema: z.ZodType<T, unknown>, raw: RawValues | undefined): T | undefined {
  if (!raw) return undefined;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The conduct date as answered so far (for the Code edition on the Rules page). */
export function conductDateOf(data: DraftData, now: Date): Date | undefined {
  return parseStep(whatHappenedSchema(now), data.answers["what-happened"])?.conductFrom;
}

/** Every page re-checked with its schema; the pages still to answer (or answer again) otherwise. */
export function parseDraft(data: DraftData, now: Date): ParsedDraft {
  const aboutYou = parseStep(AboutYouSchema, data.answers["about-you"]);
  const caseManager = parseStep(CaseManagerSchema, data.answers["case-manager"]);
  const whatHappened = parseStep(whatHappenedSchema(now), data.answers["what-happened"]);
  const codeVersion = codeVersionInForce(whatHappened?.conductFrom);
  const rules = parseStep(allegedProvisionsSchema(codeVersion), data.answers.rules);
  const consents = parseStep(ConsentsSchema, data.answers.consents);
  const answered: Record<IntakeStepId, boolean> = {
    "about-you": aboutYou !== undefined,
    "case-manager": caseManager !== undefined,
    "what-happened": whatHappened !== undefined,
    rules: rules !== undefined,
    "other-proceedings": data.answers["other-proceedings"] !== undefined,
    evidence: data.answers.evidence !== undefined,
    witnesses: data.answers.witnesses !== undefined,
    consents: consents !== undefined,
  };
  const missing = INTAKE_STEP_IDS.filter((step) => !answered[step]);
  if (missing.length > 0 || !aboutYou || !caseManager || !whatHappened || !rules || !consents) return { ok: false, missing };
  return {
    ok: true,
    answers: {
      aboutYou,
      caseManager,
      whatHappened,
      codeVersion,
      provisions: rules.provisions,
      proceedings: data.proceedings,
      witnesses: data.witnesses,
      consents,
    },
  };
}

/** The first page not yet answered (where "resume" takes the person); none once all are. */
export function firstUnanswered(data: DraftData): IntakeStepId | undefined {
  return INTAKE_STEP_IDS.find((step) => data.answers[step] === undefined);
}
