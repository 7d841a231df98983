import type { CodeVersion } from "@/lib/domain/catalogue";
import type { LifecycleStatus } from "@/lib/domain/certification";
import type { Role } from "@/lib/domain/roles";
import type { SanctionAction, SanctionStatus, SanctionType } from "@/lib/domain/sanctions";
import type { AppealOutcomeKind } from "@/lib/domain/appeal-grounds";
import type { DeadlineKind } from "./deadlines";
import type { CaseState } from "./states";

/**
 * Who is acting. A person is anyone with an account (committee side, staff, a CCM or their
 * representative); the complainant acts through an access code, never an account; the system
 * fires timed and automatic events.
 */
export type Actor =
  | { kind: "person"; personId: string; roles: Role[]; certificationIds: string[] }
  /** complaintId ties a signed-in complainant (access code) to their own case; absent only while filing. */
  | { kind: "complainant"; complaintId?: string }
  | { kind: "system" };

export type InfoParty = "COMPLAINANT" | "CCM" | "THIRD_PARTY";
export type HearingParty = "CCM" | "COMMITTEE";

export interface DeadlineSnapshot {
  kind: DeadlineKind;
  dueAt: Date;
  /** Set while the clock is stopped (case on hold, withdrawal pending); a paused clock never expires. */
  pausedAt: Date | null;
  /** The sanction or condition a per-item deadline belongs to. */
  ref: string | null;
}

export interface SanctionConditionSnapshot {
  id: string;
  met: boolean;
  dueAt: Date | null;
}

export interface SanctionSnapshot {
  id: string;
  type: SanctionType;
  status: SanctionStatus;
  termMonths: number | null;
  /** When it took effect (FINAL, or the decision date where a stay does not apply). */
  effectiveFrom: Date | null;
  termEnded: boolean;
  conditions: SanctionConditionSnapshot[];
}

export interface HearingSnapshot {
  initiatedBy: HearingParty;
  scheduledAt: Date | null;
  panelPersonIds: string[];
  held: boolean;
}

/**
 * The plain data the workflow needs to judge an event; the server loads it in the transaction.
 * Every field changes only through an effect (SET_FIELDS or a specific effect), so applying a
 * transition's effects to a snapshot gives the next snapshot.
 */
export interface CaseSnapshot {
  id: string;
  state: CaseState;
  /** Optimistic concurrency counter; the server's conditional update checks it. */
  version: number;
  /** Opened by the Committee itself; there is no complainant to notify or ask. */
  ownMotion: boolean;
  codeVersion: CodeVersion;
  /** Null until staff match the respondent to a certification record. */
  respondentCertificationId: string | null;
  /** The matched certification's lifecycle status, for computing the disciplinary override. */
  respondentLifecycleStatus: LifecycleStatus | null;
  /** The CCM has been told of the complaint (decides who hears of a dismissal). */
  respondentNotified: boolean;
  /** Persons authorised to act for the CCM. */
  representativePersonIds: string[];
  /** EPCC members eligible on this case; committee votes need a majority of the non-recused ones. */
  committeePersonIds: string[];
  /** Commissioners who may be appointed to an appeal panel. */
  appealBodyPersonIds: string[];
  /** Persons recused on this case: they can never act on it. */
  recusedPersonIds: string[];
  /** Everyone who voted on or sat for a merits decision; the appeal panel must be disjoint. */
  decidingPersonIds: string[];
  appealPanelPersonIds: string[];
  /** Open (including paused) deadlines only. */
  openDeadlines: DeadlineSnapshot[];
  lateFiling: "NOT_LATE" | "FLAGGED" | "WAIVED";
  /** Rule codes (R1..R6) alleged, charged or found; R2/R4 lift the appeal stay. */
  allegedRuleIds: string[];
  extensionRequested: boolean;
  extensionGranted: boolean;
  infoRequestedFrom: InfoParty | null;
  withdrawalRequested: boolean;
  postponements: Record<HearingParty, number>;
  hearing: HearingSnapshot | null;
  proposedActions: SanctionAction[];
  /** Null until a decision; [] is a decision with no action. */
  decidedActions: SanctionAction[] | null;
  acceptedInWriting: boolean;
  appealFiled: boolean;
  appealOutcome: AppealOutcomeKind | null;
  finalAt: Date | null;
  sanctions: SanctionSnapshot[];
  reopenPetitions: number;
  reopenPetitionPending: boolean;
}

/** Fields a transition may set directly through a SET_FIELDS effect. */
export type CaseFieldsPatch = Partial<
  Pick<
    CaseSnapshot,
    | "ownMotion"
    | "codeVersion"
    | "respondentCertificationId"
    | "respondentNotified"
    | "appealPanelPersonIds"
    | "lateFiling"
    | "allegedRuleIds"
    | "extensionRequested"
    | "extensionGranted"
    | "infoRequestedFrom"
    | "withdrawalRequested"
    | "postponements"
    | "proposedActions"
    | "decidedActions"
    | "acceptedInWriting"
    | "appealFiled"
    | "appealOutcome"
    | "finalAt"
    | "reopenPetitions"
    | "reopenPetitionPending"
  >
>;

/**
 * Who may send an event: an account role, or a relation to this case. HEARING_PANEL_MEMBER and
 * APPEAL_PANEL_MEMBER are persons named on this case's panel who also hold the matching role.
 */
export type ActorRef =
  | Role
  | "COMPLAINANT"
  | "RESPONDENT"
  | "SYSTEM"
  | "HEARING_PANEL_MEMBER"
  | "APPEAL_PANEL_MEMBER";
