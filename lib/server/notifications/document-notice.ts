import "server-only";
import type { Addressee } from "../cases/effects/recipients";
import type { DbOrTx } from "../db-factory";
import { insertNotice } from "./enqueue";
import { layoutNotice, type NoticeText } from "./templates";

/** The email that tells the CCM (and their representatives) a document was shared with them; it never says which. */
export const DOCUMENT_SHARED_TEXT = {
  subject: "A document was shared with you",
  body: "The ethics coordinator has shared a document on this case with you. Open it in your portal, under Documents.",
} as const satisfies NoticeText;

/** Writes the notices in the caller's transaction, so they go only if the share is recorded. */
export async function notifyDocumentShared(db: DbOrTx, input: { caseId: string; reference: string; addressees: readonly Addressee[]; now: Date }): Promise<string[]> {
  const rendered = layoutNotice({ text: DOCUMENT_SHARED_TEXT, audience: "RESPONDENT", reference: input.reference, caseId: input.caseId, hasLetter: false });
  const ids: string[] = [];
  for (const addressee of input.addressees) {
    const notice = await insertNotice(
      db,
      { complaintId: input.caseId, now: input.now, template: "document-shared", recipientKind: "RESPONDENT", recipientPersonId: addressee.personId, toAddress: addressee.address },
      rendered,
    );
    ids.push(notice.id);
  }
  return ids;
}
