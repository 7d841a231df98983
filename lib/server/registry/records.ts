import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isoDay, utcDate, type CertificationCreateInput, type CertificationEditInput } from "@/lib/domain/registry";
import { appendAudit, type AuditActor } from "../audit/append";
import { AppError } from "../errors";
import { FieldError } from "../admin/field-error";

const certificationStream = (id: string) => `certification:${id}`;

export async function getCertificationRecord(db: PrismaClient, id: string) {
  return db.certification.findUnique({
    where: { id },
    include: {
      certificant: true,
      history: { orderBy: { at: "desc" }, take: 100 },
      sanctions: {
        orderBy: { createdAt: "desc" },
        select: { id: true, type: true, status: true, startsAt: true, endsAt: true, isPublic: true, complaint: { select: { reference: true } } },
      },
    },
  });
}
export type CertificationRecord = NonNullable<Awaited<ReturnType<typeof getCertificationRecord>>>;

async function assertNumberFree(db: Pick<PrismaClient, "certification">, number: string, exceptId?: string) {
  const taken = await db.certification.findUnique({ where: { number }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new FieldError("number", `CCM number ${number} is already in the registry`);
}

type CertificantFields = Pick<CertificationCreateInput, "firstName" | "lastName" | "email" | "phone" | "employer" | "city" | "region">;

function certificantData(input: CertificantFields): CertificantFields {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone,
    employer: input.employer,
    city: input.city,
    region: input.region,
  };
}

/** Registers a certificant with their certification; its initial status is a lifecycle status. */
export async function createCertification(db: PrismaClient, input: CertificationCreateInput, actor: AuditActor): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await assertNumberFree(tx, input.number);
    const certificant = await tx.certificant.create({ data: certificantData(input) });
    const certification = await tx.certification.create({
      data: {
        number: input.number,
        certificantId: certificant.id,
        issuedAt: utcDate(input.issuedAt),
        validThrough: utcDate(input.validThrough),
        lifecycleStatus: input.lifecycleStatus,
        status: input.lifecycleStatus,
      },
    });
    await tx.certificationStatusChange.create({
      data: { certificationId: certification.id, fromStatus: null, toStatus: input.lifecycleStatus, reason: "Registered", actorId: actor.kind === "PERSON" ? actor.id : null },
    });
    await appendAudit(tx, {
      stream: certificationStream(certification.id),
      actor,
      type: "CERTIFICATION_CREATED",
      payload: { number: input.number, certificant: certificantData(input), issuedAt: input.issuedAt, validThrough: input.validThrough, lifecycleStatus: input.lifecycleStatus },
    });
    return { id: certification.id };
  });
}

/** Edits the record's facts (not its status), guarded by the version the editor saw. */
export async function updateCertification(db: PrismaClient, input: CertificationEditInput, actor: AuditActor): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.certification.findUnique({ where: { id: input.certificationId }, include: { certificant: true } });
    if (!before) throw new AppError("NOT_FOUND", "This certification no longer exists.");
    await assertNumberFree(tx, input.number, before.id);
    const updated = await tx.certification.updateMany({
      where: { id: before.id, version: input.version },
      data: { number: input.number, issuedAt: utcDate(input.issuedAt), validThrough: utcDate(input.validThrough), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new AppError("CONFLICT", "Someone changed this certification since you opened it. Reload the page to see the current record.");
    }
    await tx.certificant.update({ where: { id: before.certificantId }, data: certificantData(input) });
    const old = {
      number: before.number,
      issuedAt: isoDay(before.issuedAt),
      validThrough: isoDay(before.validThrough),
      ...certificantData(before.certificant),
    };
    const now = { number: input.number, issuedAt: input.issuedAt, validThrough: input.validThrough, ...certificantData(input) };
    const changed = Object.keys(now).filter((key) => old[key as keyof typeof old] !== now[key as keyof typeof now]);
    await appendAudit(tx, {
      stream: certificationStream(before.id),
      actor,
      type: "CERTIFICATION_UPDATED",
      payload: {
        changed,
        before: Object.fromEntries(changed.map((key) => [key, old[key as keyof typeof old]])),
        after: Object.fromEntries(changed.map((key) => [key, now[key as keyof typeof now]])),
      },
    });
  });
}

/** The record's own audit trail (creation, edits, corrections, recomputations), newest first. */
export async function certificationAuditTrail(db: PrismaClient, id: string) {
  return db.auditEvent.findMany({
    where: { stream: certificationStream(id) },
    orderBy: { seq: "desc" },
    take: 50,
    select: { seq: true, at: true, type: true, reason: true, actorKind: true },
  });
}
