import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { InviteInput } from "@/lib/domain/admin/people";
import { ROLE_LABELS, type Role } from "@/lib/domain/roles";
import { utcDate } from "@/lib/domain/registry";
import { appendAudit, type AuditActor } from "../audit/append";
import { AppError } from "../errors";
import { digestToken, newToken } from "../tokens";
import { FieldError } from "./field-error";
import { personStream } from "./people";

export const INVITE_TTL_DAYS = 7;

export function appUrl(): string {
  return (process.env.APP_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

export const activationPath = (token: string) => `/activate/${token}`;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

/**
 * Issues a one-time invitation link: only its SHA-256 digest is stored. Until email delivery
 * exists the link travels as an outbox Notice (PENDING) that the delivery worker sends.
 */
async function issueInvite(tx: Prisma.TransactionClient, person: { id: string; name: string; email: string; roles: Role[] }, now: Date) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * 24 * 60 * 60 * 1000);
  await tx.authToken.create({ data: { personId: person.id, kind: "INVITE", tokenHash: digestToken(token), expiresAt } });
  const link = `${appUrl()}${activationPath(token)}`;
  const roles = person.roles.map((role) => ROLE_LABELS[role]).join(", ");
  const subject = "You are invited to Docket, the CCMC ethics complaints system";
  const bodyText = [
    `Dear ${person.name},`,
    "",
    `You have been given access to Docket as: ${roles}.`,
    `Set your password with this link within ${INVITE_TTL_DAYS} days (it works once):`,
    link,
    "",
    "If you were not expecting this, ignore this email.",
  ].join("\n");
  const bodyHtml = `<p>Dear ${escapeHtml(person.name)},</p><p>You have been given access to Docket as: ${escapeHtml(roles)}.</p><p>Set your password with this link within ${INVITE_TTL_DAYS} days (it works once):<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p><p>If you were not expecting this, ignore this email.</p>`;
  await tx.notice.create({
    data: {
      template: "INVITE",
      recipientKind: "PERSON",
      toAddress: person.email,
      subject,
      bodyText,
      bodyHtml,
      status: "PENDING",
      messageId: `<invite-${randomUUID()}@docket>`,
    },
  });
  return { path: activationPath(token), expiresAt };
}

export async function invitePerson(db: PrismaClient, input: InviteInput, actor: AuditActor) {
  const existing = await db.person.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new FieldError("email", `${input.email} already has an account`);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const person = await tx.person.create({
      data: {
        email: input.email,
        name: input.name,
        roles: input.roles,
        committeeTermFrom: input.termFrom ? utcDate(input.termFrom) : null,
        committeeTermTo: input.termTo ? utcDate(input.termTo) : null,
      },
    });
    const invite = await issueInvite(tx, { ...person, roles: input.roles }, now);
    await appendAudit(tx, {
      stream: personStream(person.id),
      actor,
      type: "PERSON_INVITED",
      payload: { email: input.email, name: input.name, roles: input.roles, termFrom: input.termFrom, termTo: input.termTo, expiresAt: invite.expiresAt },
    });
    return { personId: person.id, ...invite };
  });
}

/** A fresh link for someone who has not set a password yet; earlier links stop working. */
export async function reissueInvite(db: PrismaClient, personId: string, actor: AuditActor) {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true, name: true, email: true, roles: true, active: true, passwordHash: true } });
    if (!person) throw new AppError("NOT_FOUND", "This person no longer exists.");
    if (!person.active) throw new AppError("VALIDATION", "Reactivate the account before sending a new invitation.");
    if (person.passwordHash) throw new AppError("VALIDATION", `${person.name} has already set a password.`);
    await tx.authToken.updateMany({ where: { personId, kind: "INVITE", usedAt: null }, data: { usedAt: now } });
    const invite = await issueInvite(tx, { ...person, roles: person.roles as Role[] }, now);
    await appendAudit(tx, { stream: personStream(personId), actor, type: "PERSON_INVITE_REISSUED", payload: { expiresAt: invite.expiresAt } });
    return invite;
  });
}
