import type { DeadlineKind } from "@/lib/workflow/deadlines";
import type { EventType } from "@/lib/workflow/events";

/** The portal's pages under a case, each for one part of the procedure. */
export const CASE_PAGES = {
  respond: "Respond to the complaint",
  information: "Send information or comments",
  election: "Accept the proposed outcome or ask for a hearing",
  hearing: "Your hearing",
  appeal: "Appeal the decision",
  compliance: "Show that conditions are met",
  reopen: "Ask to reopen the case",
  representatives: "Your representative",
} as const;
export type CasePage = keyof typeof CASE_PAGES;

export function casePath(caseId: string, page?: CasePage): string {
  const base = `/portal/cases/${encodeURIComponent(caseId)}`;
  return page ? `${base}/${page}` : base;
}

/** The page on which the CCM sends each of their events. */
export const PAGE_OF_EVENT: Partial<Record<EventType, CasePage>> = {
  SUBMIT_RESPONSE: "respond",
  REQUEST_EXTENSION: "respond",
  INFO_RECEIVED: "information",
  COMMENT_ON_ADVERSE_MATERIAL: "information",
  ACCEPT_DISPOSITION: "election",
  REQUEST_HEARING: "election",
  FILE_APPEAL: "appeal",
  PETITION_REOPEN: "reopen",
};

/** What the overview says after an action succeeded (?done=…), so the result survives the redirect. */
export const DONE_MESSAGES = {
  response: "Your response has been sent to the Committee.",
  extension: "Your request for more time has been sent to the Committee Chair, who will decide it.",
  accepted: "You accepted the proposed outcome. The decision letter is below.",
  hearing: "You asked for a hearing. The Chair will set the date and the panel, and you will receive a Notice of Hearing.",
  comment: "Your comment has been sent to the Committee.",
  information: "Your information has been sent to the Committee.",
  challenge: "Your challenge has been sent to the Committee Chair, who will rule on it before the hearing.",
  statement: "Your statement and exhibits are now part of the hearing record.",
  postponement: "Your request to postpone the hearing has been sent to the Committee Chair.",
  appeal: "Your appeal has been filed. You can follow it on this page.",
  evidence: "Your evidence has been sent to the ethics coordinator for verification.",
  reopen: "Your petition to reopen the case has been sent to the Committee.",
  representative: "Your representative has been given access to this case and sent a link to set up their account.",
  "representative-removed": "Your representative no longer has access to this case.",
} as const;
export type DoneKey = keyof typeof DONE_MESSAGES;

export function isDoneKey(value: unknown): value is DoneKey {
  return typeof value === "string" && Object.hasOwn(DONE_MESSAGES, value);
}

/** The party deadline each respondent event must beat. */
export const DEADLINE_OF_EVENT: Partial<Record<EventType, DeadlineKind>> = {
  SUBMIT_RESPONSE: "RESPONSE",
  REQUEST_EXTENSION: "RESPONSE",
  ACCEPT_DISPOSITION: "ELECTION",
  REQUEST_HEARING: "ELECTION",
  FILE_APPEAL: "APPEAL",
  INFO_RECEIVED: "INFO",
  COMMENT_ON_ADVERSE_MATERIAL: "ADVERSE_COMMENT",
};
