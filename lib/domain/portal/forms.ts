import { z } from "zod";
import { AppealGroundSchema } from "@/lib/domain/appeal-grounds";
import { hasNoNul, nulMessage } from "@/lib/domain/plain-text";

/**
 * One schema per portal form, shared by the form (field names, limits) and its server action.
 * Every form names its case and the case version its page showed: a different version on the
 * server is a CONFLICT, never a silent overwrite.
 */

export const TEXT_MAX = 20_000;
export const SHORT_MAX = 500;

const caseId = z.string().trim().min(1, "The case is missing: reload the page").max(100);
const expectedVersion = z.coerce.number({ error: "Reload the page and try again" }).int().min(1);
const text = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(TEXT_MAX, `Use ${TEXT_MAX.toLocaleString("en-US")} characters or fewer`)
    .refine(hasNoNul, nulMessage("Your text"));
const optionalText = z
  .string()
  .trim()
  .max(TEXT_MAX, `Use ${TEXT_MAX.toLocaleString("en-US")} characters or fewer`)
  .refine(hasNoNul, nulMessage("Your text"))
  .optional()
  .transform((value) => (value ? value : undefined));
const signedName = z
  .string({ error: "Type your full name as your signature" })
  .trim()
  .min(1, "Type your full name as your signature")
  .max(SHORT_MAX, `Use ${SHORT_MAX} characters or fewer`)
  .refine(hasNoNul, nulMessage("Your signature"));

const base = { caseId, expectedVersion };

export const RespondFormSchema = z.object({ ...base, statement: text("Write your response to the complaint") });

export const ExtensionFormSchema = z.object({
  ...base,
  days: z.coerce
    .number({ error: "Enter the number of extra days you need, as a number" })
    .int("Enter a whole number of days")
    .min(1, "Ask for at least 1 day")
    .max(90, "Ask for 90 days or fewer"),
  reason: text("Say why you need more time"),
});

export const ACCEPT_CONFIRMATION = "waive-hearing-and-appeal";
export const ELECTION_CHOICES = ["accept", "hearing"] as const;

/** One question: accept the proposed outcome in writing (waiving hearing and appeal) or ask for a hearing. */
export const ElectionFormSchema = z
  .object({
    ...base,
    choice: z.enum(ELECTION_CHOICES, { error: "Choose whether you accept the proposed outcome or ask for a hearing" }),
    signedName,
    statement: optionalText,
    waiver: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.choice === "accept" && value.waiver !== ACCEPT_CONFIRMATION) {
      ctx.addIssue({
        code: "custom",
        path: ["waiver"],
        message: "Confirm that you understand accepting gives up your right to a hearing and to appeal",
      });
    }
  });

export const CommentFormSchema = z.object({ ...base, statement: text("Write your comment on the new material") });

/** A reply to a request for information: words, files, or both (the action checks one is there). */
export const InfoReplyFormSchema = z.object({ ...base, note: optionalText });

export const AppealFormSchema = z.object({
  ...base,
  grounds: z
    .array(AppealGroundSchema, { error: "Choose at least one ground of appeal" })
    .min(1, "Choose at least one ground of appeal")
    .transform((grounds) => [...new Set(grounds)]),
  statement: text("Explain your grounds of appeal"),
});

export const ChallengeFormSchema = z.object({
  ...base,
  memberId: z.string({ error: "Choose the panel member you challenge" }).trim().min(1, "Choose the panel member you challenge").max(100),
  grounds: text("Say why the member cannot judge your case fairly"),
});

export const HearingStatementFormSchema = z.object({ ...base, statement: optionalText });

export const PostponementFormSchema = z.object({ ...base, reason: text("Say why the hearing should be postponed") });

export const ComplianceFormSchema = z.object({
  ...base,
  conditionId: z.string({ error: "Choose the condition" }).trim().min(1, "Choose the condition").max(100),
  note: optionalText,
});

export const ReopenFormSchema = z.object({
  ...base,
  newEvidence: text("Describe the new evidence"),
  whyNotAvailableBefore: text("Say why the evidence was not available before"),
});

const email = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "Email address must be 254 characters or fewer")
  .pipe(z.email("Enter an email address like name@example.org"));

export const RepresentativeFormSchema = z.object({
  ...base,
  name: z.string({ error: "Enter your representative's full name" }).trim().min(1, "Enter your representative's full name").max(200, "Use 200 characters or fewer"),
  email,
});

export const RevokeRepresentativeFormSchema = z.object({
  ...base,
  representativeId: z.string().trim().min(1).max(100),
});

export const ActivationRequestSchema = z.object({
  ccmNumber: z
    .string({ error: "Enter your CCM certification number" })
    .trim()
    .min(1, "Enter your CCM certification number")
    .max(40, "Enter the certification number as printed on your certificate")
    // PostgreSQL refuses a NUL in a query parameter: a field error, not a failed lookup.
    .refine((value) => !value.includes("\u0000"), "Enter the certification number as printed on your certificate"),
  email,
});
