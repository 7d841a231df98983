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

/**
 * Writes one notice to the outbox, in the caller's transaction: it is sent only if the change it
 * announces commits. Delivery (SMTP, retries) happens after commit, elsewhere.
 */
export async function enqueueNotice(db: DbOrTx, input: EnqueueNoticeInput): Promise<{ id: string }> {
  const rendered = renderNotice({
    template: input.template,
    audience: input.audience,
    reference: input.reference,
    caseId: input.complaintId,
    // Letters are written to the parties and third parties (lib/server/letters); committee copies
    // of the same notice get none, so they must not announce one.
    hasLetter: Boolean(input.letterKind) && LETTER_AUDIENCES.has(input.audience),
  });
  return insertNotice(db, input, rendered);
}

/** The outbox row for an already rendered notice (the scheduler's reminders render their own). */
export async function insertNotice(
  db: DbOrTx,
  input: Omit<EnqueueNoticeInput, "reference" | "audience">,
  rendered: RenderedNotice,
): Promise<{ id: string }> {
  const now = input.now ?? new Date();
  const undeliverable = input.toAddress === null;
  return db.notice.create({
    data: {
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
    },
    select: { id: true },
  });
}

export const NO_ADDRESS_ERROR = "No email address on file; send by post.";
