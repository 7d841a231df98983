import type { AppealGround } from "@/lib/domain/appeal-grounds";
import type { ProvisionRef } from "@/lib/domain/catalogue";
import type { CertificationStatus } from "@/lib/domain/certification";
import type { SanctionAction, SanctionType } from "@/lib/domain/sanctions";
import type { DeadlineKind, DeadlineWaitingOn } from "./deadlines";
import type { Vote } from "./event-fields";
import type { CaseFieldsPatch, HearingParty } from "./types";

/**
 * What a transition causes, as data. The server applies the list in order inside the same
 * transaction as the state change (ARCHITECTURE §5); nothing here performs I/O.
 */

export const RECIPIENTS = [
  "COMPLAINANT",
  "RESPONDENT",
  "COMMITTEE",
  "CHAIR",
  "HEARING_PANEL",
  "APPEAL_PANEL",
  "THIRD_PARTY",
  "LICENSING_BOARDS",
] as const;
export type Recipient = (typeof RECIPIENTS)[number];

/** Formal letters rendered as PDF and kept with the case. */
export const LETTER_KINDS = [
  "ACKNOWLEDGEMENT",
  "DEFICIENCY",
  "NOTICE_OF_COMPLAINT",
  "INFO_REQUEST",
  "PROPOSED_DISPOSITION",
  "NOTICE_OF_HEARING",
  "DECISION",
  "LETTER_OF_INSTRUCTION",
  "APPEAL_ACK",
  "APPEAL_DECISION",
  "CLOSURE",
  "REINSTATEMENT",
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export type DecisionStage = "PRELIMINARY" | "COMMITTEE" | "PROPOSED" | "HEARING" | "APPEAL" | "REOPEN";
export type DecisionOutcome = "DISMISSED" | "VIOLATION" | "AFFIRMED" | "MODIFIED" | "REVERSED" | "REMANDED" | "GRANTED" | "DENIED";
export type RetentionClass = "DISMISSED" | "VIOLATION" | "WITHDRAWN" | "ABANDONED" | "OPEN";

export type Effect =
  | { type: "OPEN_DEADLINE"; kind: DeadlineKind; dueAt: Date; waitingOn: DeadlineWaitingOn; ref?: string }
  /** SATISFIED: the awaited action happened. FIRED: it passed and its timed event ran. CANCELLED: no longer relevant. */
  | { type: "CLOSE_DEADLINE"; kind: DeadlineKind; outcome: "SATISFIED" | "FIRED" | "CANCELLED"; ref?: string }
  | { type: "EXTEND_DEADLINE"; kind: DeadlineKind; dueAt: Date }
  | { type: "CANCEL_ALL_DEADLINES" }
  /** Stops the named clocks; a paused clock never expires. */
  | { type: "PAUSE_DEADLINES"; kinds: DeadlineKind[]; at: Date }
  /** Restarts them; each due date moves later by the time it was paused. */
  | { type: "RESUME_DEADLINES"; kinds: DeadlineKind[]; at: Date }
  | { type: "NOTIFY"; template: string; to: Recipient; letter?: LetterKind }
  | { type: "SET_FIELDS"; fields: CaseFieldsPatch }
  | { type: "SET_PROVISIONS"; source: "ALLEGED" | "CHARGED" | "BREACHED"; provisions: ProvisionRef[] }
  | {
      type: "RECORD_DECISION";
      stage: DecisionStage;
      outcome: DecisionOutcome;
      reasonCode?: string;
      findings?: string;
      reasons?: string;
      provisions: ProvisionRef[];
      actions: SanctionAction[];
      votes: Vote[];
      /** The findings and provisions are those of the proposed disposition (acceptance, or silence). */
      adoptsProposal?: boolean;
      /** An appeal remanded: what the appeal panel tells the Committee to reconsider (§3 #24). */
      instructions?: string;
    }
  | { type: "ADD_DECIDING_MEMBERS"; personIds: string[] }
  | { type: "RECORD_APPEAL"; grounds: AppealGround[]; statement: string; documentIds: string[] }
  | { type: "OPEN_HEARING"; initiatedBy: HearingParty }
  | {
      type: "SCHEDULE_HEARING";
      scheduledAt: Date;
      format: "IN_PERSON" | "VIDEO" | "PHONE";
      location?: string;
      link?: string;
      panelPersonIds: string[];
    }
  /** A postponement: same panel and format, new date. */
  | { type: "RESCHEDULE_HEARING"; scheduledAt: Date; requestedBy: HearingParty }
  | {
      type: "RECORD_HEARING_HELD";
      heldAt: Date;
      presentPanelPersonIds: string[];
      inAbsentia: boolean;
      /** The CCM sent a written statement instead of appearing (§5). */
      writtenStatementReceived: boolean;
      recordDocumentId?: string;
    }
  /**
   * New sanction records for the decided actions. PENDING_FINAL waits for finality; ACTIVE takes
   * effect now (matters where the appeal stay does not apply: R2/R4).
   */
  | { type: "CREATE_SANCTIONS"; actions: SanctionAction[]; status: "PENDING_FINAL" | "ACTIVE"; effectiveFrom: Date | null }
  /** PENDING_FINAL → STAYED while an appeal is pending. */
  | { type: "STAY_SANCTIONS" }
  /** STAYED → PENDING_FINAL once the appeal is decided. */
  | { type: "LIFT_STAY" }
  /** PENDING_FINAL or STAYED → ACTIVE, effective `at` (the decision became final). */
  | { type: "MAKE_SANCTIONS_FINAL"; at: Date }
  /** Every not-yet-finished sanction (PENDING_FINAL, STAYED, ACTIVE) is set aside. */
  | { type: "SET_SANCTIONS_ASIDE"; status: "REVERSED" | "SUPERSEDED" }
  | { type: "COMPLETE_SANCTIONS"; sanctionIds: string[] }
  | { type: "MARK_CONDITIONS_MET"; conditionIds: string[]; at: Date }
  | { type: "MARK_TERM_ENDED"; sanctionId: string }
  | {
      type: "SET_CERTIFICATION_STATUS";
      certificationId: string;
      status: CertificationStatus;
      onProbation: boolean;
      reason: string;
      /** Set with REVOKED: the earliest date a new application may be made (§4). */
      reapplyNotBefore?: Date;
    }
  /** Only at FINAL and only public types (§4 publication). */
  | { type: "PUBLISH_SANCTIONS"; sanctionTypes: SanctionType[] }
  | { type: "UNPUBLISH_SANCTIONS" }
  | { type: "SET_RETENTION"; retentionClass: RetentionClass; retainYears: number | null };

export type EffectType = Effect["type"];
export type EffectOf<T extends EffectType> = Extract<Effect, { type: T }>;

export function effectsOfType<T extends EffectType>(effects: readonly Effect[], type: T): EffectOf<T>[] {
  return effects.filter((effect): effect is EffectOf<T> => effect.type === type);
}

export const notify = (template: string, to: Recipient, letter?: LetterKind): Effect =>
  letter ? { type: "NOTIFY", template, to, letter } : { type: "NOTIFY", template, to };

export const setFields = (fields: CaseFieldsPatch): Effect => ({ type: "SET_FIELDS", fields });
