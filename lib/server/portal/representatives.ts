import "server-only";
import { COMMITTEE_SIDE_ROLES, hasAnyRole, type Role } from "@/lib/domain/roles";
import { casePath } from "@/lib/domain/portal/pages";
import { FieldError } from "../admin/field-error";
import type { Db } from "../db";
import { AppError } from "../errors";
import { ACTIVATION_TTL_DAYS, issueActivationLink } from "./activation-link";
import { recordOnCase, type CaseRecordContext } from "./case-record";
import { appUrl, enqueuePlainNotice } from "./notices";
import { isTheCcm } from "./scope";
import type { PersonActor } from "./viewer";

/**
 * A representative (e.g. an attorney) the CCM designates on one case (DOMAIN §2): they get an
 * account with no role, activated by a one-time link, and see and act on that case only
 * (visibility and the workflow treat an active CaseRepresentative as the respondent).
 */

export const MAX_REPRESENTATIVES = 3;

async function requireTheCcm(ctx: CaseRecordContext): Promise<void> {
  const row = await ctx.tx.complaint.findUniqueOrThrow({ where: { id: ctx.caseId }, select: { respondentCertificationId: true } });
  if (!isTheCcm(ctx.actor, row.respondentCertificationId)) {
    throw new AppError("FORBIDDEN", "Only the case manager named in the complaint can appoint or remove a representative.");
  }
}

async function representativeAccount(ctx: CaseRecordContext, name: string, email: string) {
  const existing = await ctx.tx.person.findUnique({ where: { email }, select: { id: true, name: true, active: true, roles: true, passwordHash: true } });
  if (!existing) {
    const created = await ctx.tx.person.create({ data: { email, name, roles: [] }, select: { id: true, name: true } });
    return { ...created, hasPassword: false };
  }
  if (existing.id === ctx.actor.personId) throw new FieldError("email", "Enter your representative's email address, not your own");
  if (!existing.active) throw new FieldError("email", "This email address cannot be used. Contact the ethics coordinator.");
  if (hasAnyRole(existing.roles as Role[], [...COMMITTEE_SIDE_ROLES, "ADMIN"])) {
    throw new FieldError("email", "This person works for CCMC and cannot represent you. Choose someone else.");
  }
  return { id: existing.id, name: existing.name, hasPassword: existing.passwordHash !== null };
}

export async function designateRepresentative(input: {
  db?: Db;
  actor: PersonActor;
  caseId: string;
  expectedVersion: number;
  name: string;
  email: string;
  now?: Date;
}) {
  return recordOnCase({
    ...input,
    type: "REPRESENTATIVE_DESIGNATED",
    work: async (ctx) => {
      await requireTheCcm(ctx);
      const active = await ctx.tx.caseRepresentative.count({ where: { complaintId: ctx.caseId, revokedAt: null } });
      if (active >= MAX_REPRESENTATIVES) throw new AppError("GUARD_FAILED", `A case can have at most ${MAX_REPRESENTATIVES} representatives. Remove one first.`);
      const person = await representativeAccount(ctx, input.name, input.email);
      const current = await ctx.tx.caseRepresentative.findUnique({ where: { complaintId_personId: { complaintId: ctx.caseId, personId: person.id } }, select: { id: true, revokedAt: true } });
      if (current && current.revokedAt === null) throw new FieldError("email", "This person is already your representative on this case");
      const row = current
        ? await ctx.tx.caseRepresentative.update({ where: { id: current.id }, data: { revokedAt: null, designatedAt: ctx.now }, select: { id: true, personId: true } })
        : await ctx.tx.caseRepresentative.create({ data: { complaintId: ctx.caseId, personId: person.id, designatedAt: ctx.now }, select: { id: true, personId: true } });
      const portalLink = `${appUrl()}${casePath(ctx.caseId)}`;
      const paragraphs = [`Dear ${person.name},`, `You have been appointed to represent a certified case manager in CCMC ethics case ${ctx.reference}.`];
      if (person.hasPassword) {
        await enqueuePlainNotice(ctx.tx, {
          template: "REPRESENTATIVE_DESIGNATED",
          recipientKind: "REPRESENTATIVE",
          recipientPersonId: person.id,
          toAddress: input.email,
          complaintId: ctx.caseId,
          subject: `You have been appointed as a representative (${ctx.reference})`,
          paragraphs: [...paragraphs, "Sign in to the CCM portal with your existing account to see the case."],
          link: { prompt: "Open the case:", href: portalLink },
          now: ctx.now,
        });
      } else {
        const { link } = await issueActivationLink(ctx.tx, person.id, ctx.now);
        await enqueuePlainNotice(ctx.tx, {
          template: "REPRESENTATIVE_INVITE",
          recipientKind: "REPRESENTATIVE",
          recipientPersonId: person.id,
          toAddress: input.email,
          complaintId: ctx.caseId,
          subject: `Set up your account to represent a case manager (${ctx.reference})`,
          paragraphs: [
            ...paragraphs,
            `Set your password with the link below within ${ACTIVATION_TTL_DAYS} days (it works once), then sign in and open ${portalLink}. You will see this case only.`,
          ],
          link: { prompt: "Set your password:", href: link },
          now: ctx.now,
        });
      }
      return row;
    },
    payload: (r) => ({ representativeId: r.id, personId: r.personId }),
  });
}

export async function revokeRepresentative(input: { db?: Db; actor: PersonActor; caseId: string; expectedVersion: number; representativeId: string; now?: Date }) {
  return recordOnCase({
    ...input,
    type: "REPRESENTATIVE_REVOKED",
    work: async (ctx) => {
      await requireTheCcm(ctx);
      const updated = await ctx.tx.caseRepresentative.updateMany({
        where: { id: input.representativeId, complaintId: ctx.caseId, revokedAt: null },
        data: { revokedAt: ctx.now },
      });
      if (updated.count === 0) throw new AppError("GUARD_FAILED", "This person is no longer your representative on this case.");
    },
    payload: () => ({ representativeId: input.representativeId }),
  });
}
