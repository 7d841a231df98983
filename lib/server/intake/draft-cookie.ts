import "server-only";
import { cookies } from "next/headers";
import { cookieSecurity } from "../complainant-session";
import type { DbOrTx } from "../db";
import { DRAFT_DAYS, findDraft, type Draft } from "./drafts";

/** The intake draft's resume code rides in an HttpOnly cookie scoped to the intake pages. */
export const DRAFT_COOKIE = "docket_intake";
const PATH = "/complaints";

export async function readDraftCode(): Promise<string | undefined> {
  return (await cookies()).get(DRAFT_COOKIE)?.value;
}

export async function setDraftCookie(code: string): Promise<void> {
  (await cookies()).set(DRAFT_COOKIE, code, { ...cookieSecurity(), path: PATH, maxAge: DRAFT_DAYS * 86_400 });
}

export async function clearDraftCookie(): Promise<void> {
  (await cookies()).delete({ name: DRAFT_COOKIE, path: PATH });
}

/** The current request's draft, or null. */
export async function currentDraft(db: DbOrTx, now = new Date()): Promise<Draft | null> {
  return findDraft(db, await readDraftCode(), now);
}
