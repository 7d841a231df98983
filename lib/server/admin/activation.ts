import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAudit } from "../audit/append";
import { AppError } from "../errors";
import { hashPassword } from "../password";
import { digestToken } from "../tokens";
import { personStream } from "./people";

const KINDS = ["INVITE", "ACTIVATION"] as const;

/** The person a still-valid invitation or activation link belongs to, or null. */
export async function findActivation(db: PrismaClient, token: string, now = new Date()) {
  const row = await db.authToken.findUnique({
    where: { tokenHash: digestToken(token) },
    select: { kind: true, usedAt: true, expiresAt: true, person: { select: { name: true, email: true, active: true } } },
  });
  if (!row || !(KINDS as readonly string[]).includes(row.kind) || row.usedAt || row.expiresAt <= now || !row.person.active) return null;
  return { name: row.person.name, email: row.person.email };
}

/**
 * Sets the password from a one-time link. The link is consumed by a conditional update, so two
 * submissions of the same link cannot both succeed; earlier sessions end (sessionVersion).
 */
export async function activateAccount(db: PrismaClient, token: string, password: string, now = new Date()): Promise<{ email: string }> {
  const invalid = () => new AppError("VALIDATION", "This link has expired or has already been used. Ask an administrator for a new one.");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const row = await tx.authToken.findUnique({ where: { tokenHash: digestToken(token) }, select: { id: true, kind: true, personId: true, person: { select: { email: true, active: true } } } });
    if (!row || !(KINDS as readonly string[]).includes(row.kind) || !row.person.active) throw invalid();
    const consumed = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (consumed.count === 0) throw invalid();
    await tx.person.update({ where: { id: row.personId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await appendAudit(tx, { stream: personStream(row.personId), actor: { kind: "PERSON", id: row.personId }, type: "PERSON_ACTIVATED", payload: { via: row.kind } });
    return { email: row.person.email };
  });
}
