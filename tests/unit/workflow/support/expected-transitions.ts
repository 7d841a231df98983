import { type Actor, type CaseState, type EffectType, type EventInput, type EventType } from "@/lib/workflow";
import { CaseRun, days } from "./harness";
import { REPRIMAND, ev, reach } from "./scenarios";
import { APPEAL_PANEL, actors, votesFor } from "./world";

/**
 * The specification the machine test checks the table against (DOMAIN §3), written out by hand:
 * for every allowed (state, event), who sends it, what must be true first, where it leads and
 * the effects that must come with it. Anything not listed must be refused.
 */
export interface PairCase {
  to: CaseState;
  actor: Actor;
  /** Defaults to the sample payload. */
  event?: EventInput | ((run: CaseRun) => EventInput);
  /** Defaults to reach(state). */
  start?: () => CaseRun;
  prepare?: (run: CaseRun) => void;
  effects: EffectType[];
  absent?: EffectType[];
}

type Table = { [S in CaseState]: Partial<Record<EventType, PairCase>> };

/** Starts from `from` and takes further steps, checking where they end. */
const from = (state: CaseState, to: CaseState, steps: (run: CaseRun) => void) => () => {
  const run = reach(state);
  steps(run);
  if (run.state !== to) throw new Error(`expected ${to}, got ${run.state}`);
  return run;
};

/** FINAL (or DECIDED) after a private reprimand accepted in writing, not yet moved on. */
const acceptedReprimand = (stopAt: "DECIDED" | "FINAL") =>
  from("COMMITTEE_REVIEW", stopAt, (run) => {
    run.send(actors.chair, ev.propose(REPRIMAND));
    run.send(actors.respondent, SAMPLE_ACCEPT, { automatic: false });
    if (stopAt === "FINAL") run.send(actors.system, { type: "FINALIZE" }, { automatic: false });
  });

const SAMPLE_ACCEPT: EventInput = { type: "ACCEPT_DISPOSITION", signedName: "C. Manager", waiverAcknowledged: true };
const request = (run: CaseRun) => run.send(actors.complainant, { type: "REQUEST_WITHDRAWAL" }, { automatic: false });
const petition = (run: CaseRun) => run.send(actors.respondent, ev.petition(), { automatic: false });
const firstCondition = (run: CaseRun) => run.case.sanctions[0]?.conditions[0]?.id ?? "missing";
const firstSanction = (run: CaseRun) => run.case.sanctions[0]?.id ?? "missing";

function withdrawal(state: CaseState): Partial<Record<EventType, PairCase>> {
  return {
    REQUEST_WITHDRAWAL: { to: state, actor: actors.complainant, effects: ["SET_FIELDS", "NOTIFY"] },
    ACCEPT_WITHDRAWAL: { to: "CLOSED_WITHDRAWN", actor: actors.chair, prepare: request, effects: ["SET_RETENTION", "NOTIFY"] },
    CONTINUE_ON_OWN_MOTION: { to: state, actor: actors.vice, prepare: request, effects: ["SET_FIELDS", "NOTIFY"] },
  };
}

function reopening(state: CaseState, start?: () => CaseRun): Partial<Record<EventType, PairCase>> {
  return {
    PETITION_REOPEN: { to: state, actor: actors.respondent, start, effects: ["SET_FIELDS", "OPEN_DEADLINE"] },
    RULE_ON_REOPEN: { to: "COMMITTEE_REVIEW", actor: actors.m1, start, prepare: petition, effects: ["RECORD_DECISION", "SET_FIELDS"] },
  };
}

const pre = (state: CaseState, rows: Partial<Record<EventType, PairCase>>) => ({ ...rows, ...withdrawal(state) });

const finalUnmoved = from("APPEAL_WINDOW", "FINAL", (run) => {
  run.advanceDays(40);
  run.send(actors.system, { type: "FINALIZE" }, { automatic: false });
});

