import "server-only";
import { activationPath, INVITE_TTL_DAYS } from "../admin/invites";
import type { TxClient } from "../db";
import { digestToken, newToken } from "../tokens";
import { appUrl } from "./notices";

/**
 * A one-time ACTIVATION link for `personId`, served by the set-password page the administrators'
 * invitations use (/activate/[token]): only the token's SHA-256 digest is stored, earlier unused
 * activation links of the person stop working, and it expires after the invitation period.
 */
export async function issueActivationLink(tx: TxClient, personId: string, now: Date): Promise<{ link: string; expiresAt: Date }> {
  await tx.authToken.updateMany({ where: { personId, kind: "ACTIVATION", usedAt: null }, data: { usedAt: now } });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * 86_400_000);
  await tx.authToken.create({ data: { personId, kind: "ACTIVATION", tokenHash: digestToken(token), expiresAt, createdAt: now } });
  return { link: `${appUrl()}${activationPath(token)}`, expiresAt };
}

export const ACTIVATION_TTL_DAYS = INVITE_TTL_DAYS;
