import { SANCTION_INFO, type SanctionAction } from "@/lib/domain/sanctions";
import { DISMISSAL_REASON_INFO, type DismissalReason } from "@/lib/domain/reason-codes";
import type { LetterBlock } from "../model";
import type { LetterFacts } from "../facts";

export type LetterRecipient = "COMPLAINANT" | "RESPONDENT" | "THIRD_PARTY";

export interface ComposedLetter {
  title: string;
  blocks: LetterBlock[];
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export const longDate = (date: Date) => dateFormat.format(date);
export const longDateTime = (date: Date) => `${dateTimeFormat.format(date)} UTC`;

export const p = (text: string): LetterBlock => ({ kind: "paragraph", text });
export const h = (text: string): LetterBlock => ({ kind: "heading", text });
export const list = (items: string[]): LetterBlock => ({ kind: "list", items });

/** The due date of the open deadline of `kind`, in words, or a fallback. */
export function dueBy(facts: LetterFacts, kind: string): string {
  const deadline = facts.deadlines.find((d) => d.kind === kind);
  return deadline ? longDate(deadline.dueAt) : "the date shown in the portal";
}

export function describeAction(action: SanctionAction): string {
  const label = SANCTION_INFO[action.type].label;
  const term = "termMonths" in action ? ` for ${action.termMonths} months` : "";
  const conditions =
    "conditions" in action && action.conditions.length > 0
      ? `, with the conditions: ${action.conditions
          .map((c) => `${c.description}${c.hours ? ` (${c.hours} hours)` : ""}${c.dueAt ? ` by ${longDate(c.dueAt)}` : ""}`)
          .join("; ")}`
      : "";
  return `${label}${term}${conditions}`;
}

export function reasonLabel(code: string | null): string | null {
  if (!code) return null;
  const info = DISMISSAL_REASON_INFO[code as DismissalReason];
  return info ? `${info.label}: ${info.plainLanguage}` : code;
}

/** Confidentiality and counsel: the standing paragraph of letters to the CCM. */
export function respondentRights(): LetterBlock[] {
  return [
    h("Your rights and duties"),
    list([
      "You may be represented by counsel or another representative at your own expense.",
      "You have a duty to cooperate with these proceedings (Standard S9). Not responding may itself be considered.",
      "The proceedings are confidential. Please do not contact the complainant about the complaint.",
    ]),
  ];
}
