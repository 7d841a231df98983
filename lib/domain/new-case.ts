import { z } from "zod";
import { CodeVersionSchema, ProvisionRefSchema } from "./catalogue";

/**
 * The server-side shape of a new complaint, as handed to createCase() by the public intake form,
 * staff entering a paper complaint, or the Committee opening one on its own motion. The forms
 * have their own step schemas; they assemble this at the end. No server imports here.
 *
 * Not in here on purpose:
 * - the complaint's state and reference (the workflow and the reference counter set them);
 * - whether it is late (the SUBMIT transition computes it from `allegation.learnedAt`);
 * - the respondent's certification: staff confirm the match at ACCEPT_FOR_REVIEW. An automatic
 *   registry match found at filing goes in `registrySnapshot` only.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const COMPLAINANT_RELATIONSHIPS = ["CLIENT", "FAMILY", "CCM_PEER", "EMPLOYER", "PAYER", "OTHER"] as const;
export const CONTACT_CHANNELS = ["EMAIL", "PHONE", "POST"] as const;
export const PROCEEDING_KINDS = ["LICENSING_BOARD", "COURT", "POLICE", "EMPLOYER_GRIEVANCE", "OTHER_CERTIFIER", "OTHER"] as const;
export const EVIDENCE_AUDIENCES = ["COMMITTEE_ONLY", "COMMITTEE_AND_COMPLAINANT", "COMMITTEE_AND_RESPONDENT", "ALL_PARTIES"] as const;

export const NewComplainantSchema = z.object({
  name: text(200),
  organisation: optionalText(200),
  postalAddress: optionalText(1000),
  email: z.email().max(320),
  phone: optionalText(50),
  relationship: z.enum(COMPLAINANT_RELATIONSHIPS),
  relationshipOther: optionalText(200),
  preferredContact: z.enum(CONTACT_CHANNELS).default("EMAIL"),
  accommodationNeeds: optionalText(2000),
  /** The complainant agrees that their identity may be shared with the CCM. */
  shareWithRespondent: z.boolean(),
  /** SHA-256 (hex) of the status-page access code; the code itself is shown once and never stored. */
  accessCodeHash: z.string().regex(/^[0-9a-f]{64}$/, "A SHA-256 hex digest"),
});

export const NewEvidenceFileSchema = z.object({
  filename: text(255),
  mimeType: text(200),
  size: z.number().int().min(0).max(50 * 1024 * 1024),
  sha256: z.string().regex(/^[0-9a-fA-F]{64}$/),
  /** The bytes, already checked by the upload layer (type sniffed, size capped). */
  data: z.instanceof(Uint8Array),
  audience: z.enum(EVIDENCE_AUDIENCES).default("COMMITTEE_ONLY"),
});

export const NewCaseSchema = z
  .object({
    /** The form's idempotency key: a second submit with the same key returns the first case. */
    idempotencyKey: z.string().trim().min(8).max(200).optional(),
    channel: z.enum(["WEB", "STAFF_ENTERED", "OWN_MOTION"]),
    codeVersion: CodeVersionSchema,
    /** Required except on the Committee's own motion (no anonymous complaints, §9.3). */
    complainant: NewComplainantSchema.optional(),
    respondent: z.object({
      name: text(200),
      ccmNumber: optionalText(40),
      employer: optionalText(200),
      location: optionalText(200),
      contact: optionalText(500),
    }),
    /** The registry record as found at filing (number, name, status, valid-through), if any. */
    registrySnapshot: z.record(z.string(), z.unknown()).optional(),
    allegation: z.object({
      conductFrom: z.coerce.date().optional(),
      conductTo: z.coerce.date().optional(),
      /** When the complainant learned of the conduct: the filing window runs from here. */
      learnedAt: z.coerce.date().optional(),
      settingRegion: optionalText(100),
      practiceSetting: optionalText(200),
      narrative: text(50_000),
      harm: optionalText(20_000),
      allegedProvisions: z.array(ProvisionRefSchema).max(40).default([]),
    }),
    witnesses: z.array(z.object({ name: text(200), contact: optionalText(500), relation: optionalText(200) })).max(50).default([]),
    proceedings: z
      .array(z.object({ kind: z.enum(PROCEEDING_KINDS), body: optionalText(500), status: optionalText(200), reference: optionalText(200) }))
      .max(20)
      .default([]),
    consents: z.object({
      releaseOfInformation: z.boolean(),
      healthRecordsAuthorization: z.boolean().default(false),
      confidentiality: z.boolean(),
      /** The e-signed truthfulness attestation (for own motion, the Chair's). */
      truthfulnessAttestation: z.literal(true),
      signedName: text(200),
    }),
    documents: z.array(NewEvidenceFileSchema).max(30).default([]),
    /** Signals computed at filing for staff. */
    triage: z.object({ noRegistryMatch: z.boolean().default(false), possibleDuplicateOfId: z.string().max(100).optional() }).prefault({}),
  })
  .superRefine((input, ctx) => {
    const ownMotion = input.channel === "OWN_MOTION";
    if (!ownMotion && !input.complainant) ctx.addIssue({ code: "custom", message: "Say who is making the complaint", path: ["complainant"] });
    if (ownMotion && input.complainant) ctx.addIssue({ code: "custom", message: "An own-motion complaint has no complainant", path: ["complainant"] });
    if (!ownMotion && !input.consents.releaseOfInformation) {
      ctx.addIssue({ code: "custom", message: "The complaint and your identity must be shareable with the CCM", path: ["consents", "releaseOfInformation"] });
    }
    if (input.allegation.allegedProvisions.some((ref) => ref.codeVersion !== input.codeVersion)) {
      ctx.addIssue({ code: "custom", message: "Cite provisions of the code version the complaint names", path: ["allegation", "allegedProvisions"] });
    }
  });

export type NewCaseInput = z.input<typeof NewCaseSchema>;
export type NewCase = z.output<typeof NewCaseSchema>;
