import "server-only";
import { redirect } from "next/navigation";
import { db } from "../db";
import { currentDraft } from "./draft-cookie";
import type { Draft } from "./drafts";
import { EXPIRED_PATH } from "./handlers";
import { CONFIRMATION_PATH } from "./submit";

/** For intake pages: the visitor's draft, or off to the start (none, expired) or the confirmation (filed). */
export async function requireDraft(): Promise<Draft> {
  const draft = await currentDraft(db);
  if (!draft) redirect(EXPIRED_PATH);
  if (draft.data.submitted) redirect(CONFIRMATION_PATH);
  return draft;
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function param(params: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = params[name];
  return typeof value === "string" ? value : undefined;
}
