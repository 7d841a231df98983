import "server-only";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";

export type MailMessage = Mail.Options & { messageId: string };

/** Where notices go: SMTP in production; anything with the same shape in a test. */
export interface MailTransport {
  /** Resolves once the server has accepted the message; rejects otherwise (see classifySendError). */
  send(message: MailMessage): Promise<{ response: string }>;
  close(): void;
}

/**
 * An SMTP transport on `url` (smtp:// or smtps://, credentials in the URL). Timeouts are kept well
 * under the claim lease so an attempt always ends before another worker may take the notice over.
 */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(withDefaults(url));
  return {
    async send(message) {
      const info = await transporter.sendMail(message);
      return { response: String(info.response ?? "") };
    },
    close() {
      transporter.close();
    },
  };
}

// nodemailer reads every option from the URL's query when given a URL, so the defaults go there
// (an operator's own ?socketTimeout=… in SMTP_URL wins).
const URL_DEFAULTS = { pool: "true", maxConnections: "1", connectionTimeout: "30000", greetingTimeout: "30000", socketTimeout: "60000" };

function withDefaults(url: string): string {
  const parsed = new URL(url);
  for (const [key, value] of Object.entries(URL_DEFAULTS)) if (!parsed.searchParams.has(key)) parsed.searchParams.set(key, value);
  return parsed.toString();
}

/** The longest one attempt can take (connection + greeting + socket idle, with margin). */
export const MAX_ATTEMPT_MS = 3 * 60_000;
