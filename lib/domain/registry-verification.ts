import { z } from "zod";
import { looksLikeCcmNumber } from "./registry";

/** Public lookup (/verify): a CCM number, or at least 3 characters of a name. */
export const VERIFY_MIN_NAME = 3;
export const VERIFY_MAX_RESULTS = 50;

export const VerifyQuerySchema = z
  .string()
  .trim()
  .max(100, "Use 100 characters or fewer")
  // PostgreSQL refuses a NUL in a query parameter: a field error, not a failed search.
  .refine((value) => !value.includes("\u0000"), "Search with letters, digits and spaces")
  .transform((value) => value.replace(/\s+/g, " "))
  .refine((value) => value.length >= VERIFY_MIN_NAME || looksLikeCcmNumber(value), {
    message: `Enter a CCM number, or at least ${VERIFY_MIN_NAME} letters of a name`,
  });

export type PublicSanction = {
  type: string;
  typeLabel: string;
  status: "ACTIVE" | "COMPLETED";
  startsOn: string | null;
  endsOn: string | null;
  breachedProvisions: { code: string; codeVersion: number; title: string }[];
};

/** The stable public shape (also GET /api/v1/certifications/{number}). */
export type PublicCertification = {
  number: string;
  name: string;
  status: string;
  statusLabel: string;
  validThrough: string;
  onProbation: boolean;
  publicSanctions: PublicSanction[];
};
