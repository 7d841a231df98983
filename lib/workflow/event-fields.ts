import { z } from "zod";
import { ProvisionRefSchema } from "@/lib/domain/catalogue";

/** Field schemas shared by several events. */

export const IdSchema = z.string().trim().min(1).max(100);
export const IdListSchema = z
  .array(IdSchema)
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, "Each id may appear only once");
export const TextSchema = z.string().trim().min(1).max(20_000);
export const ShortTextSchema = z.string().trim().min(1).max(500);
export const DocumentIdsSchema = IdListSchema.default([]);

export const VOTE_CHOICES = ["FOR", "AGAINST", "ABSTAIN"] as const;
export const VoteSchema = z.object({ personId: IdSchema, choice: z.enum(VOTE_CHOICES) });
export type Vote = z.infer<typeof VoteSchema>;

/** One vote per person; FOR means for the decision as recorded. */
export const VotesSchema = z
  .array(VoteSchema)
  .min(1)
  .max(50)
  .refine((votes) => new Set(votes.map((vote) => vote.personId)).size === votes.length, "Each member votes once");

/** Provisions cited together must come from one code version (the one in force at the time). */
export const ProvisionListSchema = z
  .array(ProvisionRefSchema)
  .max(40)
  .refine((refs) => new Set(refs.map((ref) => ref.codeVersion)).size <= 1, "Cite provisions from one code version")
  .refine((refs) => new Set(refs.map((ref) => ref.code)).size === refs.length, "Each provision may be cited once");

export const DeliverySchema = z.enum(["ELECTRONIC", "MAIL"]).default("ELECTRONIC");
