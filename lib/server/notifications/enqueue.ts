import "server-only";
import { randomUUID } from "node:crypto";
import type { LetterKind } from "@/lib/workflow";
import type { DbOrTx } from "../db-factory";
import { renderNotice, type NoticeAudience, type RenderedNotice } from "./templates";

const LETTER_AUDIENCES: ReadonlySet<NoticeAudience> = new Set(["COMPLAINANT", "RESPONDENT", "THIRD_PARTY"]);

export interface EnqueueNoticeInput {
  complaintId: string;
  /** Case reference shown in the subject (never any other case detail). */
  reference: string;
  template: string;
  /** The workflow recipient (COMPLAINANT, RESPONDENT, COMMITTEE, CHAIR, …). */
  recipientKind: string;
  audience: NoticeAudience;
  recipientPersonId?: string | null;
  /** null: nowhere to send it by email; the notice is kept for staff to send by post. */
  toAddress: string | null;
  letterKind?: LetterKind | null;
  now?: Date;
}

function rendered(input: EnqueueNoticeInput): RenderedNotice {
  return renderNotice({
    template: input.template,
    audience: input.audience,
    reference: input.reference,
    caseId: input.complaintId,
    // Letters are written to the parties and third parties (lib/server/letters); committee copies
    // of the same notice get none, so they must not announce one.
    hasLetter: Boolean(input.letterKind) && LETTER_AUDIENCES.has(input.audience),
  });
}

/**
 * Writes notices to the outbox, in the caller's transaction: they are sent only if the change they
 * announce commits. One INSERT for all of them (a transition often writes to several people).
 * Delivery (SMTP, retries) happens after commit, elsewhere. `letterDocumentId`: the formal letter
 * the notices announce, already stored.
 */
export async function enqueueNotices(db: DbOrTx, inputs: readonly EnqueueNoticeInput[], letterDocumentId: string | null = null): Promise<{ id: string }[]> {
  if (inputs.length === 0) return [];
  return db.notice.createManyAndReturn({ data: inputs.map((input) => ({ ...noticeRow(input, rendered(input)), letterDocumentId })), select: { id: true } });
}

/** Writes one notice to the outbox (enqueueNotices for several). */
export async function enqueueNotice(db: DbOrTx, input: EnqueueNoticeInput): Promise<{ id: string }> {
  return insertNotice(db, input, rendered(input));
}

/** The outbox row for an already rendered notice (the scheduler's reminders render their own). */
export async function insertNotice(
  db: DbOrTx,
  input: Omit<EnqueueNoticeInput, "reference" | "audience">,
  rendered: RenderedNotice,
): Promise<{ id: string }> {
  return db.notice.create({ data: noticeRow(input, rendered), select: { id: true } });
}

function noticeRow(input: Omit<EnqueueNoticeInput, "reference" | "audience">, rendered: RenderedNotice) {
  const now = input.now ?? new Date();
  const undeliverable = input.toAddress === null;
  return {
    complaintId: input.complaintId,
    template: input.template,
    recipientKind: input.recipientKind,
    recipientPersonId: input.recipientPersonId ?? null,
    toAddress: input.toAddress,
    letterKind: input.letterKind ?? null,
    subject: rendered.subject,
    bodyText: rendered.text,
    bodyHtml: rendered.html,
    // Stable for the notice's life: every retry carries the same Message-ID, so a receiving
    // server (or reader) can drop a copy sent again after an ambiguous failure.
    messageId: `<${randomUUID()}@docket>`,
    nextAttemptAt: now,
    createdAt: now,
    // No email address on file: nothing to retry; staff see it in the outbox and post the letter.
    ...(undeliverable && { status: "DEAD" as const, lastError: NO_ADDRESS_ERROR }),
  };
}

export const NO_ADDRESS_ERROR = "No email address on file; send by post.";
