import { addUtcDays, endOfUtcDay } from "@/lib/workflow/rules";

/** DOMAIN §5 [D]: a panel member may be challenged for cause within 10 days of the Notice of Hearing. */
export const CHALLENGE_WINDOW_DAYS = 10;

/** The last instant a challenge is accepted: the end of the 10th day after the notice went out. */
export function challengeDeadline(noticeSentAt: Date): Date {
  return endOfUtcDay(addUtcDays(noticeSentAt, CHALLENGE_WINDOW_DAYS));
}

/** Prefix of the message that carries a postponement request in the respondent's thread. */
export const POSTPONEMENT_PREFIX = "Request to postpone the hearing: ";
