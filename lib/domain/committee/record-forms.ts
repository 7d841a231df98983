import { z } from "zod";
import { hasNoNul, nulMessage } from "../plain-text";

/** Schemas of the case file's record-keeping forms (notes, messages, conflicts, recusal, challenges). */

const capitalised = (label: string) => `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
const body = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}`)
    .max(20_000, `${capitalised(label)} must be 20,000 characters or fewer`)
    .refine(hasNoNul, nulMessage(capitalised(label)));
const id = z.string().trim().min(1).max(100);

export const NoteSchema = z.object({ caseId: id, noteBody: body("the note") });
export const MessageSchema = z.object({ caseId: id, messageBody: body("the message") });

export const CONFLICT_KINDS = ["NONE", "RELATIONSHIP_WITH_PARTY", "SAME_OR_COMPETING_EMPLOYER", "FINANCIAL_INTEREST", "PRIOR_INVOLVEMENT", "WITNESS", "OTHER"] as const;
export const CONFLICT_LABELS: Record<(typeof CONFLICT_KINDS)[number], string> = {
  NONE: "No relationship with either party",
  RELATIONSHIP_WITH_PARTY: "A personal or professional relationship with a party",
  SAME_OR_COMPETING_EMPLOYER: "The same or a competing employer",
  FINANCIAL_INTEREST: "A financial interest",
  PRIOR_INVOLVEMENT: "Earlier involvement in the matter",
  WITNESS: "A possible witness",
  OTHER: "Something else",
};

export const ConflictSchema = z
  .object({
    caseId: id,
    conflictKind: z.enum(CONFLICT_KINDS, { error: "Choose your relationship to the parties" }),
    conflictDetails: z.string().trim().max(2000, "Details must be 2,000 characters or fewer").optional(),
  })
  .refine((value) => value.conflictKind === "NONE" || (value.conflictDetails ?? "") !== "", {
    message: "Describe the relationship so the Chair can rule on it",
    path: ["conflictDetails"],
  });

export const RecusalSchema = z.object({
  caseId: id,
  recusePersonId: id.describe("member"),
  recusalReason: body("the reason"),
});

export const ChallengeSchema = z.object({ caseId: id, challengedMemberId: id, challengeGrounds: body("the grounds") });

export const ChallengeRulingSchema = z.object({
  caseId: id,
  challengeId: id,
  challengeRuling: z.enum(["UPHELD", "REJECTED"], { error: "Choose the ruling" }),
});

export const AssignSchema = z.object({ caseId: id, assigneeId: z.string().trim().max(100).optional() });
export const DisclosureSchema = z.object({ caseId: id, confirmDisclosure: z.literal("on", { error: "Confirm that disclosure is granted" }) });

/**
 * Sharing a stored document with the case manager (DOMAIN §3 #11: the CCM sees new adverse
 * material). Staff confirm they checked the file first: where the complainant's identity is
 * withheld, that it does not identify them (else they upload a redacted copy, shared on upload).
 */
export const ShareDocumentSchema = z.object({
  caseId: id,
  shareDocumentId: z.string().trim().min(1, "Choose the document to share").max(100),
  confirmShare: z.literal("on", { error: "Confirm that you checked the document" }),
});

/** A committee-only document other than a letter (letters have their own addressees). */
export function isShareableWithRespondent(document: { audience: string; kind: string }): boolean {
  return document.audience === "COMMITTEE_ONLY" && document.kind !== "LETTER";
}
