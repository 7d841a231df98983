import { z } from "zod";
import { PROCEEDING_KINDS } from "../new-case";
import { optionalText, requiredText } from "./fields";

/** "Add another" lists: other proceedings and witnesses, one item added per submission. */

export const MAX_PROCEEDINGS = 10;
export const MAX_WITNESSES = 20;

export const PROCEEDING_LABELS: Record<(typeof PROCEEDING_KINDS)[number], string> = {
  LICENSING_BOARD: "A state licensing board",
  COURT: "A court",
  POLICE: "The police",
  EMPLOYER_GRIEVANCE: "An employer's complaint or grievance process",
  OTHER_CERTIFIER: "Another certifying body",
  OTHER: "Somewhere else",
};

export const PROCEEDING_FIELDS = ["kind", "body", "status", "reference"] as const;

export const ProceedingSchema = z.object({
  kind: z.enum(PROCEEDING_KINDS, { error: "Select where else it was reported" }),
  body: optionalText("The name of the organisation", 500),
  status: optionalText("Where it has got to", 200),
  reference: optionalText("Their reference number", 200),
});
export type Proceeding = z.output<typeof ProceedingSchema>;

export const WITNESS_FIELDS = ["witnessName", "witnessContact", "witnessRelation"] as const;

export const WitnessSchema = z.object({
  witnessName: requiredText("Enter the witness's name", "The witness's name", 200),
  witnessContact: optionalText("How to contact them", 500),
  witnessRelation: optionalText("How they know about it", 200),
});
export type WitnessInput = z.output<typeof WitnessSchema>;
export type Witness = { name: string; contact?: string; relation?: string };

export function witnessFrom(input: WitnessInput): Witness {
  return {
    name: input.witnessName,
    ...(input.witnessContact && { contact: input.witnessContact }),
    ...(input.witnessRelation && { relation: input.witnessRelation }),
  };
}

/** True when any field of an item form was filled in (so "Continue" adds it instead of losing it). */
export function anyFilled(values: Record<string, unknown>, fields: readonly string[]): boolean {
  return fields.some((field) => typeof values[field] === "string" && (values[field] as string).trim() !== "");
}
