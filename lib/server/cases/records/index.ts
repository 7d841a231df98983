import "server-only";
import { isRespondent } from "@/lib/workflow";
import type { EffectContext } from "../effects/context";
import { storeStatement } from "./documents";
import {
  recordDeferral,
  recordDeferralOutcome,
  recordExtensionRequest,
  recordExtensionRuling,
  recordInfoAnswered,
  recordInfoRequest,
  recordReopenPetition,
  recordRulingNote,
} from "./requests";

/**
 * What an event itself puts on the record, beyond its effects: requests, rulings, statements.
 * Runs before the effects, so notices can reach e.g. a third party named in the request.
 * Decisions, hearings, appeals and sanctions are effects and are written there instead.
 */
export async function recordEvent(ctx: EffectContext): Promise<void> {
  const { event } = ctx;
  switch (event.type) {
    case "REQUEST_COMPLAINANT_INFO":
    case "REQUEST_INFO":
      return recordInfoRequest(ctx, event);
    case "COMPLAINANT_CURED":
    case "INFO_RECEIVED":
      return recordInfoAnswered(ctx, event.note);
    case "REQUEST_EXTENSION":
      return recordExtensionRequest(ctx, event);
    case "GRANT_EXTENSION":
    case "DENY_EXTENSION":
      await recordExtensionRuling(ctx, event);
      return recordRulingNote(ctx, event.reasons);
    case "PETITION_REOPEN":
      return recordReopenPetition(ctx, event, isRespondent(ctx.before, ctx.actor));
    case "DEFER_LEGAL":
      return recordDeferral(ctx, event);
    case "RESUME_FROM_DEFERRAL":
      return recordDeferralOutcome(ctx, event);
    case "SUBMIT_RESPONSE":
      return storeStatement(ctx, { kind: "RESPONSE", audience: "COMMITTEE_AND_RESPONDENT", name: "response", text: event.statement });
    case "COMMENT_ON_ADVERSE_MATERIAL":
      return storeStatement(ctx, { kind: "STATEMENT", audience: "COMMITTEE_AND_RESPONDENT", name: "comment", text: event.statement });
    case "REQUEST_HEARING":
    case "ACCEPT_DISPOSITION":
      return event.statement
        ? storeStatement(ctx, { kind: "STATEMENT", audience: "COMMITTEE_AND_RESPONDENT", name: "election-statement", text: event.statement })
        : undefined;
    case "REQUEST_WITHDRAWAL":
      return event.reason
        ? storeStatement(ctx, { kind: "STATEMENT", audience: "COMMITTEE_AND_COMPLAINANT", name: "withdrawal-request", text: event.reason })
        : undefined;
    case "WAIVE_LATE_FILING":
    case "CONTINUE_ON_OWN_MOTION":
    case "POSTPONE_HEARING":
    case "ACCEPT_WITHDRAWAL":
    // Why the Committee called a hearing itself (§3 #14); its votes are in the audit payload.
    case "START_HEARING":
      return recordRulingNote(ctx, event.reasons);
    case "VERIFY_CONDITIONS_MET":
      // The evidence seen that the conditions are met.
      return recordRulingNote(ctx, event.note);
    default:
      return undefined;
  }
}
