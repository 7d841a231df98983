import { appUrl } from "./templates";

/** How the outbox delivers: read from the environment once per worker. */
export interface DeliveryConfig {
  /** null: email is off; notices are recorded and stay PENDING ("would have been sent"). */
  smtpUrl: string | null;
  from: string;
  appUrl: string;
  /** After this many attempts a notice is DEAD (admins may retry it). */
  maxAttempts: number;
}

export const DEFAULT_MAX_ATTEMPTS = 6;

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 && parsed <= 100 ? parsed : fallback;
}

export function deliveryConfig(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  const base = appUrl(env);
  const host = new URL(base).hostname || "localhost";
  return {
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.MAIL_FROM?.trim() || `"CCMC Ethics Committee" <no-reply@${host}>`,
    appUrl: base,
    maxAttempts: positiveInt(env.NOTICE_MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS),
  };
}

/** Whether this process sends email at all (pages use it to say "would have been sent"). */
export function emailEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}
