import type { SanctionAction } from "@/lib/domain/sanctions";
import type { CaseSnapshot, EventInput, EventType, Vote } from "@/lib/workflow";
import { days } from "./harness";
import { SAMPLE_EVENTS } from "./samples";
import { APPEAL_BODY, COMMITTEE } from "./world";

/**
 * Payloads for property tests: mostly valid for the case at hand (so sequences make progress),
 * with `variant` steering the choices and now and then breaking a rule (recused voters, too
 * little notice, an increase on appeal) so guards are exercised too.
 */

const ACTION_SETS: SanctionAction[][] = [
  [{ type: "LETTER_OF_INSTRUCTION", conditions: [] }],
  [{ type: "LETTER_OF_INSTRUCTION", conditions: [{ kind: "CE_HOURS", description: "Ethics CE", hours: 8 }] }],
  [{ type: "PRIVATE_REPRIMAND" }],
  [{ type: "PUBLIC_REPRIMAND" }],
  [{ type: "PROBATION", termMonths: 6, conditions: [{ kind: "REPORT", description: "Quarterly report" }] }],
  [{ type: "SUSPENSION", termMonths: 3, conditions: [] }],
  [{ type: "SUSPENSION", termMonths: 12, conditions: [{ kind: "CE_HOURS", description: "CE", hours: 10 }] }],
  [{ type: "REVOCATION" }],
];

const pick = <T>(items: readonly T[], variant: number): T => items[variant % items.length]!;

function votes(ids: readonly string[], snapshot: CaseSnapshot | null, variant: number): Vote[] {
  const eligible = ids.filter((id) => !snapshot?.recusedPersonIds.includes(id));
  switch (variant % 7) {
    case 0:
      return ids.map((personId) => ({ personId, choice: "FOR" })); // may include recused members
    case 1:
      return eligible.map((personId, i) => ({ personId, choice: i === 0 ? "FOR" : "AGAINST" }));
    default:
      return eligible.map((personId) => ({ personId, choice: "FOR" }));
  }
}

const codes = (variant: number) => pick([["S3"], ["S21", "S9"], ["R2"], ["R4", "S3"], ["R5"]], variant);
const refs = (variant: number) => codes(variant).map((code) => ({ codeVersion: 2015 as const, code }));

export function randomPayload(type: EventType, snapshot: CaseSnapshot | null, variant: number, now: Date): EventInput {
  const committee = COMMITTEE.filter((id) => variant % 11 === 0 || !snapshot?.recusedPersonIds.includes(id));
  const panel = snapshot?.hearing?.panelPersonIds ?? [];
  switch (type) {
    case "SUBMIT":
      return variant % 5 === 0
        ? { ...SAMPLE_EVENTS.SUBMIT, ownMotion: true, channel: "OWN_MOTION", allegedProvisions: refs(variant) }
        : { ...SAMPLE_EVENTS.SUBMIT, channel: variant % 3 === 0 ? "STAFF_ENTERED" : "WEB", allegedProvisions: refs(variant), learnedAt: days(-(variant % 500), now) };
    case "SEND_NOTICE_OF_COMPLAINT":
      return { type, chargedProvisions: refs(variant), delivery: variant % 2 ? "MAIL" : "ELECTRONIC" };
    case "REQUEST_INFO":
      return variant % 3 === 2
        ? { type, from: "THIRD_PARTY", items: ["Records"], thirdParty: { name: "Clinic" } }
        : { type, from: variant % 3 === 0 ? "COMPLAINANT" : "CCM", items: ["Dates"] };
    case "GRANT_EXTENSION":
    case "REQUEST_EXTENSION":
      return { ...SAMPLE_EVENTS[type], days: 5 + (variant % 30) };
    case "COMMITTEE_DISMISS":
    case "START_HEARING":
    case "RULE_ON_REOPEN":
      return { ...SAMPLE_EVENTS[type], votes: votes(committee, snapshot, variant), ...(type === "RULE_ON_REOPEN" && { ruling: variant % 2 ? "GRANT" : "DENY" }) };
    case "PROPOSE_DISPOSITION":
      return { ...SAMPLE_EVENTS[type], provisions: refs(variant), actions: pick(ACTION_SETS, variant), votes: votes(committee, snapshot, variant) };
    case "SCHEDULE_HEARING":
      return { ...SAMPLE_EVENTS[type], scheduledAt: days(25 + (variant % 15), now), panelPersonIds: committee.slice(variant % 2, (variant % 2) + 3 + (variant % 3)) };
    case "POSTPONE_HEARING":
      return { ...SAMPLE_EVENTS[type], requestedBy: variant % 2 ? "CCM" : "COMMITTEE", newDate: days(10 + (variant % 25), now) };
    case "RECORD_HEARING_HELD":
      return { ...SAMPLE_EVENTS[type], presentPanelPersonIds: variant % 9 === 0 ? panel.slice(0, 2) : panel };
    case "DECIDE_AFTER_HEARING": {
      const actions = variant % 6 === 0 ? [] : pick(ACTION_SETS, variant);
      return { ...SAMPLE_EVENTS[type], actions, provisionsBreached: actions.length ? refs(variant) : [], votes: votes(panel, snapshot, variant) };
    }
    case "ASSIGN_APPEAL_PANEL":
      return { type, panelPersonIds: variant % 7 === 0 ? ["a1", "a2", "m1"] : APPEAL_BODY.slice(variant % 2, (variant % 2) + 3) };
    case "DECIDE_APPEAL": {
      const outcome = pick(
        [
          { kind: "AFFIRM" as const },
          { kind: "REVERSE" as const },
          { kind: "REMAND" as const, instructions: "Reconsider" },
          { kind: "MODIFY" as const, actions: pick(ACTION_SETS, variant >> 2), increaseNoticeGiven: variant % 3 === 0 },
        ],
        variant,
      );
      return { ...SAMPLE_EVENTS[type], outcome, votes: votes(snapshot?.appealPanelPersonIds ?? [], snapshot, variant) };
    }
    case "VERIFY_CONDITIONS_MET": {
      const unmet = (snapshot?.sanctions ?? []).flatMap((s) => s.conditions.filter((c) => !c.met).map((c) => c.id));
      return { type, conditionIds: unmet.length ? [pick(unmet, variant)] : ["no-such-condition"] };
    }
    case "SANCTION_TERM_ENDED": {
      const terms = (snapshot?.openDeadlines ?? []).filter((d) => d.kind === "SANCTION_TERM").map((d) => d.ref ?? "");
      return { type, sanctionId: terms.length ? pick(terms, variant) : "no-such-sanction" };
    }
    case "PETITION_REOPEN":
      return { ...SAMPLE_EVENTS[type], chairLeave: variant % 4 === 0 };
    default:
      return SAMPLE_EVENTS[type];
  }
}
