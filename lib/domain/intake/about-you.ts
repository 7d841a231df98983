import { z } from "zod";
import { COMPLAINANT_RELATIONSHIPS, CONTACT_CHANNELS } from "../new-case";
import { EmailSchema, optionalText, requiredText, yesNo } from "./fields";

export const RELATIONSHIP_LABELS: Record<(typeof COMPLAINANT_RELATIONSHIPS)[number], string> = {
  CLIENT: "I am (or was) their client",
  FAMILY: "I am a family member or carer of their client",
  CCM_PEER: "I am a case manager or other professional who worked with them",
  EMPLOYER: "I am (or was) their employer",
  PAYER: "I work for an insurer or payer",
  OTHER: "Something else",
};

export const CONTACT_LABELS: Record<(typeof CONTACT_CHANNELS)[number], string> = {
  EMAIL: "Email",
  PHONE: "Phone",
  POST: "Post",
};

export const ABOUT_YOU_FIELDS = [
  "name",
  "organisation",
  "email",
  "phone",
  "postalAddress",
  "relationship",
  "relationshipOther",
  "preferredContact",
  "shareWithRespondent",
  "accommodationNeeds",
] as const;

/** Phone numbers as people type them: digits, spaces and + ( ) - . only. */
const PhoneSchema = optionalText("Phone number", 50).refine(
  (value) => value === undefined || /^[0-9+()\-. ]{6,50}$/.test(value),
  "Enter a phone number, like 01632 960 001 or +1 555 010 0199",
);

export const AboutYouSchema = z
  .object({
    name: requiredText("Enter your full name", "Full name", 200),
    organisation: optionalText("Organisation", 200),
    email: EmailSchema,
    phone: PhoneSchema,
    postalAddress: optionalText("Postal address", 1000),
    relationship: z.enum(COMPLAINANT_RELATIONSHIPS, { error: "Select how you know the case manager" }),
    relationshipOther: optionalText("Your relationship", 200),
    preferredContact: z.enum(CONTACT_CHANNELS, { error: "Select how you would like us to contact you" }),
    shareWithRespondent: yesNo("Select whether we may tell the case manager who you are"),
    accommodationNeeds: optionalText("Support you need", 2000),
  })
  .superRefine((answers, ctx) => {
    if (answers.relationship === "OTHER" && !answers.relationshipOther) {
      ctx.addIssue({ code: "custom", path: ["relationshipOther"], message: "Describe how you know the case manager" });
    }
    if (answers.preferredContact === "PHONE" && !answers.phone) {
      ctx.addIssue({ code: "custom", path: ["phone"], message: "Enter a phone number, as you would like us to phone you" });
    }
    if (answers.preferredContact === "POST" && !answers.postalAddress) {
      ctx.addIssue({ code: "custom", path: ["postalAddress"], message: "Enter your postal address, as you would like us to write to you" });
    }
  });

export type AboutYou = z.output<typeof AboutYouSchema>;