export const EXPECTED_TRANSITIONS: Table = {
  SUBMITTED: pre("SUBMITTED", { START_INTAKE: { to: "INTAKE", actor: actors.staff, effects: ["CLOSE_DEADLINE"] } }),
  INTAKE: pre("INTAKE", {
    REQUEST_COMPLAINANT_INFO: { to: "AWAITING_COMPLAINANT_INFO", actor: actors.staff, effects: ["OPEN_DEADLINE", "NOTIFY"] },
    ACCEPT_FOR_REVIEW: { to: "PRELIMINARY_REVIEW", actor: actors.staff, effects: ["SET_FIELDS", "OPEN_DEADLINE"] },
  }),
  AWAITING_COMPLAINANT_INFO: pre("AWAITING_COMPLAINANT_INFO", {
    COMPLAINANT_CURED: { to: "INTAKE", actor: actors.complainant, effects: ["CLOSE_DEADLINE"] },
    CURE_PERIOD_EXPIRED: {
      to: "CLOSED_ABANDONED",
      actor: actors.system,
      prepare: (run) => run.advanceDays(31),
      effects: ["CLOSE_DEADLINE", "NOTIFY", "SET_RETENTION"],
    },
  }),
  PRELIMINARY_REVIEW: pre("PRELIMINARY_REVIEW", {
    WAIVE_LATE_FILING: { to: "PRELIMINARY_REVIEW", actor: actors.chair, prepare: (run) => run.patch({ lateFiling: "FLAGGED" }), effects: ["SET_FIELDS"] },
    DISMISS: { to: "CLOSED_DISMISSED", actor: actors.chair, effects: ["RECORD_DECISION", "NOTIFY", "SET_RETENTION"], absent: ["CREATE_SANCTIONS"] },
    DEFER_LEGAL: { to: "DEFERRED_LEGAL", actor: actors.chair, effects: ["PAUSE_DEADLINES", "OPEN_DEADLINE", "NOTIFY"] },
    SEND_NOTICE_OF_COMPLAINT: { to: "AWAITING_RESPONSE", actor: actors.chair, effects: ["SET_PROVISIONS", "OPEN_DEADLINE", "NOTIFY"] },
  }),
  DEFERRED_LEGAL: pre("DEFERRED_LEGAL", {
    DEFERRAL_REVIEW_DUE: {
      to: "DEFERRED_LEGAL",
      actor: actors.system,
      prepare: (run) => run.advanceDays(93),
      effects: ["CLOSE_DEADLINE", "OPEN_DEADLINE", "NOTIFY"],
    },
    RESUME_FROM_DEFERRAL: { to: "PRELIMINARY_REVIEW", actor: actors.chair, effects: ["RESUME_DEADLINES", "CLOSE_DEADLINE"] },
  }),
  AWAITING_RESPONSE: pre("AWAITING_RESPONSE", {
    REQUEST_EXTENSION: { to: "AWAITING_RESPONSE", actor: actors.respondent, effects: ["SET_FIELDS", "NOTIFY"] },
    GRANT_EXTENSION: {
      to: "AWAITING_RESPONSE",
      actor: actors.chair,
      prepare: (run) => run.send(actors.respondent, { type: "REQUEST_EXTENSION", days: 14, reason: "Illness" }),
      effects: ["EXTEND_DEADLINE", "NOTIFY"],
    },
    DENY_EXTENSION: {
      to: "AWAITING_RESPONSE",
      actor: actors.chair,
      prepare: (run) => run.send(actors.respondent, { type: "REQUEST_EXTENSION", days: 14, reason: "Illness" }),
      effects: ["SET_FIELDS", "NOTIFY"],
    },
    SUBMIT_RESPONSE: { to: "COMMITTEE_REVIEW", actor: actors.representative, effects: ["CLOSE_DEADLINE", "NOTIFY"] },
    RESPONSE_WINDOW_EXPIRED: { to: "COMMITTEE_REVIEW", actor: actors.system, prepare: (run) => run.advanceDays(31), effects: ["CLOSE_DEADLINE"] },
  }),
  COMMITTEE_REVIEW: pre("COMMITTEE_REVIEW", {
    REQUEST_INFO: { to: "AWAITING_INFO", actor: actors.m1, effects: ["SET_FIELDS", "OPEN_DEADLINE", "NOTIFY"] },
    COMMENT_ON_ADVERSE_MATERIAL: {
      to: "COMMITTEE_REVIEW",
      actor: actors.respondent,
      prepare: (run) => {
        run.send(actors.m1, { type: "REQUEST_INFO", from: "COMPLAINANT", items: ["Dates"] });
        run.send(actors.complainant, { type: "INFO_RECEIVED" });
      },
      effects: ["CLOSE_DEADLINE"],
    },
    COMMITTEE_DISMISS: { to: "CLOSED_DISMISSED", actor: actors.chair, effects: ["RECORD_DECISION", "SET_RETENTION"], absent: ["CREATE_SANCTIONS"] },
    PROPOSE_DISPOSITION: { to: "PROPOSED_DISPOSITION", actor: actors.m2, effects: ["RECORD_DECISION", "OPEN_DEADLINE", "NOTIFY"], absent: ["CREATE_SANCTIONS"] },
    START_HEARING: { to: "HEARING_SCHEDULED", actor: actors.m1, effects: ["OPEN_HEARING", "NOTIFY"] },
  }),
  AWAITING_INFO: pre("AWAITING_INFO", {
    INFO_RECEIVED: { to: "COMMITTEE_REVIEW", actor: actors.complainant, effects: ["CLOSE_DEADLINE", "OPEN_DEADLINE"] },
    INFO_WINDOW_EXPIRED: { to: "COMMITTEE_REVIEW", actor: actors.system, prepare: (run) => run.advanceDays(31), effects: ["CLOSE_DEADLINE"] },
    COMMENT_ON_ADVERSE_MATERIAL: {
      to: "AWAITING_INFO",
      actor: actors.respondent,
      prepare: (run) => {
        run.send(actors.complainant, { type: "INFO_RECEIVED" });
        run.send(actors.m1, { type: "REQUEST_INFO", from: "THIRD_PARTY", items: ["Records"], thirdParty: { name: "Clinic" } });
      },
      effects: ["CLOSE_DEADLINE"],
    },
  }),
  PROPOSED_DISPOSITION: pre("PROPOSED_DISPOSITION", {
    ACCEPT_DISPOSITION: { to: "DECIDED", actor: actors.respondent, effects: ["RECORD_DECISION", "CREATE_SANCTIONS", "NOTIFY"] },
    ELECTION_WINDOW_EXPIRED: {
      to: "DECIDED",
      actor: actors.system,
      prepare: (run) => run.advanceDays(31),
      effects: ["RECORD_DECISION", "CREATE_SANCTIONS"],
    },
    REQUEST_HEARING: { to: "HEARING_SCHEDULED", actor: actors.respondent, effects: ["OPEN_HEARING", "CLOSE_DEADLINE"] },
  }),
  HEARING_SCHEDULED: pre("HEARING_SCHEDULED", {
    SCHEDULE_HEARING: { to: "HEARING_SCHEDULED", actor: actors.chair, event: (run) => ev.schedule(days(31, run.now)), effects: ["SCHEDULE_HEARING", "NOTIFY"] },
    POSTPONE_HEARING: {
      to: "HEARING_SCHEDULED",
      actor: actors.chair,
      prepare: (run) => run.send(actors.chair, ev.schedule(days(31, run.now))),
      event: (run) => ({ type: "POSTPONE_HEARING", requestedBy: "CCM", newDate: days(20, run.now), reasons: "Illness" }),
      effects: ["RESCHEDULE_HEARING", "SET_FIELDS", "NOTIFY"],
    },
    RECORD_HEARING_HELD: {
      to: "HEARING_HELD",
      actor: actors.m1,
      prepare: (run) => {
        run.send(actors.chair, ev.schedule(days(31, run.now)));
        run.advanceDays(31);
      },
      effects: ["RECORD_HEARING_HELD", "OPEN_DEADLINE"],
    },
  }),
  HEARING_HELD: pre("HEARING_HELD", {
    DECIDE_AFTER_HEARING: { to: "DECIDED", actor: actors.m2, effects: ["RECORD_DECISION", "CREATE_SANCTIONS", "NOTIFY"] },
  }),
  DECIDED: pre("DECIDED", {
    APPEAL_WINDOW_OPENS: { to: "APPEAL_WINDOW", actor: actors.system, effects: ["OPEN_DEADLINE"] },
    FINALIZE: { to: "FINAL", actor: actors.system, start: acceptedReprimand("DECIDED"), effects: ["SET_FIELDS", "MAKE_SANCTIONS_FINAL", "NOTIFY"] },
  }),
  APPEAL_WINDOW: pre("APPEAL_WINDOW", {
    FILE_APPEAL: { to: "APPEAL_FILED", actor: actors.respondent, effects: ["CLOSE_DEADLINE", "STAY_SANCTIONS", "OPEN_DEADLINE", "NOTIFY"] },
    FINALIZE: {
      to: "FINAL",
      actor: actors.system,
      prepare: (run) => run.advanceDays(31),
      effects: ["MAKE_SANCTIONS_FINAL", "PUBLISH_SANCTIONS", "SET_CERTIFICATION_STATUS"],
    },
  }),
  APPEAL_FILED: pre("APPEAL_FILED", {
    ASSIGN_APPEAL_PANEL: { to: "APPEAL_FILED", actor: actors.staff, effects: ["SET_FIELDS", "NOTIFY"] },
    DECIDE_APPEAL: {
      to: "APPEAL_DECIDED",
      actor: actors.a2,
      prepare: (run) => run.send(actors.staff, ev.panel()),
      effects: ["RECORD_DECISION", "LIFT_STAY", "NOTIFY"],
    },
  }),
  APPEAL_DECIDED: pre("APPEAL_DECIDED", {
    FINALIZE: { to: "FINAL", actor: actors.system, effects: ["MAKE_SANCTIONS_FINAL", "PUBLISH_SANCTIONS"] },
    RETURN_TO_COMMITTEE: {
      to: "COMMITTEE_REVIEW",
      actor: actors.system,
      start: from("APPEAL_FILED", "APPEAL_DECIDED", (run) => {
        run.send(actors.staff, ev.panel());
        run.send(actors.a1, ev.decideAppeal({ kind: "REMAND", instructions: "Reconsider" }, votesFor(APPEAL_PANEL)), { automatic: false });
      }),
      effects: ["ADD_DECIDING_MEMBERS", "SET_FIELDS"],
    },
  }),
  FINAL: {
    ACTIVATE_SANCTION: { to: "SANCTION_ACTIVE", actor: actors.system, start: finalUnmoved, effects: ["OPEN_DEADLINE", "NOTIFY"] },
    CLOSE: { to: "CLOSED", actor: actors.staff, start: acceptedReprimand("FINAL"), effects: ["COMPLETE_SANCTIONS", "NOTIFY"] },
    ...reopening("FINAL", finalUnmoved),
  },
  SANCTION_ACTIVE: {
    VERIFY_CONDITIONS_MET: {
      to: "SANCTION_ACTIVE",
      actor: actors.staff,
      event: (run) => ({ type: "VERIFY_CONDITIONS_MET", conditionIds: [firstCondition(run)] }),
      effects: ["MARK_CONDITIONS_MET", "CLOSE_DEADLINE"],
    },
    SANCTION_TERM_ENDED: {
      to: "SANCTION_ACTIVE",
      actor: actors.system,
      prepare: (run) => run.advanceDays(200),
      event: (run) => ({ type: "SANCTION_TERM_ENDED", sanctionId: firstSanction(run) }),
      effects: ["CLOSE_DEADLINE", "MARK_TERM_ENDED", "NOTIFY"],
    },
    CLOSE: {
      to: "CLOSED",
      actor: actors.system,
      prepare: (run) => {
        run.advanceDays(200);
        run.send(actors.system, { type: "SANCTION_TERM_ENDED", sanctionId: firstSanction(run) });
        run.send(actors.staff, { type: "VERIFY_CONDITIONS_MET", conditionIds: [firstCondition(run)] }, { automatic: false });
      },
      effects: ["NOTIFY"],
    },
    ...reopening("SANCTION_ACTIVE"),
  },
  CLOSED: reopening("CLOSED"),
  CLOSED_DISMISSED: {},
  CLOSED_WITHDRAWN: {},
  CLOSED_ABANDONED: {},
};
