import "server-only";
import { digestToken } from "../tokens";
import type { NewCaseInput } from "@/lib/domain/new-case";
import type { SanctionAction } from "@/lib/domain/sanctions";
import { CASE_STATES, type Actor, type CaseState, type EventInput } from "@/lib/workflow";
import type { Db } from "../db-factory";
import { createCase } from "./create-case";
import { runTransition } from "./run-transition";

/**
 * Scripted procedures: the events that take a new complaint to each state, sent through
 * createCase and runTransition exactly as people would send them. Test factories and the demo
 * seed both use this, so every seeded or test case got where it is by the rules.
 */

/** States the system leaves at once (automaticEventFor): a case never rests in them. */
export const TRANSIENT_STATES = ["DECIDED", "APPEAL_DECIDED", "FINAL"] as const satisfies readonly CaseState[];
export type RestingState = Exclude<CaseState, (typeof TRANSIENT_STATES)[number]>;
export const RESTING_STATES = CASE_STATES.filter(
  (state): state is RestingState => !(TRANSIENT_STATES as readonly CaseState[]).includes(state),
);

/** The people a scripted case needs; ids are real Person rows. */
export interface Cast {
  staff: Actor;
  chair: Actor;
  /** Committee members who vote FOR; must be a majority of the non-recused committee. */
  voterIds: string[];
  /** At least the hearing quorum; each holds a committee role. */
  hearingPanelIds: string[];
  /** Commissioners (APPEAL_PANEL) who took no part in the decision. */
  appealPanelIds: string[];
  respondent: Actor;
  respondentCertificationId: string;
}

/** A clock the script moves forward when the procedure needs time to pass (notice periods, deadlines). */
export class ManualClock {
  private current: Date;
  constructor(start: Date) {
    this.current = new Date(start.getTime());
  }
  now(): Date {
    return new Date(this.current.getTime());
  }
  advanceDays(days: number): Date {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
    return this.now();
  }
}

export interface PathOptions {
  db: Db;
  cast: Cast;
  clock: ManualClock;
  /** The complaint as filed (defaults to sampleNewCase()). */
  complaint?: NewCaseInput;
  /** Actions proposed or decided on the way (default: a 6-month suspension with an ethics CE condition). */
  actions?: SanctionAction[];
  /** Codes cited on the way; must exist in the complaint's code version. */
  provisionCodes?: string[];
  /** Hours between steps, so the history reads like real work. */
  stepHours?: number;
}

export interface ScriptedCase {
  id: string;
  reference: string;
  /** Complainant actor for this case. */
  complainant: Actor;
}

const votes = (ids: readonly string[]) => ids.map((personId) => ({ personId, choice: "FOR" as const }));

/** Default filing used by factories and the seed; every field can be overridden. */
export function sampleNewCase(overrides: Partial<NewCaseInput> = {}): NewCaseInput {
  return {
    channel: "WEB",
    codeVersion: 2023,
    complainant: {
      name: "Pat Complainant",
      email: "pat.complainant@example.org",
      relationship: "CLIENT",
      shareWithRespondent: false,
      accessCodeHash: digestToken("demo-access-code"),
    },
    respondent: { name: "Casey Manager" },
    allegation: {
      narrative: "The case manager stopped all contact without notice and did not arrange a handover.",
      allegedProvisions: [{ codeVersion: 2023, code: "S11" }],
    },
    consents: { releaseOfInformation: true, confidentiality: true, truthfulnessAttestation: true, signedName: "Pat Complainant" },
    ...overrides,
  };
}

export const DEFAULT_ACTIONS: SanctionAction[] = [
  { type: "SUSPENSION", termMonths: 6, conditions: [{ kind: "CE_HOURS", description: "Ethics continuing education", hours: 8 }] },
];

type Step = (run: Run) => Promise<void>;

class Run {
  complainant: Actor = { kind: "complainant" };
  id = "";
  reference = "";
  constructor(public options: PathOptions) {}

  get cast() {
    return this.options.cast;
  }
  get codeVersion() {
    return this.options.complaint?.codeVersion ?? 2023;
  }
  provisions() {
    return (this.options.provisionCodes ?? ["S11"]).map((code) => ({ codeVersion: this.codeVersion, code }));
  }
  actions() {
    return this.options.actions ?? DEFAULT_ACTIONS;
  }
  tick(): Date {
    return this.options.clock.advanceDays((this.options.stepHours ?? 20) / 24);
  }
  async file(): Promise<void> {
    const created = await createCase(this.options.complaint ?? sampleNewCase(), { db: this.options.db, now: this.tick() });
    this.id = created.id;
    this.reference = created.reference;
    this.complainant = { kind: "complainant", complaintId: created.id };
  }
  async send(actor: Actor, event: EventInput): Promise<void> {
    await runTransition({ caseId: this.id, actor, event, now: this.tick(), db: this.options.db });
  }
}

