import { z } from "zod";
import { AccessCodeSchema, ReferenceSchema } from "./access-code";
import { EmailSchema, optionalText, requiredText } from "./fields";

/** Forms of the complainant's status page (/complaints/status). */

export const StatusSignInSchema = z.object({ reference: ReferenceSchema, accessCode: AccessCodeSchema });

export const MESSAGE_MAX = 5_000;
export const MessageSchema = z.object({ body: requiredText("Enter your message", "Your message", MESSAGE_MAX) });

export const INFO_REPLY_MAX = 10_000;
export const InfoReplySchema = z.object({
  answer: requiredText("Enter your answer to the request", "Your answer", INFO_REPLY_MAX),
});

export const WithdrawSchema = z.object({
  reason: optionalText("Your reason", 5_000),
  confirm: z.literal("yes", { error: "Confirm that you want to ask to withdraw the complaint" }),
});

export const LostCodeSchema = z.object({ reference: ReferenceSchema, email: EmailSchema });
