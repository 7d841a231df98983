import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CONFLICT_KINDS } from "@/lib/domain/committee/record-forms";
import { appendAudit, caseStream } from "../audit/append";
import { revalidateCase } from "../cases/revalidate";
import type { Db, DbOrTx, TxClient } from "../db";
import { AppError } from "../errors";
import type { PersonActor } from "./actor";
import { requireFullAccess } from "./records";

/**
 * Conflicts of interest (DOMAIN §8, issue 5 §4): members declare their relationship to the parties,
 * the Chair recuses (the Vice-Chair when the Chair is conflicted), challenges for cause are ruled
 * on. Each step is audited in the same transaction as the row it writes.
 */

type ConflictKind = (typeof CONFLICT_KINDS)[number];
const SITTING_ROLES = ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR", "APPEAL_PANEL"] as const;

const sits = (roles: readonly string[]) => roles.some((role) => (SITTING_ROLES as readonly string[]).includes(role));

async function audit(tx: TxClient, actor: PersonActor, caseId: string, type: string, payload: Record<string, unknown>, now: Date) {
  await appendAudit(tx, { stream: caseStream(caseId), actor: { kind: "PERSON", id: actor.personId }, type, complaintId: caseId, payload, at: now });
}

export async function declareConflict(db: Db, actor: PersonActor, caseId: string, input: { kind: ConflictKind; details?: string }, now = new Date()): Promise<void> {
  if (!sits(actor.roles)) throw new AppError("FORBIDDEN", "Only Committee and appeal panel members declare conflicts.");
  await requireFullAccess(db, caseId, actor);
  await db.$transaction(async (tx) => {
    const details = input.details?.trim() || null;
    const row = await tx.conflictDeclaration.upsert({
      where: { complaintId_personId: { complaintId: caseId, personId: actor.personId } },
      create: { complaintId: caseId, personId: actor.personId, kind: input.kind, details, declaredAt: now },
      update: { kind: input.kind, details, declaredAt: now },
      select: { id: true },
    });
    await audit(tx, actor, caseId, "CONFLICT_DECLARED", { declarationId: row.id, kind: input.kind }, now);
  });
  await revalidateCase(caseId);
}

/** Whether every Chair is conflicted on the case (declared, recused or challenged), so the Vice-Chair rules. */
export async function chairIsConflicted(db: DbOrTx, caseId: string): Promise<boolean> {
  const chairs = await db.person.findMany({ where: { active: true, roles: { has: "COMMITTEE_CHAIR" } }, select: { id: true } });
  if (chairs.length === 0) return true;
  for (const chair of chairs) {
    const declared = await db.conflictDeclaration.count({ where: { complaintId: caseId, personId: chair.id, kind: { not: "NONE" } } });
    const recused = await db.recusal.count({ where: { complaintId: caseId, personId: chair.id } });
    const challenged = await db.memberChallenge.count({ where: { complaintId: caseId, memberId: chair.id, ruling: null } });
    if (declared + recused + challenged === 0) return false;
  }
  return true;
}

/** Null when `actor` may rule on recusals of this case now, else why not. */
export async function recusalRulerRefusal(db: DbOrTx, caseId: string, actor: PersonActor): Promise<string | null> {
  const isChair = actor.roles.includes("COMMITTEE_CHAIR");
  const isVice = actor.roles.includes("COMMITTEE_VICE_CHAIR");
  if (!isChair && !isVice) return "Only the Chair, or the Vice-Chair when the Chair is conflicted, rules on recusals.";
  const conflicted = await chairIsConflicted(db, caseId);
  if (isChair && !conflicted) return null;
  if (isVice && conflicted) return null;
  return isChair ? "You have a conflict on this case: the Vice-Chair rules on recusals." : "The Chair rules on recusals unless the Chair is conflicted.";
}

async function createRecusal(tx: TxClient, actor: PersonActor, caseId: string, input: { personId: string; reason: string; source: string }, now: Date) {
  const target = await tx.person.findUnique({ where: { id: input.personId }, select: { roles: true } });
  if (!target || !sits(target.roles)) throw new AppError("VALIDATION", "Only Committee and appeal panel members can be recused.");
  if (input.personId === actor.personId) throw new AppError("GUARD_FAILED", "You cannot rule on your own recusal.");
  try {
    const row = await tx.recusal.create({
      data: { complaintId: caseId, personId: input.personId, decidedById: actor.personId, reason: input.reason, source: input.source, at: now },
      select: { id: true },
    });
    await audit(tx, actor, caseId, "MEMBER_RECUSED", { recusalId: row.id, personId: input.personId, source: input.source }, now);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "That member is already recused from this case.");
    throw error;
  }
}

