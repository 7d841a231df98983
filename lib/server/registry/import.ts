import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { parseRegistryCsv, type CsvRowError, type RegistryCsvRow } from "@/lib/domain/registry-csv";
import { appendAudit, type AuditActor } from "../audit/append";
import { AppError } from "../errors";
import { correctLifecycleStatus } from "./certification-status";
import { loadExisting, planImport, type ImportPlan } from "./import-plan";

export type ImportSample = { line: number; number: string; action: "create" | "update"; changes: string[] };

export type ImportReport = {
  digest: string;
  rows: number;
  errors: CsvRowError[];
  errorCount: number;
  created: number;
  updated: number;
  statusCorrections: number;
  unchanged: number;
  /** The first planned changes, for the preview. */
  samples: ImportSample[];
  applied: boolean;
  durationMs: number;
};

const SAMPLE_SIZE = 50;
const INSERT_CHUNK = 10_000;
/** Audit payloads list every number; before/after details up to this many updated rows. */
const AUDIT_DETAIL_LIMIT = 1_000;

export function fileDigest(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function report(digest: string, rowCount: number, plan: ImportPlan | null, started: number, applied: boolean): ImportReport {
  const samples: ImportSample[] = plan
    ? [
        ...plan.creates.slice(0, SAMPLE_SIZE).map((row) => ({ line: row.line, number: row.number, action: "create" as const, changes: [] })),
        ...plan.updates.slice(0, SAMPLE_SIZE).map((update) => ({
          line: update.row.line,
          number: update.row.number,
          action: "update" as const,
          changes: [...update.changed, ...(update.statusChanged ? ["status"] : [])],
        })),
      ]
        .sort((a, b) => a.line - b.line)
        .slice(0, SAMPLE_SIZE)
    : [];
  return {
    digest,
    rows: rowCount,
    errors: [],
    errorCount: 0,
    created: plan?.creates.length ?? 0,
    updated: plan?.updates.filter((update) => update.changed.length > 0).length ?? 0,
    statusCorrections: plan?.updates.filter((update) => update.statusChanged).length ?? 0,
    unchanged: plan?.unchanged ?? 0,
    samples,
    applied,
    durationMs: Date.now() - started,
  };
}

/** Dry run: validates the whole file and says what an import would change. Writes nothing. */
export async function previewRegistryImport(db: PrismaClient, text: string): Promise<ImportReport> {
  const started = Date.now();
  const digest = fileDigest(text);
  const parsed = parseRegistryCsv(text);
  if (parsed.errorCount > 0) {
    return { ...report(digest, parsed.rows.length, null, started, false), errors: parsed.errors, errorCount: parsed.errorCount };
  }
  const existing = await loadExisting(db, parsed.rows.map((row) => row.number));
  return report(digest, parsed.rows.length, planImport(parsed.rows, existing), started, false);
}

/**
 * Imports a registry file: all or nothing, in one transaction. Any invalid row refuses the whole
 * file. Idempotent by CCM number: rows equal to the registry change nothing, and a file whose
 * rows all match writes nothing at all (no audit event either).
 */
export async function importRegistry(db: PrismaClient, text: string, actor: AuditActor, options: { filename?: string } = {}): Promise<ImportReport> {
  const started = Date.now();
  const digest = fileDigest(text);
  const parsed = parseRegistryCsv(text);
  if (parsed.errorCount > 0) {
    return { ...report(digest, parsed.rows.length, null, started, false), errors: parsed.errors, errorCount: parsed.errorCount };
  }
  try {
    const plan = await db.$transaction(
      async (tx) => {
        const existing = await loadExisting(tx, parsed.rows.map((row) => row.number));
        const planned = planImport(parsed.rows, existing);
        if (planned.creates.length === 0 && planned.updates.length === 0) return planned;
        await applyPlan(tx, planned, actor, digest);
        await appendAudit(tx, {
          stream: "registry",
          actor,
          type: "REGISTRY_IMPORTED",
          reason: options.filename ? `Import of ${options.filename}` : "Registry import",
          payload: auditPayload(planned, digest, options.filename),
        });
        return planned;
      },
      { timeout: 15 * 60_000, maxWait: 60_000 },
    );
    return report(digest, parsed.rows.length, plan, started, plan.creates.length + plan.updates.length > 0);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "The registry changed while the file was being imported, so nothing was imported. Check the file again.");
    }
    throw error;
  }
}

/**
 * Inserts go through `unnest` of column arrays: one statement per chunk whatever its size, about
 * ten times faster than createMany here. Registering a certification with its initial status is
 * allowed; every later status change goes through the single writer (certification-status.ts).
 */
