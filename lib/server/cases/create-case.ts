/**
 * createCase(input, { actor?, db?, now? }) files a new complaint: the only way a case comes into
 * existence. Input: `NewCaseInput` from lib/domain/new-case.ts (zod, shared with the intake forms):
 *
 *   { idempotencyKey?, channel: "WEB" | "STAFF_ENTERED" | "OWN_MOTION", codeVersion: 2009 | 2015 | 2023,
 *     complainant?: { name, organisation?, postalAddress?, email, phone?, relationship, relationshipOther?,
 *                     preferredContact?, accommodationNeeds?, shareWithRespondent, accessCodeHash },
 *     respondent: { name, ccmNumber?, employer?, location?, contact? }, registrySnapshot?,
 *     allegation: { conductFrom?, conductTo?, learnedAt?, settingRegion?, practiceSetting?, narrative, harm?,
 *                   allegedProvisions: { codeVersion, code }[] },
 *     witnesses?: { name, contact?, relation? }[], proceedings?: { kind, body?, status?, reference? }[],
 *     consents: { releaseOfInformation, healthRecordsAuthorization?, confidentiality, truthfulnessAttestation: true, signedName },
 *     documents?: { filename, mimeType, size, sha256, data: Uint8Array, audience? }[],
 *     triage?: { noRegistryMatch?, possibleDuplicateOfId? } }
 *
 * The actor defaults to the complainant (web form); staff file paper complaints (STAFF_ENTERED) and
 * a Committee member files on its own motion (OWN_MOTION). The reference is taken first, in a
 * statement of its own (lib/server/cases/reference.ts), unless the caller took it already (the web
 * intake takes it when it accepts the complaint, ADR 0030); then one transaction writes the complaint
 * with everything filed and applies the SUBMIT transition's effects (audit event null → SUBMITTED,
 * acknowledgement deadline, notices). Idempotent on `idempotencyKey`: a repeat returns the first
 * case ({ created: false }) and writes nothing; when two race, the loser writes nothing but the
 * reference number it took.
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { NewCaseSchema, type NewCase, type NewCaseInput } from "@/lib/domain/new-case";
import { decide, type Actor, type DecideResult, type EventInput } from "@/lib/workflow";
import { appendAudit, caseStream } from "../audit/append";
import { db as defaultDb, type Db, type TxClient } from "../db";
import { AppError } from "../errors";
import { applyEffects } from "./apply-effects";
import { auditActorFor, auditPayload } from "./audit-payload";
import { refusalError } from "./decide-error";
import { loadProcedureRules } from "./procedure-rules";
import { assertIntact, storeAttachments } from "./records/documents";
import { allocateReference } from "./reference";
import { revalidateCase } from "./revalidate";

export type { NewCase, NewCaseInput } from "@/lib/domain/new-case";

export interface CreateCaseOptions {
  /** Who files: the complainant (default), staff for a paper complaint, or a Committee member on own motion. */
  actor?: Actor;
  db?: Db;
  /** When the complaint was received (default: now): receipt, clocks and the audit event date from it. */
  now?: Date;
  /** A reference taken when the complaint was accepted (the web intake, ADR 0030); default: the next one. */
  reference?: string;
}

export interface CreatedCase {
  id: string;
  reference: string;
  version: number;
  /** False when the idempotency key matched an earlier filing (nothing was written). */
  created: boolean;
}

type Accepted = Extract<DecideResult, { ok: true }>;

function submitEvent(input: NewCase): EventInput {
  return {
    type: "SUBMIT",
    ownMotion: input.channel === "OWN_MOTION",
    channel: input.channel,
    attestation: input.consents.truthfulnessAttestation,
    releaseOfInformationConsent: input.consents.releaseOfInformation,
    complainantIdentified: input.complainant !== undefined,
    codeVersion: input.codeVersion,
    allegedProvisions: input.allegation.allegedProvisions,
    ...(input.allegation.learnedAt && { learnedAt: input.allegation.learnedAt }),
  };
}

async function existing(db: Db, idempotencyKey: string | undefined): Promise<CreatedCase | null> {
  if (!idempotencyKey) return null;
  const row = await db.complaint.findUnique({ where: { idempotencyKey }, select: { id: true, reference: true, version: true } });
  return row ? { ...row, created: false } : null;
}