export async function recuseMember(db: Db, actor: PersonActor, caseId: string, input: { personId: string; reason: string }, now = new Date()): Promise<void> {
  await requireFullAccess(db, caseId, actor);
  const refusal = await recusalRulerRefusal(db, caseId, actor);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  const declared = await db.conflictDeclaration.count({ where: { complaintId: caseId, personId: input.personId, kind: { not: "NONE" } } });
  await db.$transaction((tx) => createRecusal(tx, actor, caseId, { ...input, source: declared > 0 ? "DECLARATION" : "CHAIR" }, now));
  await revalidateCase(caseId);
}

/** Staff record a CCM's challenge of a member for cause (received in writing). */
export async function recordChallenge(db: Db, actor: PersonActor, caseId: string, input: { memberId: string; grounds: string }, now = new Date()): Promise<void> {
  if (!actor.roles.includes("STAFF")) throw new AppError("FORBIDDEN", "Staff record challenges received from the case manager.");
  await requireFullAccess(db, caseId, actor);
  const member = await db.person.findUnique({ where: { id: input.memberId }, select: { roles: true } });
  if (!member || !sits(member.roles)) throw new AppError("VALIDATION", "Choose the member challenged.");
  await db.$transaction(async (tx) => {
    const row = await tx.memberChallenge.create({
      data: { complaintId: caseId, memberId: input.memberId, filedById: actor.personId, grounds: input.grounds, filedAt: now },
      select: { id: true },
    });
    await audit(tx, actor, caseId, "CHALLENGE_FILED", { challengeId: row.id, memberId: input.memberId }, now);
  });
  await revalidateCase(caseId);
}

export async function ruleOnChallenge(db: Db, actor: PersonActor, caseId: string, input: { challengeId: string; ruling: "UPHELD" | "REJECTED" }, now = new Date()): Promise<void> {
  await requireFullAccess(db, caseId, actor);
  const refusal = await recusalRulerRefusal(db, caseId, actor);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  await db.$transaction(async (tx) => {
    const challenge = await tx.memberChallenge.findFirst({ where: { id: input.challengeId, complaintId: caseId }, select: { memberId: true, grounds: true, ruling: true } });
    if (!challenge) throw new AppError("NOT_FOUND", "There is no such challenge on this case.");
    if (challenge.memberId === actor.personId) throw new AppError("GUARD_FAILED", "You cannot rule on a challenge of yourself.");
    const updated = await tx.memberChallenge.updateMany({
      where: { id: input.challengeId, ruling: null },
      data: { ruling: input.ruling, ruledById: actor.personId, ruledAt: now },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "This challenge has already been ruled on. Reload the page to see the ruling.");
    await audit(tx, actor, caseId, "CHALLENGE_RULED", { challengeId: input.challengeId, ruling: input.ruling }, now);
    if (input.ruling === "UPHELD") {
      const already = await tx.recusal.count({ where: { complaintId: caseId, personId: challenge.memberId } });
      if (already === 0) await createRecusal(tx, actor, caseId, { personId: challenge.memberId, reason: `Challenge upheld: ${challenge.grounds}`, source: "CHALLENGE" }, now);
    }
  });
  await revalidateCase(caseId);
}

/** The Chair (or the Vice-Chair when the Chair is conflicted) discloses the complainant's identity to members and the CCM. */
export async function grantIdentityDisclosure(db: Db, actor: PersonActor, caseId: string, now = new Date()): Promise<void> {
  await requireFullAccess(db, caseId, actor);
  const refusal = await recusalRulerRefusal(db, caseId, actor);
  if (refusal) throw new AppError("FORBIDDEN", refusal.replace("rules on recusals", "grants disclosure"));
  await db.$transaction(async (tx) => {
    const updated = await tx.complaint.updateMany({ where: { id: caseId, identityDisclosureGranted: false }, data: { identityDisclosureGranted: true } });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Disclosure has already been granted on this case.");
    await audit(tx, actor, caseId, "IDENTITY_DISCLOSED", {}, now);
  });
  await revalidateCase(caseId);
}
