import type { SanctionAction } from "@/lib/domain/sanctions";
import type { CaseState, EventInput, EventType, Vote } from "@/lib/workflow";
import { CaseRun, days } from "./harness";
import { APPEAL_PANEL, HEARING_PANEL, RESPONDENT_CERT, actors, votesFor } from "./world";

/** Valid payloads for each step of the procedure, and paths that reach every state. */

export const SUSPENSION: SanctionAction[] = [
  {
    type: "SUSPENSION",
    termMonths: 6,
    conditions: [{ kind: "CE_HOURS", description: "Ethics CE", hours: 8, dueAt: new Date("2027-06-01T00:00:00Z") }],
  },
];
export const REPRIMAND: SanctionAction[] = [{ type: "PRIVATE_REPRIMAND" }];
const MAJORITY = ["chair", "m1", "m2"];
type In<T extends EventType> = Extract<EventInput, { type: T }>;

export const ev = {
  submit: (over: Partial<In<"SUBMIT">> = {}): In<"SUBMIT"> => ({
    type: "SUBMIT",
    ownMotion: false,
    channel: "WEB",
    attestation: true,
    releaseOfInformationConsent: true,
    complainantIdentified: true,
    codeVersion: 2015,
    allegedProvisions: [{ codeVersion: 2015, code: "S3" }],
    ...over,
  }),
  accept: (): In<"ACCEPT_FOR_REVIEW"> => ({ type: "ACCEPT_FOR_REVIEW", certificationId: RESPONDENT_CERT, chairConflictChecked: true }),
  notice: (codes: string[] = ["S3"]): In<"SEND_NOTICE_OF_COMPLAINT"> => ({
    type: "SEND_NOTICE_OF_COMPLAINT",
    chargedProvisions: codes.map((code) => ({ codeVersion: 2015, code })),
  }),
  respond: (): In<"SUBMIT_RESPONSE"> => ({ type: "SUBMIT_RESPONSE", statement: "My response", documentIds: [] }),
  propose: (actions: SanctionAction[] = SUSPENSION, codes: string[] = ["S3"]): In<"PROPOSE_DISPOSITION"> => ({
    type: "PROPOSE_DISPOSITION",
    findings: "Findings",
    provisions: codes.map((code) => ({ codeVersion: 2015, code })),
    actions,
    reasons: "Reasons",
    votes: votesFor(MAJORITY),
  }),
  schedule: (at: Date, panel: string[] = HEARING_PANEL): In<"SCHEDULE_HEARING"> => ({
    type: "SCHEDULE_HEARING",
    scheduledAt: at,
    format: "VIDEO",
    link: "https://video.example.org/h/1",
    panelPersonIds: panel,
  }),
  held: (present: string[] = HEARING_PANEL): In<"RECORD_HEARING_HELD"> => ({
    type: "RECORD_HEARING_HELD",
    presentPanelPersonIds: present,
    respondentAppeared: true,
    inAbsentia: false,
  }),
  decideHearing: (actions: SanctionAction[] = SUSPENSION, votes: Vote[] = votesFor(HEARING_PANEL)): In<"DECIDE_AFTER_HEARING"> => ({
    type: "DECIDE_AFTER_HEARING",
    findingsOfFact: "Facts",
    provisionsBreached: actions.length > 0 ? [{ codeVersion: 2015, code: "S3" }] : [],
    actions,
    reasons: "Reasons",
    votes,
  }),
  appeal: (): In<"FILE_APPEAL"> => ({ type: "FILE_APPEAL", grounds: ["SANCTION_DISPROPORTIONATE"], statement: "Too harsh", documentIds: [] }),
  panel: (ids: string[] = APPEAL_PANEL): In<"ASSIGN_APPEAL_PANEL"> => ({ type: "ASSIGN_APPEAL_PANEL", panelPersonIds: ids }),
  decideAppeal: (
    outcome: In<"DECIDE_APPEAL">["outcome"] = { kind: "AFFIRM" },
    votes: Vote[] = votesFor(APPEAL_PANEL),
  ): In<"DECIDE_APPEAL"> => ({ type: "DECIDE_APPEAL", outcome, reasons: "Appeal reasons", votes }),
  dismiss: (): In<"DISMISS"> => ({ type: "DISMISS", reasonCode: "FRIVOLOUS", reasons: "No basis" }),
  petition: (): In<"PETITION_REOPEN"> => ({ type: "PETITION_REOPEN", newEvidence: "New", whyNotAvailableBefore: "Hidden", documentIds: [] }),
};

type Step = (run: CaseRun) => void;

