import "server-only";
import type { Recipient } from "@/lib/workflow";
import type { NoticeAudience } from "../../notifications/templates";
import type { DbOrTx } from "../../db";
import { loadRoster } from "../snapshot";
import type { EffectContext } from "./context";

export interface Addressee {
  personId: string | null;
  /** null when no email address is on file (the notice is kept for posting). */
  address: string | null;
  audience: NoticeAudience;
}

async function people(ctx: EffectContext, personIds: readonly string[]): Promise<Addressee[]> {
  if (personIds.length === 0) return [];
  const recused = await recusedIds(ctx);
  const rows = await ctx.tx.person.findMany({
    where: { id: { in: personIds.filter((id) => !recused.has(id)) }, active: true },
    select: { id: true, email: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ personId: row.id, address: row.email, audience: "COMMITTEE" }));
}

async function recusedIds(ctx: EffectContext): Promise<Set<string>> {
  const rows = await ctx.tx.recusal.findMany({ where: { complaintId: ctx.caseId }, select: { personId: true } });
  return new Set(rows.map((row) => row.personId));
}

async function complainant(ctx: EffectContext): Promise<Addressee[]> {
  const row = await ctx.tx.complainant.findUnique({ where: { complaintId: ctx.caseId }, select: { email: true } });
  return row ? [{ personId: null, address: row.email, audience: "COMPLAINANT" }] : [];
}

/** The CCM (their account's email, else the registry's) and every active representative. */
export async function respondentAddressees(db: DbOrTx, caseId: string): Promise<Addressee[]> {
  const complaint = await db.complaint.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      respondentCertification: { select: { certificant: { select: { email: true, person: { select: { id: true, email: true, active: true } } } } } },
      representatives: { where: { revokedAt: null }, select: { person: { select: { id: true, email: true } } } },
    },
  });
  const certificant = complaint.respondentCertification?.certificant;
  const account = certificant?.person?.active ? certificant.person : null;
  const ccm: Addressee = { personId: account?.id ?? null, address: account?.email ?? certificant?.email ?? null, audience: "RESPONDENT" };
  const representatives = complaint.representatives.map(
    (r): Addressee => ({ personId: r.person.id, address: r.person.email, audience: "RESPONDENT" }),
  );
  return [ccm, ...representatives];
}

const respondent = (ctx: EffectContext) => respondentAddressees(ctx.tx, ctx.caseId);

async function chair(ctx: EffectContext): Promise<Addressee[]> {
  const recused = await recusedIds(ctx);
  for (const role of ["COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR"] as const) {
    const rows = await ctx.tx.person.findMany({
      where: { active: true, roles: { has: role }, id: { notIn: [...recused] } },
      select: { id: true, email: true },
      orderBy: { id: "asc" },
    });
    // The Vice-Chair acts for the Chair only when no Chair can (e.g. the Chair is recused).
    if (rows.length > 0) return rows.map((row) => ({ personId: row.id, address: row.email, audience: "COMMITTEE" }));
  }
  return [];
}

async function hearingPanel(ctx: EffectContext): Promise<Addressee[]> {
  const hearing = await ctx.tx.hearing.findFirst({
    where: { complaintId: ctx.caseId, status: { not: "CANCELLED" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { panel: { select: { personId: true } } },
  });
  return people(ctx, hearing?.panel.map((p) => p.personId) ?? []);
}

async function appealPanel(ctx: EffectContext): Promise<Addressee[]> {
  const appeal = await ctx.tx.appeal.findFirst({
    where: { complaintId: ctx.caseId },
    orderBy: [{ filedAt: "desc" }, { id: "desc" }],
    select: { panel: { select: { personId: true } } },
  });
  return people(ctx, appeal?.panel.map((p) => p.personId) ?? []);
}

async function thirdParty(ctx: EffectContext): Promise<Addressee[]> {
  const request = await ctx.tx.infoRequest.findFirst({
    where: { complaintId: ctx.caseId, party: "THIRD_PARTY" },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    select: { thirdPartyEmail: true },
  });
  return request ? [{ personId: null, address: request.thirdPartyEmail, audience: "THIRD_PARTY" }] : [];
}

/** Everyone a NOTIFY to `to` reaches on this case. Recused members are never written to about it. */
export async function resolveRecipients(ctx: EffectContext, to: Recipient): Promise<Addressee[]> {
  switch (to) {
    case "COMPLAINANT":
      return complainant(ctx);
    case "RESPONDENT":
      return respondent(ctx);
    case "COMMITTEE":
      return people(ctx, (await loadRoster(ctx.tx, ctx.now)).committeePersonIds);
    case "CHAIR":
      return chair(ctx);
    case "HEARING_PANEL":
      return hearingPanel(ctx);
    case "APPEAL_PANEL":
      return appealPanel(ctx);
    case "THIRD_PARTY":
      return thirdParty(ctx);
    case "LICENSING_BOARDS":
      // No board addresses are held: the notice waits in the outbox for staff to forward.
      return [{ personId: null, address: null, audience: "PUBLIC" }];
  }
}

