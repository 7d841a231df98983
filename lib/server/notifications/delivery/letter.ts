import "server-only";
import type { DocumentAudience } from "@/lib/generated/prisma/enums";
import type { DbOrTx } from "../../db-factory";
import { audienceOf } from "../audience";
import type { NoticeAudience } from "../templates";

export interface NoticeLetterRef {
  complaintId: string | null;
  letterKind: string | null;
  letterDocumentId: string | null;
  recipientKind: string;
  createdAt: Date;
}

export interface LetterAttachment {
  documentId: string;
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Which stored letters each audience may be sent: a party never gets a committee-only document. */
const MAY_RECEIVE: Record<NoticeAudience, readonly DocumentAudience[]> = {
  COMPLAINANT: ["ALL_PARTIES", "COMMITTEE_AND_COMPLAINANT"],
  RESPONDENT: ["ALL_PARTIES", "COMMITTEE_AND_RESPONDENT"],
  COMMITTEE: ["ALL_PARTIES", "COMMITTEE_AND_COMPLAINANT", "COMMITTEE_AND_RESPONDENT", "COMMITTEE_ONLY"],
  THIRD_PARTY: [],
  PUBLIC: [],
};

/**
 * A letter rendered for the transition that wrote the notice is at most this much older than the
 * notice; an older letter of the same kind belongs to an earlier round (e.g. the first Notice of
 * Hearing before a postponement) and is never attached by the kind fallback.
 */
export const LETTER_ROUND_TOLERANCE_MS = 60 * 60_000;

/**
 * The formal letter PDF a notice carries: the Document it names (letterDocumentId), else the
 * newest LETTER of its kind on the case made for this round. Only a letter the recipient's audience
 * may see, not purged, with its bytes; otherwise null (not rendered yet, or not for them).
 */
export async function findNoticeLetter(db: DbOrTx, notice: NoticeLetterRef): Promise<LetterAttachment | null> {
  if (!notice.complaintId || (!notice.letterKind && !notice.letterDocumentId)) return null;
  const allowed = [...MAY_RECEIVE[audienceOf(notice.recipientKind)]];
  if (allowed.length === 0) return null;
  const scope = { complaintId: notice.complaintId, kind: "LETTER" as const, purgedAt: null, audience: { in: allowed } };
  const where = notice.letterDocumentId
    ? { ...scope, id: notice.letterDocumentId }
    : { ...scope, letterKind: notice.letterKind, createdAt: { gte: new Date(notice.createdAt.getTime() - LETTER_ROUND_TOLERANCE_MS) } };
  const document = await db.document.findFirst({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, filename: true, mimeType: true, blob: { select: { data: true } } },
  });
  if (!document?.blob) return null;
  return { documentId: document.id, filename: document.filename, contentType: document.mimeType, content: Buffer.from(document.blob.data) };
}
