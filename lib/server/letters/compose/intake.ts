import type { LetterFacts } from "../facts";
import { redactName } from "../redact";
import { dueBy, h, list, longDate, p, respondentRights, type ComposedLetter, type LetterRecipient } from "./common";

/** Acknowledgement, deficiency, Notice of Complaint and requests for information. */

export function acknowledgement(facts: LetterFacts): ComposedLetter {
  return {
    title: "Acknowledgement of your complaint",
    blocks: [
      p(`Thank you for your complaint about ${facts.respondent.name}, received on ${longDate(facts.receivedAt)}. It has been given the reference ${facts.reference}. Please quote it whenever you contact us.`),
      p("The ethics coordinator will first check that the complaint is complete. The Chair of the Ethics & Professional Conduct Committee then decides whether it can go forward. You can follow each step on the status page with your reference and access code."),
      p("The complaint and the procedure are confidential. You will not normally see the case manager's response, but you will be told the outcome."),
    ],
  };
}

export function deficiency(facts: LetterFacts): ComposedLetter {
  const items = facts.infoRequest?.items.split("\n").filter(Boolean) ?? [];
  return {
    title: "Information needed to continue your complaint",
    blocks: [
      p(`Your complaint ${facts.reference} cannot go forward until we receive the following:`),
      list(items.length > 0 ? items : ["The items listed on your status page."]),
      p(`Please send them through the status page by ${dueBy(facts, "CURE")}. If they do not arrive in time the complaint will be closed; you may file it again later with the missing information.`),
    ],
  };
}

export function noticeOfComplaint(facts: LetterFacts): ComposedLetter {
  const complainant = facts.identityShareable && facts.complainant ? facts.complainant.name : "the complainant, whose identity is withheld at their request";
  const narrative = facts.identityShareable ? facts.narrative : redactName(facts.narrative, facts.complainant?.name);
  return {
    title: "Notice of Complaint",
    blocks: [
      p(`A complaint has been filed with the Commission about your conduct as a Certified Case Manager${facts.respondent.number ? ` (certification ${facts.respondent.number})` : ""}. It was received on ${longDate(facts.receivedAt)} from ${complainant}.`),
      h("The complaint"),
      p(narrative),
      h("Provisions of the Code charged"),
      list(facts.charged.length > 0 ? facts.charged : facts.alleged),
      h("Your response"),
      p(`Please send your written response, with any documents you rely on, through the CCM portal by ${dueBy(facts, "RESPONSE")}. You may ask the Chair once for an extension before that date. If no response arrives in time, the Committee will review the complaint on the record.`),
      ...respondentRights(),
    ],
  };
}

export function infoRequest(facts: LetterFacts, to: LetterRecipient): ComposedLetter {
  const items = facts.infoRequest?.items.split("\n").filter(Boolean) ?? [];
  const how = to === "THIRD_PARTY" ? "Please reply to the ethics coordinator at the address above" : to === "RESPONDENT" ? "Please reply through the CCM portal" : "Please reply through the status page";
  return {
    title: "Request for information",
    blocks: [
      p(`In reviewing case ${facts.reference}, the Ethics & Professional Conduct Committee needs the following information:`),
      list(items.length > 0 ? items : ["The items listed in the case file."]),
      p(`${how} by ${dueBy(facts, "INFO")}.`),
      ...(to === "THIRD_PARTY" ? [p("This request and the proceedings are confidential.")] : []),
    ],
  };
}
