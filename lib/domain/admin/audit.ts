import { z } from "zod";

export const AUDIT_PAGE_SIZE = 50;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use ${max} characters or fewer`)
    .optional()
    .transform((value) => (value ? value : undefined));

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || z.iso.date().safeParse(value).success, `Enter the ${label} as a real date in the form YYYY-MM-DD`);

/** The audit search form (GET): every filter optional, dates inclusive, UTC. */
export const AuditSearchSchema = z
  .object({
    caseRef: optionalText(40),
    actor: optionalText(254),
    type: optionalText(80),
    from: optionalDate("start date"),
    to: optionalDate("end date"),
    page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { path: ["to"], message: "The end date must be on or after the start date" });
export type AuditSearch = z.output<typeof AuditSearchSchema>;