async function applyPlan(tx: Prisma.TransactionClient, plan: ImportPlan, actor: AuditActor, digest: string) {
  const actorId = actor.kind === "PERSON" ? actor.id : null;
  for (let start = 0; start < plan.creates.length; start += INSERT_CHUNK) {
    const rows = plan.creates.slice(start, start + INSERT_CHUNK);
    const certificantIds = rows.map(() => randomUUID());
    const certificationIds = rows.map(() => randomUUID());
    const column = <K extends keyof RegistryCsvRow>(key: K) => rows.map((row) => row[key]);
    await tx.$executeRaw`
      INSERT INTO "Certificant" ("id", "firstName", "lastName", "email", "phone", "employer", "city", "region", "updatedAt")
      SELECT v.*, now() FROM unnest(${certificantIds}::text[], ${column("firstName")}::text[], ${column("lastName")}::text[],
        ${column("email")}::text[], ${column("phone")}::text[], ${column("employer")}::text[], ${column("city")}::text[], ${column("region")}::text[]) AS v`;
    await tx.$executeRaw`
      INSERT INTO "Certification" ("id", "number", "certificantId", "issuedAt", "validThrough", "lifecycleStatus", "status", "updatedAt")
      SELECT v.id, v.number, v.certificant_id, v.issued::timestamp(3), v.valid::timestamp(3), v.initial::"CertificationStatus", v.initial::"CertificationStatus", now()
      FROM unnest(${certificationIds}::text[], ${column("number")}::text[], ${certificantIds}::text[], ${column("issuedAt")}::text[],
        ${column("validThrough")}::text[], ${column("lifecycleStatus")}::text[]) AS v(id, number, certificant_id, issued, valid, initial)`;
    await tx.$executeRaw`
      INSERT INTO "CertificationStatusChange" ("id", "certificationId", "fromStatus", "toStatus", "reason", "actorId")
      SELECT v.id, v.certification_id, NULL, v.initial::"CertificationStatus", 'Registered by import (line ' || v.line || ')', ${actorId}
      FROM unnest(${rows.map(() => randomUUID())}::text[], ${certificationIds}::text[], ${column("lifecycleStatus")}::text[], ${column("line")}::int[])
        AS v(id, certification_id, initial, line)`;
  }
  await applyFieldUpdates(tx, plan);
  for (const update of plan.updates.filter((candidate) => candidate.statusChanged)) {
    await correctLifecycleStatus(tx, {
      certificationId: update.existing.id,
      lifecycleStatus: update.row.lifecycleStatus,
      reason: `Registry import, line ${update.row.line} (file SHA-256 ${digest.slice(0, 12)})`,
      actor,
    });
  }
}

/** Changed facts, one UPDATE … FROM unnest(…) per chunk per table instead of one per row. */
async function applyFieldUpdates(tx: Prisma.TransactionClient, plan: ImportPlan) {
  const updates = plan.updates.filter((update) => update.changed.length > 0);
  for (let start = 0; start < updates.length; start += INSERT_CHUNK) {
    const chunk = updates.slice(start, start + INSERT_CHUNK);
    const column = <K extends keyof RegistryCsvRow>(key: K) => chunk.map((update) => update.row[key]);
    await tx.$executeRaw`
      UPDATE "Certificant" AS c SET "firstName" = v.first_name, "lastName" = v.last_name, "email" = v.email, "phone" = v.phone,
        "employer" = v.employer, "city" = v.city, "region" = v.region, "updatedAt" = now()
      FROM unnest(${chunk.map((update) => update.existing.certificantId)}::text[], ${column("firstName")}::text[], ${column("lastName")}::text[],
        ${column("email")}::text[], ${column("phone")}::text[], ${column("employer")}::text[], ${column("city")}::text[], ${column("region")}::text[])
        AS v(id, first_name, last_name, email, phone, employer, city, region)
      WHERE c."id" = v.id`;
    await tx.$executeRaw`
      UPDATE "Certification" AS c SET "issuedAt" = v.issued::timestamp(3), "validThrough" = v.valid::timestamp(3),
        "version" = c."version" + 1, "updatedAt" = now()
      FROM unnest(${chunk.map((update) => update.existing.id)}::text[], ${column("issuedAt")}::text[], ${column("validThrough")}::text[]) AS v(id, issued, valid)
      WHERE c."id" = v.id`;
  }
}

function auditPayload(plan: ImportPlan, digest: string, filename: string | undefined) {
  const updated = plan.updates.filter((update) => update.changed.length > 0);
  return {
    filename: filename ?? null,
    sha256: digest,
    created: plan.creates.length,
    updated: updated.length,
    statusCorrections: plan.updates.filter((update) => update.statusChanged).length,
    unchanged: plan.unchanged,
    createdNumbers: plan.creates.map((row) => row.number),
    updatedNumbers: updated.map((update) => update.row.number),
    changes: updated.slice(0, AUDIT_DETAIL_LIMIT).map(({ row, existing, changed }) => ({
      number: row.number,
      before: Object.fromEntries(changed.map((field) => [field, existing[field]])),
      after: Object.fromEntries(changed.map((field) => [field, row[field]])),
    })),
    changesTruncated: updated.length > AUDIT_DETAIL_LIMIT,
  };
}
