import { APPEAL_GROUND_INFO, type AppealGround } from "@/lib/domain/appeal-grounds";
import type { LetterFacts } from "../facts";
import { describeAction, dueBy, h, list, longDate, p, type ComposedLetter, type LetterRecipient } from "./common";

/** Appeal acknowledgement and decision, closure and reinstatement. */

export function appealAck(facts: LetterFacts): ComposedLetter {
  const stayed = facts.sanctions.some((s) => s.status === "STAYED");
  return {
    title: "Acknowledgement of your appeal",
    blocks: [
      p(`We have received your appeal in case ${facts.reference}${facts.appeal ? `, filed on ${longDate(facts.appeal.filedAt)}` : ""}.`),
      h("Grounds"),
      list((facts.appeal?.grounds ?? []).map((g) => APPEAL_GROUND_INFO[g as AppealGround]?.label ?? g)),
      p("The appeal is decided on the record by a panel of commissioners who took no part in the decision. New evidence is considered through a petition to reopen, not on appeal."),
      p(`The panel aims to decide by ${dueBy(facts, "APPEAL_DECISION")}. ${stayed ? "Any sanction is stayed while the appeal is decided." : "Because of the nature of the matter, the sanction is not stayed while the appeal is decided."}`),
    ],
  };
}

const OUTCOME: Record<string, string> = {
  AFFIRMED: "The appeal panel affirms the decision.",
  MODIFIED: "The appeal panel modifies the action taken.",
  REVERSED: "The appeal panel reverses the decision: the complaint is dismissed.",
  REMANDED: "The appeal panel sends the case back to the Ethics & Professional Conduct Committee for a fresh decision.",
};

export function appealDecision(facts: LetterFacts): ComposedLetter {
  const outcome = facts.appeal?.outcome ?? facts.decision?.outcome ?? "";
  const modified = outcome === "MODIFIED" ? (facts.decision?.actions ?? []) : [];
  return {
    title: "Appeal decision",
    blocks: [
      p(`Appeal in case ${facts.reference}.`),
      p(OUTCOME[outcome] ?? "The appeal panel has decided the appeal."),
      ...(modified.length > 0 ? [h("Action as modified"), list(modified.map(describeAction))] : []),
      ...(facts.appeal?.reasons ? [h("Reasons"), p(facts.appeal.reasons)] : []),
      ...(outcome === "REMANDED" && facts.appeal?.instructions ? [h("Instructions to the Committee"), p(facts.appeal.instructions)] : []),
      p(outcome === "REMANDED" ? "You will be told of the Committee's next steps." : "This decision is final within the Commission."),
    ],
  };
}

export function closure(facts: LetterFacts, to: LetterRecipient): ComposedLetter {
  const withdrawn = facts.decision === null && facts.deadlines.length === 0;
  return {
    title: "Your complaint has been closed",
    blocks: [
      p(`Case ${facts.reference} is now closed.`),
      p(
        to === "COMPLAINANT"
          ? "This is the formal notice of the end of the procedure. If the complaint was closed because information did not arrive in time, you may file it again with the missing information."
          : "No further action will be taken.",
      ),
      ...(withdrawn ? [] : [p("Important new evidence that was not available before may support a petition to reopen within one year.")]),
      p("Thank you for bringing the matter to the Commission's attention."),
    ],
  };
}

export function reinstatement(facts: LetterFacts): ComposedLetter {
  return {
    title: "Reinstatement of your certification",
    blocks: [
      p(`The sanction in case ${facts.reference} that restricted your certification${facts.respondent.number ? ` ${facts.respondent.number}` : ""} has ended or been set aside.`),
      p("Your certification status has been restored on the registry and on the public verification record. You may use the CCM designation again, subject to the usual renewal requirements."),
    ],
  };
}

