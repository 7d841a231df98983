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
}

export interface LetterAttachment {
  documentId: string;
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * Which stored letters each audience may be sent. lib/server/letters files a party's letter as
 * shared with that party, and a third party's (who has no access to the system) as committee-only.
 */
const MAY_RECEIVE: Record<NoticeAudience, readonly DocumentAudience[]> = {
  COMPLAINANT: ["ALL_PARTIES", "COMMITTEE_AND_COMPLAINANT"],
  RESPONDENT: ["ALL_PARTIES", "COMMITTEE_AND_RESPONDENT"],
  COMMITTEE: ["ALL_PARTIES", "COMMITTEE_AND_COMPLAINANT", "COMMITTEE_AND_RESPONDENT", "COMMITTEE_ONLY"],
  THIRD_PARTY: ["COMMITTEE_ONLY"],
  PUBLIC: [],
};

/**
 * The formal letter PDF a notice carries: the LETTER document it names (letterDocumentId, set by
 * lib/server/cases/effects/notices.ts when the letter is rendered in the transition's
 * transaction). Fails closed: nothing unless the document is a letter of the notice's kind on the
 * same case, not purged, with its bytes, and filed for an audience the recipient belongs to.
 */
export async function findNoticeLetter(db: DbOrTx, notice: NoticeLetterRef): Promise<LetterAttachment | null> {
  if (!notice.complaintId || !notice.letterDocumentId) return null;
  const allowed = [...MAY_RECEIVE[audienceOf(notice.recipientKind)]];
  const document = await db.document.findFirst({
    where: {
      id: notice.letterDocumentId,
      complaintId: notice.complaintId,
      kind: "LETTER",
      purgedAt: null,
      audience: { in: allowed },
      ...(notice.letterKind !== null && { letterKind: notice.letterKind }),
    },
    select: { id: true, filename: true, mimeType: true, blob: { select: { data: true } } },
  });
  if (!document?.blob) return null;
  return { documentId: document.id, filename: document.filename, contentType: document.mimeType, content: Buffer.from(document.blob.data) };
}