const toSubmitted: Step = (run) => run.file();
const toIntake: Step = async (run) => {
  await toSubmitted(run);
  await run.send(run.cast.staff, { type: "START_INTAKE" });
};
const toPrelim: Step = async (run) => {
  await toIntake(run);
  await run.send(run.cast.staff, { type: "ACCEPT_FOR_REVIEW", certificationId: run.cast.respondentCertificationId, chairConflictChecked: true });
};
const toAwaitingResponse: Step = async (run) => {
  await toPrelim(run);
  await run.send(run.cast.chair, { type: "SEND_NOTICE_OF_COMPLAINT", chargedProvisions: run.provisions() });
};
const toCommitteeReview: Step = async (run) => {
  await toAwaitingResponse(run);
  await run.send(run.cast.respondent, { type: "SUBMIT_RESPONSE", statement: "I gave notice by telephone and arranged a handover.", documentIds: [] });
};
const toProposed: Step = async (run) => {
  await toCommitteeReview(run);
  await run.send(run.cast.chair, {
    type: "PROPOSE_DISPOSITION",
    findings: "Services ended without documented notice.",
    provisions: run.provisions(),
    actions: run.actions(),
    reasons: "The record shows no written notice or handover.",
    votes: votes(run.cast.voterIds),
  });
};
const toHearingCalled: Step = async (run) => {
  await toProposed(run);
  await run.send(run.cast.respondent, { type: "REQUEST_HEARING", signedName: "Respondent" });
};
const toHearingScheduled: Step = async (run) => {
  await toHearingCalled(run);
  const at = new Date(run.options.clock.now().getTime() + 40 * 86_400_000);
  at.setUTCHours(15, 0, 0, 0);
  await run.send(run.cast.chair, {
    type: "SCHEDULE_HEARING",
    scheduledAt: at,
    format: "VIDEO",
    link: "https://video.example.org/hearing",
    panelPersonIds: run.cast.hearingPanelIds,
  });
};
const toHearingHeld: Step = async (run) => {
  await toHearingScheduled(run);
  run.options.clock.advanceDays(41);
  const panelMember: Actor = { kind: "person", personId: run.cast.hearingPanelIds[0]!, roles: ["COMMITTEE_MEMBER"], certificationIds: [] };
  await run.send(panelMember, { type: "RECORD_HEARING_HELD", presentPanelPersonIds: run.cast.hearingPanelIds, respondentAppeared: true, inAbsentia: false });
};
const toAppealWindow: Step = async (run) => {
  await toHearingHeld(run);
  const panelMember: Actor = { kind: "person", personId: run.cast.hearingPanelIds[0]!, roles: ["COMMITTEE_MEMBER"], certificationIds: [] };
  await run.send(panelMember, {
    type: "DECIDE_AFTER_HEARING",
    findingsOfFact: "Services ended without documented notice.",
    provisionsBreached: run.provisions(),
    actions: run.actions(),
    reasons: "Proved on the preponderance of the evidence.",
    votes: votes(run.cast.hearingPanelIds),
  });
};
const toAppealFiled: Step = async (run) => {
  await toAppealWindow(run);
  await run.send(run.cast.respondent, { type: "FILE_APPEAL", grounds: ["SANCTION_DISPROPORTIONATE"], statement: "The sanction is too harsh.", documentIds: [] });
};
const toSanctionActive: Step = async (run) => {
  await toAppealWindow(run);
  run.options.clock.advanceDays(45);
  await run.send({ kind: "system" }, { type: "FINALIZE" });
};

const PATHS: Record<RestingState, Step> = {
  SUBMITTED: toSubmitted,
  INTAKE: toIntake,
  AWAITING_COMPLAINANT_INFO: async (run) => {
    await toIntake(run);
    await run.send(run.cast.staff, { type: "REQUEST_COMPLAINANT_INFO", missingItems: ["Signed release of information"] });
  },
  PRELIMINARY_REVIEW: toPrelim,
  DEFERRED_LEGAL: async (run) => {
    await toPrelim(run);
    await run.send(run.cast.chair, { type: "DEFER_LEGAL", proceeding: { kind: "LICENSING_BOARD", description: "State board of nursing inquiry" } });
  },
  AWAITING_RESPONSE: toAwaitingResponse,
  COMMITTEE_REVIEW: toCommitteeReview,
  AWAITING_INFO: async (run) => {
    await toCommitteeReview(run);
    await run.send(run.cast.chair, { type: "REQUEST_INFO", from: "COMPLAINANT", items: ["Dates of the last three visits"] });
  },
  PROPOSED_DISPOSITION: toProposed,
  HEARING_SCHEDULED: toHearingScheduled,
  HEARING_HELD: toHearingHeld,
  APPEAL_WINDOW: toAppealWindow,
  APPEAL_FILED: toAppealFiled,
  SANCTION_ACTIVE: toSanctionActive,
  CLOSED: async (run) => {
    run.options = { ...run.options, actions: run.options.actions ?? [{ type: "PRIVATE_REPRIMAND" }] };
    await toProposed(run);
    await run.send(run.cast.respondent, { type: "ACCEPT_DISPOSITION", signedName: "Respondent", waiverAcknowledged: true });
  },
  CLOSED_DISMISSED: async (run) => {
    await toPrelim(run);
    await run.send(run.cast.chair, { type: "DISMISS", reasonCode: "NO_BREACH_ALLEGED", reasons: "The conduct described would not breach the Code." });
  },
  CLOSED_WITHDRAWN: async (run) => {
    await toIntake(run);
    await run.send(run.complainant, { type: "REQUEST_WITHDRAWAL" });
    await run.send(run.cast.chair, { type: "ACCEPT_WITHDRAWAL" });
  },
  CLOSED_ABANDONED: async (run) => {
    await PATHS.AWAITING_COMPLAINANT_INFO(run);
    run.options.clock.advanceDays(40);
    await run.send({ kind: "system" }, { type: "CURE_PERIOD_EXPIRED" });
  },
};

/** Files a complaint and replays the events that bring it to `state`. */
export async function driveCaseTo(state: CaseState, options: PathOptions): Promise<ScriptedCase> {
  if ((TRANSIENT_STATES as readonly CaseState[]).includes(state)) {
    throw new Error(`${state} is left automatically the moment it is reached; choose a resting state`);
  }
  const run = new Run(options);
  await PATHS[state as RestingState](run);
  return { id: run.id, reference: run.reference, complainant: run.complainant };
}
