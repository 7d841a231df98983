import { z } from "zod";
import { requiredText, requiredTick, TickedSchema } from "./fields";

export const CONSENT_FIELDS = ["releaseOfInformation", "healthRecordsAuthorization", "confidentiality", "truthfulnessAttestation", "signedName"] as const;

export const ConsentsSchema = z.object({
  releaseOfInformation: requiredTick("Confirm that CCMC may share the complaint with the case manager and the Committee"),
  healthRecordsAuthorization: TickedSchema,
  confidentiality: requiredTick("Confirm that you will keep the process confidential"),
  truthfulnessAttestation: requiredTick("Confirm that the information you have given is true"),
  signedName: requiredText("Type your full name to sign the declaration", "Your signature", 200),
});

export type Consents = z.output<typeof ConsentsSchema>;