export async function createCase(raw: NewCaseInput, options: CreateCaseOptions = {}): Promise<CreatedCase> {
  const db = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  const actor: Actor = options.actor ?? { kind: "complainant" };
  const parsed = NewCaseSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
    throw new AppError("VALIDATION", issues[0]?.message ?? "The complaint is not complete", { issues });
  }
  const input = parsed.data;
  const repeat = await existing(db, input.idempotencyKey);
  if (repeat) return repeat;

  const event = submitEvent(input);
  const decided = decide({ case: null, actor, event, now, rules: await loadProcedureRules(db) });
  if (!decided.ok) throw refusalError(decided, event);

  // Everything that can refuse the filing is checked before its number is taken (allocateReference).
  for (const file of input.documents) assertIntact(file);
  const reference = options.reference ?? (await allocateReference(db, now));
  try {
    const created = await db.$transaction((tx) => fileComplaint(tx, input, decided, actor, now, reference), { maxWait: 60_000, timeout: 60_000 });
    await revalidateCase(created.id);
    return created;
  } catch (error) {
    // Two submits with one key raced: the loser returns the winner's case.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await existing(db, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}

function complainantRow(input: NewCase, now: Date) {
  const c = input.complainant;
  if (!c) return undefined;
  return {
    create: {
      name: c.name,
      organisation: c.organisation ?? null,
      postalAddress: c.postalAddress ?? null,
      email: c.email,
      phone: c.phone ?? null,
      relationship: c.relationship,
      relationshipOther: c.relationshipOther ?? null,
      preferredContact: c.preferredContact,
      accommodationNeeds: c.accommodationNeeds ?? null,
      shareWithRespondent: c.shareWithRespondent,
      accessCodeHash: c.accessCodeHash,
      accessCodeIssuedAt: now,
    },
  };
}

function consentRows(input: NewCase, now: Date) {
  const { consents } = input;
  const given = {
    RELEASE_OF_INFORMATION: consents.releaseOfInformation,
    HEALTH_RECORDS_AUTHORIZATION: consents.healthRecordsAuthorization,
    CONFIDENTIALITY: consents.confidentiality,
    TRUTHFULNESS_ATTESTATION: consents.truthfulnessAttestation,
  } as const;
  return (Object.keys(given) as (keyof typeof given)[]).map((kind) => ({ kind, given: given[kind], signedName: consents.signedName, signedAt: now }));
}

async function fileComplaint(tx: TxClient, input: NewCase, decided: Accepted, actor: Actor, now: Date, reference: string): Promise<CreatedCase> {
  const { respondent, allegation } = input;
  const complaint = await tx.complaint.create({
    data: {
      reference,
      state: decided.to,
      channel: input.channel,
      receivedAt: now,
      createdAt: now,
      idempotencyKey: input.idempotencyKey ?? null,
      respondentName: respondent.name,
      respondentCcmNumber: respondent.ccmNumber ?? null,
      respondentEmployer: respondent.employer ?? null,
      respondentLocation: respondent.location ?? null,
      respondentContact: respondent.contact ?? null,
      ...(input.registrySnapshot && { registrySnapshot: input.registrySnapshot as Prisma.InputJsonValue }),
      codeVersion: input.codeVersion,
      conductFrom: allegation.conductFrom ?? null,
      conductTo: allegation.conductTo ?? null,
      learnedAt: allegation.learnedAt ?? null,
      settingRegion: allegation.settingRegion ?? null,
      practiceSetting: allegation.practiceSetting ?? null,
      narrative: allegation.narrative,
      harm: allegation.harm ?? null,
      noRegistryMatch: input.triage.noRegistryMatch,
      possibleDuplicateOfId: input.triage.possibleDuplicateOfId ?? null,
      complainant: complainantRow(input, now),
      witnesses: { create: input.witnesses.map((w) => ({ name: w.name, contact: w.contact ?? null, relation: w.relation ?? null })) },
      proceedings: {
        create: input.proceedings.map((p) => ({ kind: p.kind, body: p.body ?? null, status: p.status ?? null, reference: p.reference ?? null })),
      },
      consents: { create: consentRows(input, now) },
    },
    select: { id: true, version: true },
  });

  const auditActor = auditActorFor(actor.kind === "complainant" ? { kind: "complainant", complaintId: complaint.id } : actor);
  await appendAudit(tx, {
    stream: caseStream(complaint.id),
    actor: auditActor,
    type: decided.event.type,
    complaintId: complaint.id,
    fromState: null,
    toState: decided.to,
    payload: auditPayload(decided.event, { version: complaint.version, reference }),
    at: now,
  });
  const ctx = {
    tx,
    caseId: complaint.id,
    now,
    actor,
    auditActor,
    event: decided.event,
    before: null,
    effects: decided.effects,
    progress: { decisionId: null, sanctionsChanged: false, reapplyNotBefore: null },
  };
  await storeAttachments(
    ctx,
    input.documents.map((file) => ({
      kind: "EVIDENCE" as const,
      audience: file.audience,
      filename: file.filename,
      mimeType: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      data: Buffer.from(file.data),
    })),
  );
  await applyEffects(ctx);
  return { id: complaint.id, reference, version: complaint.version, created: true };
}
