import type { LetterFacts } from "../facts";
import { describeAction, dueBy, h, list, longDate, longDateTime, p, reasonLabel, respondentRights, type ComposedLetter, type LetterRecipient } from "./common";

/** Proposed Disposition, Notice of Hearing, decisions and the Letter of Instruction. */

export function proposedDisposition(facts: LetterFacts): ComposedLetter {
  const decision = facts.decision;
  return {
    title: "Proposed Disposition",
    blocks: [
      p(`Having reviewed complaint ${facts.reference} and your response, the Ethics & Professional Conduct Committee has made a preliminary finding that you breached the Code, and proposes the action below.`),
      h("Findings"),
      p(decision?.findings ?? "See the case file."),
      h("Provisions breached"),
      list(decision?.provisions.length ? decision.provisions : facts.charged),
      h("Proposed action"),
      list(decision?.actions.length ? decision.actions.map(describeAction) : ["See the case file."]),
      ...(decision?.reasons ? [h("Reasons"), p(decision.reasons)] : []),
      h("Your choice"),
      p(`By ${dueBy(facts, "ELECTION")} you may either accept the proposed action in writing through the CCM portal, or ask for a hearing before a panel of the Committee. Written acceptance waives the hearing and any appeal. If you do neither, the proposed action will stand as the decision (you keep the right to appeal).`),
      ...respondentRights(),
    ],
  };
}

export function noticeOfHearing(facts: LetterFacts): ComposedLetter {
  const hearing = facts.hearing;
  const format = hearing?.format === "IN_PERSON" ? "In person" : hearing?.format === "PHONE" ? "By telephone" : "By video";
  const where = hearing?.format === "IN_PERSON" ? (hearing.location ?? "To be confirmed") : hearing?.format === "VIDEO" ? (hearing.link ?? "A link will be sent") : "You will be called";
  return {
    title: "Notice of Hearing",
    blocks: [
      p(`A hearing on complaint ${facts.reference} will be held before a panel of the Ethics & Professional Conduct Committee.`),
      { kind: "facts", rows: [
        ["Date and time", hearing?.scheduledFor ? longDateTime(hearing.scheduledFor) : "To be confirmed"],
        ["Format", format],
        ["Place or link", where],
        ["Panel", hearing?.panel.map((member) => member.person.name).join(", ") || "To be confirmed"],
      ] },
      h("Allegations and provisions"),
      list(facts.charged.length > 0 ? facts.charged : facts.alleged),
      h("Your rights at the hearing"),
      list([
        "You may be represented by counsel at your own expense, present witnesses and documents, and see the evidence file in the portal.",
        "You may challenge a panel member for cause within 10 days of this notice.",
        "You may send a written statement instead of appearing.",
        "If you do not appear after this notice, the hearing may go ahead in your absence.",
      ]),
      p("The hearing is closed to the public. The complainant may be called as a witness."),
    ],
  };
}

function dismissalDecision(facts: LetterFacts): ComposedLetter {
  const decision = facts.decision;
  return {
    title: "Decision: complaint dismissed",
    blocks: [
      p(`The complaint ${facts.reference} has been dismissed.`),
      ...(reasonLabel(decision?.reasonCode ?? null) ? [h("Reason"), p(reasonLabel(decision?.reasonCode ?? null)!)] : []),
      ...(decision?.reasons ? [h("Reasons"), p(decision.reasons)] : []),
      p("No further action will be taken on this complaint."),
    ],
  };
}

export function decision(facts: LetterFacts, to: LetterRecipient): ComposedLetter {
  const decided = facts.decision;
  if (!decided || decided.outcome === "DISMISSED" || decided.actions.length === 0) return dismissalDecision(facts);
  const accepted = decided.stage === "PROPOSED";
  const appealable = !facts.deadlines.some((d) => d.kind === "APPEAL") && decided.stage === "HEARING";
  return {
    title: accepted ? "Decision: proposed disposition adopted" : "Decision after hearing",
    blocks: [
      p(
        accepted
          ? `The proposed disposition in case ${facts.reference} now stands as the decision of the Ethics & Professional Conduct Committee.`
          : `The hearing panel has decided case ${facts.reference}, on the preponderance of the evidence.`,
      ),
      ...(decided.findings ? [h("Findings of fact"), p(decided.findings)] : []),
      h("Provisions breached"),
      list(decided.provisions.length > 0 ? decided.provisions : facts.charged),
      h("Action"),
      list(decided.actions.map(describeAction)),
      ...(decided.reasons ? [h("Reasons"), p(decided.reasons)] : []),
      ...(to === "RESPONDENT"
        ? [
            h("Appeal"),
            p(
              appealable || !accepted
                ? `You may appeal this decision in writing through the CCM portal within the appeal period (by ${dueBy(facts, "APPEAL")} once it opens), on the grounds that the procedure was not followed, the findings are not supported by the record, the sanction is disproportionate, or a conflict of interest affected the decision.`
                : "If you accepted the proposed disposition in writing, you waived the hearing and any appeal. Otherwise you may appeal within the appeal period shown in the portal.",
            ),
            p("The action takes effect when the decision becomes final. Public sanctions are then shown on the public verification record."),
          ]
        : []),
    ],
  };
}

export function letterOfInstruction(facts: LetterFacts): ComposedLetter {
  const loi = facts.decision?.actions.find((action) => action.type === "LETTER_OF_INSTRUCTION");
  return {
    title: "Letter of Instruction",
    blocks: [
      p(`The decision in case ${facts.reference} is final. The Committee issues you this Letter of Instruction as corrective guidance. It is kept in the confidential file and is not published, but it may be considered in any later case.`),
      h("Provisions concerned"),
      list(facts.decision?.provisions.length ? facts.decision.provisions : facts.charged),
      h("Instruction"),
      p(facts.decision?.findings ?? "Review the Code provisions above and apply them in your practice."),
      ...(loi && "conditions" in loi && loi.conditions.length > 0 ? [h("Conditions"), list(loi.conditions.map((c) => `${c.description}${c.hours ? ` (${c.hours} hours)` : ""}${c.dueAt ? `, by ${longDate(c.dueAt)}` : ""}`))] : []),
      p("Please send proof that any conditions are met to the ethics coordinator through the CCM portal."),
    ],
  };
}
