import { z } from "zod";
import { AppealGroundSchema } from "@/lib/domain/appeal-grounds";
import { CodeVersionSchema } from "@/lib/domain/catalogue";
import { DismissalReasonSchema } from "@/lib/domain/reason-codes";
import { SanctionActionsSchema } from "@/lib/domain/sanctions";
import {
  DeliverySchema,
  DocumentIdsSchema,
  IdListSchema,
  IdSchema,
  ProvisionListSchema,
  ShortTextSchema,
  TextSchema,
  VotesSchema,
} from "./event-fields";

/**
 * Every event the workflow accepts, as one zod discriminated union on `type` (DOMAIN §3). Timed
 * and automatic events (sent by the system actor) have empty payloads: their guards read the case.
 */

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape });

const votedDecision = { reasons: TextSchema, votes: VotesSchema };

export const SubmitEventSchema = event("SUBMIT", {
  ownMotion: z.boolean(),
  channel: z.enum(["WEB", "STAFF_ENTERED", "OWN_MOTION"]),
  /** The filer attests the complaint is true (e-signature); the Chair does so for own motion. */
  attestation: z.literal(true),
  /** Complaint and identity may be shared with the CCM (no anonymous complaints). */
  releaseOfInformationConsent: z.boolean(),
  complainantIdentified: z.boolean(),
  codeVersion: CodeVersionSchema,
  allegedProvisions: ProvisionListSchema.default([]),
  /** When the complainant learned of the conduct: the filing window runs from here. */
  learnedAt: z.coerce.date().optional(),
}).superRefine((submission, ctx) => {
  if (submission.ownMotion !== (submission.channel === "OWN_MOTION")) {
    ctx.addIssue({ code: "custom", message: "Own-motion complaints use the OWN_MOTION channel", path: ["channel"] });
  }
  if (!submission.ownMotion && !(submission.releaseOfInformationConsent && submission.complainantIdentified)) {
    ctx.addIssue({ code: "custom", message: "A complainant must be identified and consent to release of information" });
  }
  if (submission.allegedProvisions.some((ref) => ref.codeVersion !== submission.codeVersion)) {
    ctx.addIssue({ code: "custom", message: "Alleged provisions must cite the complaint's code version", path: ["allegedProvisions"] });
  }
});

export const HearingScheduleFields = {
  scheduledAt: z.coerce.date(),
  format: z.enum(["IN_PERSON", "VIDEO", "PHONE"]),
  location: ShortTextSchema.optional(),
  link: z.url().max(500).optional(),
  panelPersonIds: IdListSchema.min(1),
};

export const AppealDecisionOutcomeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("AFFIRM") }),
  z.object({
    kind: z.literal("MODIFY"),
    actions: SanctionActionsSchema.min(1),
    /** Increasing a sanction on appeal needs prior notice to the CCM (§5). */
    increaseNoticeGiven: z.boolean().default(false),
  }),
  z.object({ kind: z.literal("REVERSE") }),
  z.object({ kind: z.literal("REMAND"), instructions: TextSchema }),
]);

