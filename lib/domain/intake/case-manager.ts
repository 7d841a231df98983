import { z } from "zod";
import { hasNoNul } from "../plain-text";
import { optionalText } from "./fields";

/** The value of the "not in the list" choice; anything else is a CCM number picked from the register. */
export const NOT_LISTED = "NOT_LISTED";

export const CASE_MANAGER_FIELDS = ["match", "name", "ccmNumber", "employer", "location", "contact"] as const;

export const CaseManagerSchema = z
  .object({
    /** A CCM number from the register search, or NOT_LISTED. Absent when no search was made. */
    match: z
      .string()
      .trim()
      .max(40, "Select the case manager from the list")
      // The number is looked up in the register, and PostgreSQL refuses a NUL in a query parameter.
      .refine(hasNoNul, "Select the case manager from the list")
      .optional()
      .transform((value) => (value ? value.toUpperCase() : NOT_LISTED)),
    name: optionalText("Their name", 200),
    ccmNumber: optionalText("CCM number", 40),
    employer: optionalText("Employer", 200),
    location: optionalText("Where they work", 200),
    contact: optionalText("Contact details", 500),
  })
  .superRefine((answers, ctx) => {
    if (answers.match === NOT_LISTED && !answers.name) {
      ctx.addIssue({ code: "custom", path: ["name"], message: "Enter the case manager's name, or find them in the register" });
    }
  })
  // A register match supplies the name and number; typed ones would only disagree with it.
  .transform((answers) => (answers.match === NOT_LISTED ? answers : { ...answers, name: undefined, ccmNumber: undefined }));

export type CaseManagerAnswers = z.output<typeof CaseManagerSchema>;

/** The registry search box: a CCM number or at least 3 letters of a name. */
export const RegistryQuerySchema = z
  .string()
  .trim()
  .max(100, "Search with 100 characters or fewer")
  // PostgreSQL refuses a NUL in a query parameter: a field error, not a failed search.
  .refine((value) => !value.includes("\u0000"), "Search with letters, digits and spaces")
  .transform((value) => value.replace(/\s+/g, " "))
  .refine((value) => value.length >= 3, "Enter a CCM number, or at least 3 letters of their name");

export const REGISTRY_MATCH_LIMIT = 20;
