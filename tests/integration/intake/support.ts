import { expect } from "vitest";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import type { Db } from "@/lib/server/db-factory";
import { createDraft } from "@/lib/server/intake/drafts";
import { handleStep, handleSubmit, type RequestContext } from "@/lib/server/intake/handlers";
import { findDraft } from "@/lib/server/intake/drafts";
import { fileAcceptedComplaints } from "@/lib/server/intake/file-accepted";
import { makeCertification } from "@/tests/factories/people";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

/** Monday 2 March 2026, 09:00 UTC. */
export const NOW = new Date("2026-03-02T09:00:00Z");
let addresses = 0;
/** A request from a fresh address (so per-address limits only bite where a test means them to). */
export const freshContext = (now = NOW): RequestContext => ({ address: `198.51.100.${(addresses += 1)}`, now });

export function formOf(fields: Record<string, string | readonly string[]>, files: readonly File[] = []): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of typeof value === "string" ? [value] : value) form.append(name, item);
  }
  for (const file of files) form.append("files", file);
  return form;
}

export const fileOf = (name: string, data: Uint8Array) => new File([new Uint8Array(data)], name);

export async function prepare(db: Db) {
  await seedCatalogue(db);
  return makeCertification(db, { withAccount: false });
}

export interface Answers {
  "about-you": Record<string, string>;
  "case-manager": Record<string, string>;
  "what-happened": Record<string, string>;
  rules: Record<string, string | string[]>;
  consents: Record<string, string>;
}

export function answers(registryNumber: string | null, overrides: Partial<Answers> = {}): Answers {
  return {
    "about-you": {
      name: "Pat Complainant",
      email: "pat@example.org",
      relationship: "CLIENT",
      preferredContact: "EMAIL",
      shareWithRespondent: "no",
      accommodationNeeds: "Large print letters, please.",
      ...overrides["about-you"],
    },
    "case-manager": registryNumber ? { match: registryNumber, employer: "Riverside Home Health" } : { match: "NOT_LISTED", name: "Jo Unlisted", ...overrides["case-manager"] },
    "what-happened": {
      "conductFrom-day": "5",
      "conductFrom-month": "1",
      "conductFrom-year": "2026",
      "learnedAt-day": "10",
      "learnedAt-month": "1",
      "learnedAt-year": "2026",
      settingRegion: "OH",
      practiceSetting: "Home health or community care",
      narrative: "The case manager stopped all contact without notice and did not arrange a handover.",
      ...overrides["what-happened"],
    },
    rules: overrides.rules ?? { provisions: ["S11"] },
    consents: { releaseOfInformation: "yes", confidentiality: "yes", truthfulnessAttestation: "yes", signedName: "Pat Complainant", ...overrides.consents },
  };
}

async function step(db: Db, code: string, name: string, fields: Record<string, string | readonly string[]>, files: readonly File[], context: RequestContext) {
  const outcome = await handleStep(db, code, formOf({ step: name, intent: "continue", ...fields }, files), context);
  expect(outcome, `page ${name}`).toMatchObject({ kind: "redirect" });
  return outcome;
}

/** A draft with every page answered, as the forms would post them. */
export async function fillDraft(
  db: Db,
  options: { registryNumber: string | null; overrides?: Partial<Answers>; files?: readonly File[]; witnesses?: number; context?: RequestContext },
): Promise<string> {
  const context = options.context ?? freshContext();
  const { code } = await createDraft(db, context.now);
  const a = answers(options.registryNumber, options.overrides);
  await step(db, code, "about-you", a["about-you"], [], context);
  await step(db, code, "case-manager", a["case-manager"], [], context);
  await step(db, code, "what-happened", a["what-happened"], [], context);
  await step(db, code, "rules", a.rules, [], context);
  await step(db, code, "other-proceedings", { kind: "LICENSING_BOARD", body: "Ohio Board of Nursing", status: "Open", reference: "OH-123" }, [], context);
  await step(db, code, "evidence", {}, options.files ?? [], context);
  for (let i = 0; i < (options.witnesses ?? 1); i += 1) {
    await handleStep(db, code, formOf({ step: "witnesses", intent: "add", witnessName: `Witness ${i + 1}`, witnessContact: "555-0100" }), context);
  }
  await step(db, code, "witnesses", {}, [], context);
  await step(db, code, "consents", a.consents, [], context);
  return code;
}

/** "Submit complaint" as the browser posts it: the draft is accepted (nothing filed yet). */
export async function accept(db: Db, code: string, context = freshContext()) {
  const draft = await findDraft(db, code, context.now);
  return handleSubmit(db, code, formOf({ idempotencyKey: draft?.data.idempotencyKey ?? "" }), context);
}

/** "Submit complaint", then the worker's filing behind the response, as the app runs them. */
export async function submit(db: Db, code: string, context = freshContext()) {
  const outcome = await accept(db, code, context);
  await fileAcceptedComplaints(db, { now: () => context.now ?? new Date() });
  return outcome;
}

/** Rows a failed filing must not leave behind. */
export async function filingRows(db: Db) {
  const [complaints, complainants, documents, audits, notices, deadlines, counters] = await Promise.all([
    db.complaint.count(),
    db.complainant.count(),
    db.document.count(),
    db.auditEvent.count({ where: { stream: { startsWith: "case:" } } }),
    db.notice.count(),
    db.deadline.count(),
    db.referenceCounter.findMany(),
  ]);
  return { complaints, complainants, documents, audits, notices, deadlines, counters };
}
