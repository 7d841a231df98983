import type { LetterKind } from "@/lib/workflow";
import type { LetterFacts } from "../facts";
import { appealAck, appealDecision, closure, reinstatement } from "./appeals";
import type { ComposedLetter, LetterRecipient } from "./common";
import { decision, letterOfInstruction, noticeOfHearing, proposedDisposition } from "./decisions";
import { acknowledgement, deficiency, infoRequest, noticeOfComplaint } from "./intake";

export type { ComposedLetter, LetterRecipient } from "./common";

/** The wording of each formal letter (DOMAIN §3 notices), from the case as it is after the transition. */
export function composeLetter(kind: LetterKind, facts: LetterFacts, to: LetterRecipient): ComposedLetter {
  switch (kind) {
    case "ACKNOWLEDGEMENT":
      return acknowledgement(facts);
    case "DEFICIENCY":
      return deficiency(facts);
    case "NOTICE_OF_COMPLAINT":
      return noticeOfComplaint(facts);
    case "INFO_REQUEST":
      return infoRequest(facts, to);
    case "PROPOSED_DISPOSITION":
      return proposedDisposition(facts);
    case "NOTICE_OF_HEARING":
      return noticeOfHearing(facts);
    case "DECISION":
      return decision(facts, to);
    case "LETTER_OF_INSTRUCTION":
      return letterOfInstruction(facts);
    case "APPEAL_ACK":
      return appealAck(facts);
    case "APPEAL_DECISION":
      return appealDecision(facts);
    case "CLOSURE":
      return closure(facts, to);
    case "REINSTATEMENT":
      return reinstatement(facts);
  }
}
