import { z } from "zod";
import { citableProvisions, type CodeVersion } from "../catalogue";
import { StringListSchema } from "./fields";

export const RULES_FIELDS = ["provisions"] as const;

/** Optional: the Rules and Standards the complainant believes were broken, in the edition in force. */
export function allegedProvisionsSchema(codeVersion: CodeVersion) {
  const codes = new Set(citableProvisions(codeVersion).map((provision) => provision.code));
  return z.object({
    provisions: StringListSchema.pipe(
      z
        .array(z.string())
        .max(40, "Select 40 or fewer")
        .refine((list) => list.every((code) => codes.has(code)), "Select Rules and Standards from the list")
        .transform((list) => [...new Set(list)]),
    ),
  });
}

export type AllegedProvisions = { provisions: string[] };
