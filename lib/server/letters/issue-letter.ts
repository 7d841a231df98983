import "server-only";
import { createHash } from "node:crypto";
import type { DocumentAudience } from "@/lib/generated/prisma/enums";
import type { LetterKind, Recipient } from "@/lib/workflow";
import type { TxClient } from "../db";
import { composeLetter, type LetterRecipient } from "./compose";
import { longDate } from "./compose/common";
import { loadLetterFacts, type LetterFacts } from "./facts";
import type { LetterModel } from "./model";
import { renderLetterPdf } from "./render";

/** Who may open a letter besides staff and non-recused members: its addressee only. */
const AUDIENCE: Record<LetterRecipient, DocumentAudience> = {
  COMPLAINANT: "COMMITTEE_AND_COMPLAINANT",
  RESPONDENT: "COMMITTEE_AND_RESPONDENT",
  THIRD_PARTY: "COMMITTEE_ONLY",
};

function letterRecipient(to: Recipient): LetterRecipient | null {
  return to === "COMPLAINANT" || to === "RESPONDENT" || to === "THIRD_PARTY" ? to : null;
}

function addressBlock(facts: LetterFacts, to: LetterRecipient): { lines: string[]; salutation: string } {
  if (to === "COMPLAINANT" && facts.complainant) {
    const address = facts.complainant.postalAddress?.split(/\r?\n|,\s*/).filter(Boolean) ?? [facts.complainant.email];
    return { lines: [facts.complainant.name, ...address], salutation: `Dear ${facts.complainant.name},` };
  }
  if (to === "RESPONDENT") {
    const lines = [facts.respondent.name, ...(facts.respondent.number ? [`Certification ${facts.respondent.number}`] : []), ...(facts.respondent.place ? [facts.respondent.place] : [])];
    return { lines, salutation: `Dear ${facts.respondent.name},` };
  }
  const name = facts.infoRequest?.thirdPartyName;
  return { lines: name ? [name] : ["To whom it may concern"], salutation: name ? `Dear ${name},` : "Dear Sir or Madam," };
}

/** The letter as data (exported for tests: what the PDF prints). */
export function letterModel(kind: LetterKind, facts: LetterFacts, to: LetterRecipient, now: Date): LetterModel {
  const composed = composeLetter(kind, facts, to);
  const address = addressBlock(facts, to);
  return {
    letterhead: facts.letterhead,
    title: composed.title,
    reference: facts.reference,
    date: longDate(now),
    recipient: address.lines,
    salutation: address.salutation,
    blocks: composed.blocks,
    signatory: { name: facts.letterhead.signatoryName, title: facts.letterhead.signatoryTitle },
    footer: `${facts.letterhead.organisation} · ${facts.reference} · Confidential`,
  };
}

/**
 * Renders the formal letter a NOTIFY effect names and stores it with the case, in the transition's
 * transaction (so it exists exactly when the change it announces commits): a LETTER document with
 * its sha256, shared with its addressee only. Returns null for recipients who get no letter
 * (committee-internal notices). Called by lib/server/cases/effects/notices.ts.
 */
export async function issueLetter(tx: TxClient, input: { caseId: string; kind: LetterKind; to: Recipient; now: Date }): Promise<{ documentId: string } | null> {
  const to = letterRecipient(input.to);
  if (!to) return null;
  const facts = await loadLetterFacts(tx, input.caseId);
  const pdf = await renderLetterPdf(letterModel(input.kind, facts, to, input.now));
  const sha256 = createHash("sha256").update(pdf).digest("hex");
  const day = input.now.toISOString().slice(0, 10);
  const document = await tx.document.create({
    data: {
      complaintId: input.caseId,
      kind: "LETTER",
      letterKind: input.kind,
      audience: AUDIENCE[to],
      filename: `${facts.reference}-${input.kind.toLowerCase().replaceAll("_", "-")}-${to.toLowerCase().replace("_", "-")}-${day}.pdf`,
      mimeType: "application/pdf",
      size: pdf.length,
      sha256,
      uploaderKind: "SYSTEM",
      createdAt: input.now,
      blob: { create: { data: new Uint8Array(pdf) } },
    },
    select: { id: true },
  });
  if ((input.kind === "DECISION" || input.kind === "APPEAL_DECISION") && facts.decision && facts.decision.letterDocumentId === null) {
    await tx.decision.update({ where: { id: facts.decision.id }, data: { letterDocumentId: document.id } });
  }
  return { documentId: document.id };
}
