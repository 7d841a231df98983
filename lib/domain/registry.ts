import { z } from "zod";
import { LIFECYCLE_STATUSES } from "./certification";

/**
 * Shared by the registry forms, their actions, the CSV import and the public lookup.
 * CCM numbers are matched case-insensitively and stored upper-case.
 */
export const CCM_NUMBER_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,31}$/;

export const CcmNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, "Enter the CCM number")
  .regex(CCM_NUMBER_PATTERN, "A CCM number has 3 to 32 letters, digits or hyphens");

export function looksLikeCcmNumber(value: string): boolean {
  const candidate = value.trim().toUpperCase();
  return CCM_NUMBER_PATTERN.test(candidate) && /\d/.test(candidate);
}

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((value) => (value ? value : null));

export const IsoDateSchema = (label: string) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, `Enter the ${label}`)
    .pipe(z.iso.date(`Enter the ${label} as a real date in the form YYYY-MM-DD`));

/** A date-only value as the UTC midnight it is stored at. */
export function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function isoDay(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

export const CertificantFieldsSchema = z.object({
  firstName: z.string().trim().min(1, "Enter the first name").max(100, "First name must be 100 characters or fewer"),
  lastName: z.string().trim().min(1, "Enter the last name").max(100, "Last name must be 100 characters or fewer"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Email address must be 254 characters or fewer")
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || z.email().safeParse(value).success, "Enter an email address like name@example.org"),
  phone: optionalText(40, "Phone"),
  employer: optionalText(200, "Employer"),
  city: optionalText(100, "City"),
  region: optionalText(100, "State or region"),
});

const certificationFields = {
  number: CcmNumberSchema,
  issuedAt: IsoDateSchema("issue date"),
  validThrough: IsoDateSchema("valid-through date"),
};

function validThroughAfterIssue(value: { issuedAt: string; validThrough: string }, ctx: z.RefinementCtx) {
  if (value.validThrough <= value.issuedAt) {
    ctx.addIssue({ code: "custom", path: ["validThrough"], message: "The valid-through date must be after the issue date" });
  }
}

export const LifecycleStatusSchema = z.enum(LIFECYCLE_STATUSES, {
  error: "Choose a status: suspension and revocation come only from a final Committee decision",
});

/** New certificant with their certification. Its initial status is a lifecycle status. */
export const CertificationCreateSchema = CertificantFieldsSchema.extend({
  ...certificationFields,
  lifecycleStatus: LifecycleStatusSchema,
}).superRefine(validThroughAfterIssue);
export type CertificationCreateInput = z.output<typeof CertificationCreateSchema>;

/** Editing the record's facts; the status has its own, reasoned correction. */
export const CertificationEditSchema = CertificantFieldsSchema.extend({
  ...certificationFields,
  certificationId: z.string().min(1),
  version: z.coerce.number().int().min(1),
}).superRefine(validThroughAfterIssue);
export type CertificationEditInput = z.output<typeof CertificationEditSchema>;

export const StatusCorrectionSchema = z.object({
  certificationId: z.string().min(1),
  version: z.coerce.number().int().min(1),
  lifecycleStatus: LifecycleStatusSchema,
  reason: z
    .string()
    .trim()
    .min(5, "Give the reason for the correction (at least 5 characters)")
    .max(1000, "The reason must be 1000 characters or fewer"),
});
export type StatusCorrectionInput = z.output<typeof StatusCorrectionSchema>;

export const REGISTRY_PAGE_SIZE = 25;

export const RegistrySearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type RegistrySearch = z.output<typeof RegistrySearchSchema>;

/** A date as people read it, e.g. "31 January 2027" (dates are UTC days). */
export function formatDay(date: Date | string | null | undefined): string {
  if (!date) return "";
  const value = typeof date === "string" ? new Date(date.length === 10 ? `${date}T00:00:00.000Z` : date) : date;
  return value.toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
}
