import { z } from "zod";

/**
 * Complainant access codes: 16 characters of Crockford base32 (80 bits) shown in groups of four,
 * e.g. "7KQ2-M9XD-4RTB-HN3W". People may type them in any case, with or without spaces or
 * hyphens, and confuse O/0 and I/L/1: normalising undoes all of that before the digest.
 */
export const ACCESS_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const ACCESS_CODE_LENGTH = 16;

export function normaliseAccessCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1")
    .replace(/U/g, "V");
}

export function formatAccessCode(code: string): string {
  return (normaliseAccessCode(code).match(/.{1,4}/g) ?? []).join("-");
}

export const REFERENCE_PATTERN = /^EPC-\d{4}-\d{4,6}$/;

export const ReferenceSchema = z
  .string({ error: "Enter your case reference" })
  .trim()
  .min(1, "Enter your case reference")
  .max(20, "Enter the case reference as it appears in your confirmation, like EPC-2026-0001")
  .transform((value) => value.toUpperCase().replace(/\s+/g, ""))
  .refine((value) => REFERENCE_PATTERN.test(value), "Enter the case reference as it appears in your confirmation, like EPC-2026-0001");

export const AccessCodeSchema = z
  .string({ error: "Enter your access code" })
  .trim()
  .min(1, "Enter your access code")
  .max(40, "Enter the 16-character access code you were given")
  .transform(normaliseAccessCode)
  .refine(
    (value) => value.length === ACCESS_CODE_LENGTH && [...value].every((char) => ACCESS_CODE_ALPHABET.includes(char)),
    "Enter the 16-character access code you were given, like 7KQ2-M9XD-4RTB-HN3W",
  );
