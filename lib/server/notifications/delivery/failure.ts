/**
 * What a failed attempt means. SMTP says it with reply codes: 4xx is "try again later", 5xx on the
 * envelope or the message is a permanent refusal of this message (a bounce). Everything else
 * (connection refused, timeouts, authentication, a dropped connection) is retried: it says
 * nothing about this notice, and after a dropped connection the message may even have arrived,
 * which is why every retry carries the same Message-ID.
 */
export type SendFailure = { kind: "retry"; message: string } | { kind: "bounce"; message: string };

/** lastError of a notice the recipient's server refused for good. */
export const BOUNCE_PREFIX = "Bounced: ";

interface SmtpError {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

const PERMANENT_CODES = new Set(["EENVELOPE", "EMESSAGE"]);

export function classifySendError(error: unknown): SendFailure {
  const e = (typeof error === "object" && error !== null ? error : {}) as SmtpError;
  const code = typeof e.code === "string" ? e.code : null;
  const reply = typeof e.responseCode === "number" ? e.responseCode : null;
  const text = oneLine(typeof e.response === "string" ? e.response : typeof e.message === "string" ? e.message : String(error));
  if (code !== null && PERMANENT_CODES.has(code) && reply !== null && reply >= 500) {
    return { kind: "bounce", message: `${BOUNCE_PREFIX}${text}` };
  }
  return { kind: "retry", message: [code, text].filter(Boolean).join(": ") };
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim().slice(0, 500);
}

export interface BackoffOptions {
  /** Wait after the first failed attempt. */
  baseMs: number;
  /** Each later wait is this many times the one before. */
  factor: number;
  maxMs: number;
}

/** 2 min, 8 min, 32 min, ~2 h, ~8.5 h: about 11 hours of trying before a notice is DEAD (6 attempts). */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2 * 60_000, factor: 4, maxMs: 12 * 60 * 60_000 };

/** Delay before the attempt after `attempts` failed ones (attempts ≥ 1). */
export function backoffDelay(attempts: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(options.maxMs, options.baseMs * options.factor ** exponent);
}