const toIntake: Step = (run) => {
  run.send(actors.complainant, ev.submit());
  run.send(actors.staff, { type: "START_INTAKE" });
};
const toPrelim: Step = (run) => {
  toIntake(run);
  run.send(actors.staff, ev.accept());
};
const toCommitteeReview: Step = (run) => {
  toPrelim(run);
  run.send(actors.chair, ev.notice());
  run.send(actors.respondent, ev.respond());
};
const toProposed = (actions: SanctionAction[]): Step => (run) => {
  toCommitteeReview(run);
  run.send(actors.chair, ev.propose(actions));
};
const toHearingHeld: Step = (run) => {
  toProposed(SUSPENSION)(run);
  run.send(actors.respondent, { type: "REQUEST_HEARING", signedName: "C. Manager" });
  run.send(actors.chair, ev.schedule(days(35, run.now)));
  run.advanceDays(35);
  run.send(actors.chair, ev.held());
};
const toAppealWindow: Step = (run) => {
  toHearingHeld(run);
  run.send(actors.chair, ev.decideHearing());
};
const toAppealFiled: Step = (run) => {
  toAppealWindow(run);
  run.send(actors.respondent, ev.appeal());
};
/** Final with a 6-month suspension and a CE condition: the system moves it on to SANCTION_ACTIVE. */
const toSanctionActive: Step = (run) => {
  toAppealWindow(run);
  run.advanceDays(40);
  run.send(actors.system, { type: "FINALIZE" });
};

/** How to reach each state from nothing, through accepted events only. */
export const PATHS: Record<CaseState, Step> = {
  SUBMITTED: (run) => run.send(actors.complainant, ev.submit()),
  INTAKE: toIntake,
  AWAITING_COMPLAINANT_INFO: (run) => {
    toIntake(run);
    run.send(actors.staff, { type: "REQUEST_COMPLAINANT_INFO", missingItems: ["Signed consent"] });
  },
  PRELIMINARY_REVIEW: toPrelim,
  DEFERRED_LEGAL: (run) => {
    toPrelim(run);
    run.send(actors.chair, { type: "DEFER_LEGAL", proceeding: { kind: "COURT", description: "Civil suit" } });
  },
  AWAITING_RESPONSE: (run) => {
    toPrelim(run);
    run.send(actors.chair, ev.notice());
  },
  COMMITTEE_REVIEW: toCommitteeReview,
  AWAITING_INFO: (run) => {
    toCommitteeReview(run);
    run.send(actors.m1, { type: "REQUEST_INFO", from: "COMPLAINANT", items: ["Dates of visits"] });
  },
  PROPOSED_DISPOSITION: toProposed(SUSPENSION),
  HEARING_SCHEDULED: (run) => {
    toProposed(SUSPENSION)(run);
    run.send(actors.respondent, { type: "REQUEST_HEARING", signedName: "C. Manager" });
  },
  HEARING_HELD: toHearingHeld,
  DECIDED: (run) => {
    toHearingHeld(run);
    run.send(actors.chair, ev.decideHearing(), { automatic: false });
  },
  APPEAL_WINDOW: toAppealWindow,
  APPEAL_FILED: toAppealFiled,
  APPEAL_DECIDED: (run) => {
    toAppealFiled(run);
    run.send(actors.staff, ev.panel());
    run.send(actors.a1, ev.decideAppeal(), { automatic: false });
  },
  FINAL: (run) => {
    toAppealWindow(run);
    run.advanceDays(40);
    run.send(actors.system, { type: "FINALIZE" }, { automatic: false });
  },
  SANCTION_ACTIVE: toSanctionActive,
  CLOSED: (run) => {
    toProposed(REPRIMAND)(run);
    run.send(actors.respondent, { type: "ACCEPT_DISPOSITION", signedName: "C. Manager", waiverAcknowledged: true });
  },
  CLOSED_DISMISSED: (run) => {
    toPrelim(run);
    run.send(actors.chair, ev.dismiss());
  },
  CLOSED_WITHDRAWN: (run) => {
    run.send(actors.complainant, ev.submit());
    run.send(actors.complainant, { type: "REQUEST_WITHDRAWAL" });
    run.send(actors.chair, { type: "ACCEPT_WITHDRAWAL" });
  },
  CLOSED_ABANDONED: (run) => {
    PATHS.AWAITING_COMPLAINANT_INFO(run);
    run.advanceDays(40);
    run.send(actors.system, { type: "CURE_PERIOD_EXPIRED" });
  },
};

export function reach(state: CaseState): CaseRun {
  const run = new CaseRun();
  PATHS[state](run);
  if (run.state !== state) throw new Error(`Path to ${state} ended in ${run.state}`);
  return run;
}