export const EventSchema = z.discriminatedUnion("type", [
  SubmitEventSchema,
  event("START_INTAKE", {}),
  event("REQUEST_COMPLAINANT_INFO", { missingItems: z.array(ShortTextSchema).min(1).max(30) }),
  event("COMPLAINANT_CURED", { note: TextSchema.optional(), documentIds: DocumentIdsSchema }),
  event("CURE_PERIOD_EXPIRED", {}),
  event("ACCEPT_FOR_REVIEW", { certificationId: IdSchema, chairConflictChecked: z.literal(true) }),
  event("WAIVE_LATE_FILING", { reasons: TextSchema }),
  event("DISMISS", { reasonCode: DismissalReasonSchema, reasons: TextSchema }),
  event("DEFER_LEGAL", {
    proceeding: z.object({
      kind: z.enum(["LICENSING_BOARD", "COURT", "POLICE", "EMPLOYER_GRIEVANCE", "OTHER_CERTIFIER", "OTHER"]),
      description: TextSchema,
      reference: ShortTextSchema.optional(),
    }),
  }),
  event("DEFERRAL_REVIEW_DUE", {}),
  event("RESUME_FROM_DEFERRAL", {
    externalOutcome: TextSchema,
    /** A final judgment or licensing order may be relied on as proof (§3 #8). */
    relyOnExternalFinding: z.boolean(),
    documentIds: DocumentIdsSchema,
  }),
  event("SEND_NOTICE_OF_COMPLAINT", { chargedProvisions: ProvisionListSchema.min(1), delivery: DeliverySchema }),
  event("REQUEST_EXTENSION", { days: z.number().int().min(1).max(90), reason: TextSchema }),
  event("GRANT_EXTENSION", { days: z.number().int().min(1).max(90), reasons: TextSchema.optional() }),
  event("DENY_EXTENSION", { reasons: TextSchema }),
  event("SUBMIT_RESPONSE", { statement: TextSchema, documentIds: DocumentIdsSchema }),
  event("RESPONSE_WINDOW_EXPIRED", {}),
  event("REQUEST_INFO", {
    from: z.enum(["COMPLAINANT", "CCM", "THIRD_PARTY"]),
    items: z.array(ShortTextSchema).min(1).max(30),
    thirdParty: z.object({ name: ShortTextSchema, email: z.email().optional() }).optional(),
  }).refine((request) => request.from !== "THIRD_PARTY" || request.thirdParty !== undefined, {
    message: "Name the third party",
    path: ["thirdParty"],
  }),
  event("INFO_RECEIVED", { documentIds: DocumentIdsSchema, note: TextSchema.optional() }),
  event("INFO_WINDOW_EXPIRED", {}),
  event("COMMENT_ON_ADVERSE_MATERIAL", { statement: TextSchema, documentIds: DocumentIdsSchema }),
  event("COMMITTEE_DISMISS", { reasonCode: DismissalReasonSchema, ...votedDecision }),
  event("PROPOSE_DISPOSITION", {
    findings: TextSchema,
    provisions: ProvisionListSchema.min(1),
    actions: SanctionActionsSchema.min(1),
    ...votedDecision,
  }),
  event("START_HEARING", votedDecision),
  event("ACCEPT_DISPOSITION", {
    signedName: ShortTextSchema,
    statement: TextSchema.optional(),
    /** Written acceptance waives the hearing and the appeal (§3 #15); the CCM must say so explicitly. */
    waiverAcknowledged: z.literal(true),
  }),
  event("ELECTION_WINDOW_EXPIRED", {}),
  event("REQUEST_HEARING", { signedName: ShortTextSchema, statement: TextSchema.optional() }),
  event("SCHEDULE_HEARING", HearingScheduleFields)
    .refine((hearing) => hearing.format !== "IN_PERSON" || hearing.location !== undefined, {
      message: "An in-person hearing needs a location",
      path: ["location"],
    })
    .refine((hearing) => hearing.format !== "VIDEO" || hearing.link !== undefined, {
      message: "A video hearing needs a link",
      path: ["link"],
    }),
  event("POSTPONE_HEARING", { requestedBy: z.enum(["CCM", "COMMITTEE"]), newDate: z.coerce.date(), reasons: TextSchema }),
  event("RECORD_HEARING_HELD", {
    presentPanelPersonIds: IdListSchema.min(1),
    respondentAppeared: z.boolean(),
    /** Must be the opposite of respondentAppeared: stated twice so an absence is never recorded by accident. */
    inAbsentia: z.boolean(),
    writtenStatementReceived: z.boolean().default(false),
    recordDocumentId: IdSchema.optional(),
  }).refine((held) => held.inAbsentia === !held.respondentAppeared, {
    message: "A hearing is in absentia exactly when the CCM did not appear",
    path: ["inAbsentia"],
  }),
  event("DECIDE_AFTER_HEARING", {
    findingsOfFact: TextSchema,
    provisionsBreached: ProvisionListSchema,
    actions: SanctionActionsSchema,
    ...votedDecision,
  }).refine((decision) => (decision.actions.length === 0) === (decision.provisionsBreached.length === 0), {
    message: "An action needs at least one provision breached, and a breach needs an action (at least a Letter of Instruction)",
    path: ["actions"],
  }),
  event("APPEAL_WINDOW_OPENS", { delivery: DeliverySchema }),
  event("FINALIZE", {}),
  event("FILE_APPEAL", {
    grounds: z
      .array(AppealGroundSchema)
      .min(1)
      .refine((grounds) => new Set(grounds).size === grounds.length, "Each ground once"),
    statement: TextSchema,
    documentIds: DocumentIdsSchema,
  }),
  event("ASSIGN_APPEAL_PANEL", { panelPersonIds: IdListSchema.min(1) }),
  event("DECIDE_APPEAL", { outcome: AppealDecisionOutcomeSchema, ...votedDecision }),
  event("RETURN_TO_COMMITTEE", {}),
  event("ACTIVATE_SANCTION", {}),
  event("VERIFY_CONDITIONS_MET", { conditionIds: IdListSchema.min(1), note: TextSchema.optional() }),
  event("SANCTION_TERM_ENDED", { sanctionId: IdSchema }),
  event("CLOSE", {}),
  event("REQUEST_WITHDRAWAL", { reason: TextSchema.optional() }),
  event("ACCEPT_WITHDRAWAL", { reasons: TextSchema.optional() }),
  event("CONTINUE_ON_OWN_MOTION", { reasons: TextSchema }),
  event("PETITION_REOPEN", {
    newEvidence: TextSchema,
    whyNotAvailableBefore: TextSchema,
    documentIds: DocumentIdsSchema,
    /** A petition beyond the limit, brought or allowed by the Chair. */
    chairLeave: z.boolean().default(false),
  }),
  event("RULE_ON_REOPEN", { ruling: z.enum(["GRANT", "DENY"]), ...votedDecision }),
]);

export type Event = z.output<typeof EventSchema>;
export type EventInput = z.input<typeof EventSchema>;
export type EventType = Event["type"];
export type EventOf<T extends EventType> = Extract<Event, { type: T }>;

/** All event types, in the order of the procedure (docs and tests iterate this). */
export const EVENT_TYPES = EventSchema.options.map((option) => option.shape.type.value) as readonly EventType[];
