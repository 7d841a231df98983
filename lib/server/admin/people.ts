import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PEOPLE_PAGE_SIZE } from "@/lib/domain/admin/people";
import type { Role } from "@/lib/domain/roles";
import { utcDate } from "@/lib/domain/registry";
import { appendAudit, type AuditActor } from "../audit/append";
import { AppError } from "../errors";

export const personStream = (id: string) => `person:${id}`;

export async function listPeople(db: PrismaClient, search: { q?: string; page: number }) {
  const q = search.q?.trim();
  const where: Prisma.PersonWhereInput = q
    ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] }
    : {};
  const total = await db.person.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const rows = await db.person.findMany({
    where,
    orderBy: [{ active: "desc" }, { name: "asc" }],
    skip: (page - 1) * PEOPLE_PAGE_SIZE,
    take: PEOPLE_PAGE_SIZE,
    select: { id: true, name: true, email: true, roles: true, active: true, passwordHash: true, committeeTermFrom: true, committeeTermTo: true, lastLoginAt: true },
  });
  return {
    total,
    page,
    pageCount,
    rows: rows.map(({ passwordHash, ...row }) => ({ ...row, roles: row.roles as Role[], invitationPending: passwordHash === null })),
  };
}

export async function getPerson(db: PrismaClient, id: string) {
  const person = await db.person.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      roles: true,
      active: true,
      passwordHash: true,
      committeeTermFrom: true,
      committeeTermTo: true,
      lastLoginAt: true,
      createdAt: true,
      sessionVersion: true,
      totpEnabledAt: true,
    },
  });
  if (!person) return null;
  const { passwordHash, ...rest } = person;
  return { ...rest, roles: person.roles as Role[], invitationPending: passwordHash === null };
}
export type PersonDetail = NonNullable<Awaited<ReturnType<typeof getPerson>>>;

/**
 * For a lost authenticator: removes the person's key and ends their sessions; their next sign-in
 * sets up a new one (required in production for staff, committee and admin accounts).
 */
export async function resetTwoFactor(db: PrismaClient, input: { personId: string }, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const person = await loadForChange(tx, input.personId);
    const updated = await tx.person.updateMany({
      where: { id: person.id, totpEnabledAt: { not: null } },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) return { changed: false };
    await appendAudit(tx, { stream: personStream(person.id), actor, type: "PERSON_TWO_FACTOR_RESET", payload: {} });
    return { changed: true };
  });
}

/**
 * Serialises every change that could remove an administrator, then refuses the one that would
 * leave no active administrator. Two admins demoting each other at once cannot both succeed.
 */
async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, personId: string, name: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('people:admins'))`;
  // Raw SQL: the PGlite driver adapter cannot bind an enum-array `has` filter.
  const [row] = await tx.$queryRaw<{ others: bigint | number }[]>`
    SELECT count(*) AS others FROM "Person" WHERE "active" AND 'ADMIN'::"Role" = ANY("roles") AND "id" <> ${personId}`;
  if (Number(row?.others ?? 0) === 0) {
    throw new AppError("VALIDATION", `${name} is the last active administrator. Give another person the Administrator role first.`);
  }
}

async function loadForChange(tx: Prisma.TransactionClient, personId: string) {
  const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true, name: true, roles: true, active: true } });
  if (!person) throw new AppError("NOT_FOUND", "This person no longer exists.");
  return { ...person, roles: person.roles as Role[] };
}

/** Replaces the invitable roles (CCM is kept as it is: it comes from the registry). Ends sessions. */
export async function setRoles(db: PrismaClient, input: { personId: string; roles: Role[] }, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const person = await loadForChange(tx, input.personId);
    const roles = [...new Set([...input.roles.filter((role) => role !== "CCM"), ...person.roles.filter((role) => role === "CCM")])];
    const removed = person.roles.filter((role) => !roles.includes(role));
    const added = roles.filter((role) => !person.roles.includes(role));
    if (removed.length === 0 && added.length === 0) return { changed: false };
    if (removed.includes("ADMIN") && person.active) await assertAnotherActiveAdmin(tx, person.id, person.name);
    await tx.person.update({ where: { id: person.id }, data: { roles, sessionVersion: { increment: 1 } } });
    await appendAudit(tx, { stream: personStream(person.id), actor, type: "PERSON_ROLES_CHANGED", payload: { before: person.roles, after: roles, added, removed } });
    return { changed: true };
  });
}

export async function setCommitteeTerm(db: PrismaClient, input: { personId: string; termFrom: string | null; termTo: string | null }, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const before = await tx.person.findUnique({ where: { id: input.personId }, select: { committeeTermFrom: true, committeeTermTo: true } });
    if (!before) throw new AppError("NOT_FOUND", "This person no longer exists.");
    const termFrom = input.termFrom ? utcDate(input.termFrom) : null;
    const termTo = input.termTo ? utcDate(input.termTo) : null;
    await tx.person.update({ where: { id: input.personId }, data: { committeeTermFrom: termFrom, committeeTermTo: termTo } });
    await appendAudit(tx, {
      stream: personStream(input.personId),
      actor,
      type: "PERSON_TERM_CHANGED",
      payload: { before: { from: before.committeeTermFrom, to: before.committeeTermTo }, after: { from: termFrom, to: termTo } },
    });
  });
}

/** Deactivation ends every session at once (sessionVersion) and voids unused links. */
export async function setActive(db: PrismaClient, input: { personId: string; active: boolean }, actor: AuditActor) {
  if (!input.active && actor.kind === "PERSON" && actor.id === input.personId) {
    throw new AppError("VALIDATION", "You cannot deactivate your own account. Ask another administrator.");
  }
  return db.$transaction(async (tx) => {
    const person = await loadForChange(tx, input.personId);
    if (person.active === input.active) return { changed: false };
    if (!input.active && person.roles.includes("ADMIN")) await assertAnotherActiveAdmin(tx, person.id, person.name);
    await tx.person.update({ where: { id: person.id }, data: { active: input.active, sessionVersion: { increment: 1 } } });
    if (!input.active) await tx.authToken.updateMany({ where: { personId: person.id, usedAt: null }, data: { usedAt: new Date() } });
    await appendAudit(tx, { stream: personStream(person.id), actor, type: input.active ? "PERSON_REACTIVATED" : "PERSON_DEACTIVATED", payload: { roles: person.roles } });
    return { changed: true };
  });
}
