import type { Outcome } from "./next-request";

/**
 * What a call's outcome means for authorization, in the table's words:
 * - ok: it did what was asked (a success state, a redirect onward, a 2xx/3xx response);
 * - val: authorised, then stopped by a check that is not about who is asking (validation, the
 *   workflow's stage or deadlines): used where the probe cannot cheaply make the call succeed;
 * - own: ok, on the caller's OWN case (the case comes from their session): the target is untouched;
 * - 401: not signed in (UNAUTHENTICATED, or sent to sign in);
 * - 403: signed in but not allowed (FORBIDDEN);
 * - 404: the caller may not know the thing exists (NOT_FOUND, notFound(), HTTP 404);
 * - fail: an unexpected error (the generic "something went wrong", a 5xx, a throw).
 */
export type Token = "ok" | "val" | "own" | "401" | "403" | "404" | "fail";
export const REFUSALS: readonly Token[] = ["401", "403", "404"];

const REFUSAL_CODES: Record<string, Token> = { UNAUTHENTICATED: "401", FORBIDDEN: "403", NOT_FOUND: "404" };
/** Where the app sends a caller who must sign in first. */
const SIGN_IN_PATHS = [/^\/login(\?|$)/, /^\/complaints\/status\?signedout=1$/];

export function digestOf(thrown: unknown): string | null {
  const digest = (thrown as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" ? digest : null;
}

/** The redirect target of a thrown NEXT_REDIRECT ("NEXT_REDIRECT;replace;/path;307;"). */
export function redirectTarget(thrown: unknown): string | null {
  const digest = digestOf(thrown);
  return digest?.startsWith("NEXT_REDIRECT;") ? (digest.split(";")[2] ?? "") : null;
}

function fromResponse(response: Response): Token {
  if (response.status < 400) return "ok";
  if (response.status === 401) return "401";
  if (response.status === 403) return "403";
  if (response.status === 404) return "404";
  return response.status >= 500 ? "fail" : "val";
}

export function classify(outcome: Outcome): Token {
  const { thrown, value, appErrors } = outcome;
  if (thrown !== undefined) {
    const target = redirectTarget(thrown);
    if (target !== null) return SIGN_IN_PATHS.some((pattern) => pattern.test(target)) ? "401" : "ok";
    const digest = digestOf(thrown);
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "403";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;401") return "401";
    return "fail";
  }
  if (value instanceof Response) return fromResponse(value);
  const state = value as { status?: unknown; reference?: unknown } | undefined;
  if (state?.status !== "error") return "ok";
  if (state.reference !== undefined) return "fail";
  const refusal = appErrors.map((e) => REFUSAL_CODES[e.code]).find(Boolean);
  return refusal ?? "val";
}

/** A short account of the outcome for a failure message. */
export function describe(outcome: Outcome): string {
  if (outcome.thrown !== undefined) {
    const digest = digestOf(outcome.thrown);
    return digest ? `threw ${digest}` : `threw ${String((outcome.thrown as Error)?.stack ?? outcome.thrown).slice(0, 600)}`;
  }
  if (outcome.value instanceof Response) return `HTTP ${outcome.value.status} ${outcome.value.headers.get("location") ?? ""}`;
  const codes = outcome.appErrors.map((e) => `${e.code}: ${e.message}`).join(" | ");
  return `${JSON.stringify(outcome.value)?.slice(0, 400)}${codes ? ` [${codes}]` : ""}`;
}
