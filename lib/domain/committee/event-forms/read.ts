import { SANCTION_TYPES, type SanctionType } from "@/lib/domain/sanctions";

/**
 * Reading form fields into event payloads. Nothing here throws or guesses: a value that is not
 * what the event expects is passed on as typed, so the workflow's schema names the problem.
 */

export function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A textarea holding one item per line. */
export function lines(form: FormData, name: string): string[] {
  return (text(form, name) ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function all(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string" && value.trim() !== "").map((value) => value.trim());
}

export function checked(form: FormData, name: string): boolean {
  const value = form.get(name);
  return value === "on" || value === "true" || value === "1";
}

/** A whole number as typed; anything else goes through as text for the schema to refuse. */
export function whole(form: FormData, name: string): number | string | undefined {
  const value = text(form, name);
  if (value === undefined) return undefined;
  return /^\d{1,6}$/.test(value) ? Number(value) : value;
}

/**
 * A date (YYYY-MM-DD) and time (HH:MM, default 09:00) as a UTC instant; the raw text if malformed.
 * A browser's time field sends HH:MM:SS when its value has seconds, so those are read too.
 */
export function instant(form: FormData, dateName: string, timeName: string): string | undefined {
  const day = text(form, dateName);
  if (day === undefined) return undefined;
  const time = text(form, timeName) ?? "09:00";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}(:\d{2})?$/.test(time)) return `${day} ${time}`;
  return `${day}T${time.length === 5 ? `${time}:00` : time}.000Z`;
}

/** Votes of the members present: `vote:<personId>` = FOR | AGAINST | ABSTAIN; blank = not present. */
export function votes(form: FormData): { personId: string; choice: string }[] {
  const out: { personId: string; choice: string }[] = [];
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("vote:") || typeof value !== "string" || value === "") continue;
    out.push({ personId: key.slice("vote:".length), choice: value });
  }
  return out;
}

/** Provision codes ticked under `name`, as citations of the case's code version. */
export function provisions(form: FormData, name: string, codeVersion: number): { codeVersion: number; code: string }[] {
  return all(form, name).map((code) => ({ codeVersion, code }));
}

export const CONDITION_ROWS = 3;
export const TERM_TYPES = ["PROBATION", "SUSPENSION"] as const satisfies readonly SanctionType[];
export const CONDITION_TYPES = ["LETTER_OF_INSTRUCTION", "PROBATION", "SUSPENSION"] as const satisfies readonly SanctionType[];

/**
 * Sanction actions: `action` checkboxes (types), `term:<TYPE>` months for probation and suspension,
 * and up to CONDITION_ROWS condition rows `cond.<i>.{action,kind,description,hours,due}` attached
 * to a ticked action that can carry conditions. Rows left blank are ignored.
 */
export function actions(form: FormData): Record<string, unknown>[] {
  const types = all(form, "action").filter((type): type is SanctionType => (SANCTION_TYPES as readonly string[]).includes(type));
  const conditions = new Map<string, Record<string, unknown>[]>();
  for (let row = 0; row < CONDITION_ROWS; row += 1) {
    const description = text(form, `cond.${row}.description`);
    if (!description) continue;
    const attach = text(form, `cond.${row}.action`) ?? "";
    const hours = whole(form, `cond.${row}.hours`);
    const due = text(form, `cond.${row}.due`);
    const condition: Record<string, unknown> = {
      kind: text(form, `cond.${row}.kind`) ?? "OTHER",
      description,
      ...(hours !== undefined && { hours }),
      ...(due !== undefined && { dueAt: /^\d{4}-\d{2}-\d{2}$/.test(due) ? `${due}T23:59:59.999Z` : due }),
    };
    conditions.set(attach, [...(conditions.get(attach) ?? []), condition]);
  }
  return types.map((type) => {
    const action: Record<string, unknown> = { type };
    if ((TERM_TYPES as readonly string[]).includes(type)) action.termMonths = whole(form, `term:${type}`);
    if ((CONDITION_TYPES as readonly string[]).includes(type)) action.conditions = conditions.get(type) ?? [];
    return action;
  });
}

/** Condition rows attached to an action that was not ticked (or cannot carry conditions). */
export function strayConditions(form: FormData): boolean {
  const types = all(form, "action");
  for (let row = 0; row < CONDITION_ROWS; row += 1) {
    if (!text(form, `cond.${row}.description`)) continue;
    const attach = text(form, `cond.${row}.action`) ?? "";
    if (!types.includes(attach) || !(CONDITION_TYPES as readonly string[]).includes(attach)) return true;
  }
  return false;
}
