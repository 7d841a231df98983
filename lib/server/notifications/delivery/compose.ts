import "server-only";
import { audienceOf } from "../audience";
import { linkTokenFor, trackedLinkUrl } from "../link-token";
import { escapeHtml, noticeLink } from "../templates";
import type { LetterAttachment } from "./letter";
import type { MailMessage } from "./transport";

export interface ComposableNotice {
  id: string;
  complaintId: string | null;
  recipientKind: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  bodyHtml: string;
  messageId: string;
}

export interface ComposeOptions {
  from: string;
  appUrl: string;
  linkSecret: string;
  letter: LetterAttachment | null;
}

/**
 * The email for a stored notice. Its link is swapped for the tracking link (/n/<token>, which
 * records the first open and redirects to the same page), so the stored body never holds a token.
 */
export function composeNotice(notice: ComposableNotice, options: ComposeOptions): MailMessage {
  const { text, html } = withTrackedLink(notice, options);
  return {
    from: options.from,
    to: notice.toAddress,
    subject: notice.subject,
    text,
    html,
    messageId: notice.messageId,
    headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
    attachments: options.letter
      ? [{ filename: options.letter.filename, content: options.letter.content, contentType: options.letter.contentType }]
      : [],
  };
}

function withTrackedLink(notice: ComposableNotice, options: ComposeOptions): { text: string; html: string } {
  if (!notice.complaintId) return { text: notice.bodyText, html: notice.bodyHtml };
  const direct = noticeLink(audienceOf(notice.recipientKind), notice.complaintId, options.appUrl).href;
  const tracked = trackedLinkUrl(options.appUrl, linkTokenFor(notice.id, options.linkSecret));
  return {
    text: replaceLine(notice.bodyText, direct, tracked),
    html: notice.bodyHtml.split(`"${escapeHtml(direct)}"`).join(`"${escapeHtml(tracked)}"`).split(`>${escapeHtml(direct)}<`).join(`>${escapeHtml(tracked)}<`),
  };
}

/** Replaces the link where it stands alone on a line (as the layout writes it), nowhere else. */
function replaceLine(text: string, direct: string, tracked: string): string {
  return text
    .split("\n")
    .map((line) => (line === direct ? tracked : line))
    .join("\n");
}
