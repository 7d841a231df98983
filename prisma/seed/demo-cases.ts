import { createHash } from "node:crypto";
import type { NewCaseInput } from "@/lib/domain/new-case";
import type { Role } from "@/lib/domain/roles";
import type { SanctionAction } from "@/lib/domain/sanctions";
import { driveCaseTo, ManualClock, type Cast, type RestingState } from "@/lib/server/cases/case-paths";
import type { Db } from "@/lib/server/db-factory";
import type { Actor } from "@/lib/workflow";
import { addDays } from "./dates";
import { FIRST_NAMES, LAST_NAMES } from "./name-lists";
import { createRandom } from "./random";

/**
 * ~25 demo complaints spread over the procedure, each filed with createCase and moved by
 * runTransition with an injected clock that ends shortly before `today`, so every history,
 * deadline and audit event is one the rules would have produced. Idempotent: each case is keyed
 * by its intake idempotency key, and an existing one is left alone.
 *
 * The CCM demo account ccm@docket.test is the respondent in the cases of its portal demo
 * (awaiting response, proposed outcome, hearing, appeal window, a closed case); ccm2@docket.test
 * carries the probation in effect and an appeal of a (stayed) suspension; ccm3@docket.test has the
 * case whose hearing was held (the committee's end-to-end journey decides it). Early-stage cases
 * name registry CCMs without accounts (nobody needs to act for them yet).
 */

/** Every demo complainant's status-page access code (demo installs only). */
export const DEMO_ACCESS_CODE = "DEMA-2026-CASE-XXXX";
const accessCodeHash = createHash("sha256").update(DEMO_ACCESS_CODE.replace(/-/g, ""), "utf8").digest("hex");

export const CCM_ACCOUNTS = ["ccm", "ccm2", "ccm3"] as const;
export type CcmAccount = (typeof CCM_ACCOUNTS)[number];
type Respondent = CcmAccount | "registry";

interface DemoSpec {
  state: RestingState;
  respondent: Respondent;
  /** Days before today the case was filed; long enough for its path, short enough that open deadlines lie ahead. */
  startDaysAgo: number;
  codes?: string[];
  actions?: SanctionAction[];
}

const SUSPENSION: SanctionAction[] = [
  { type: "SUSPENSION", termMonths: 6, conditions: [{ kind: "CE_HOURS", description: "Complete 8 hours of ethics continuing education", hours: 8 }] },
];
const PUBLIC_REPRIMAND: SanctionAction[] = [{ type: "PUBLIC_REPRIMAND" }];
// The sanction in effect is a probation: the demo CCM accounts keep an ACTIVE certification
// (on probation), so signing in and the registry's demo records behave as documented.
const PROBATION: SanctionAction[] = [
  { type: "PROBATION", termMonths: 12, conditions: [{ kind: "REPORT", description: "Quarterly practice supervision reports" }] },
];

const SPECS: readonly DemoSpec[] = [
  { state: "SUBMITTED", respondent: "registry", startDaysAgo: 1 },
  { state: "SUBMITTED", respondent: "registry", startDaysAgo: 2, codes: ["S15"] },
  { state: "INTAKE", respondent: "registry", startDaysAgo: 3 },
  { state: "INTAKE", respondent: "registry", startDaysAgo: 4, codes: ["S21"] },
  { state: "INTAKE", respondent: "registry", startDaysAgo: 5, codes: ["S7"] },
  { state: "AWAITING_COMPLAINANT_INFO", respondent: "registry", startDaysAgo: 6 },
  { state: "PRELIMINARY_REVIEW", respondent: "registry", startDaysAgo: 7, codes: ["S3"] },
  { state: "PRELIMINARY_REVIEW", respondent: "registry", startDaysAgo: 9, codes: ["S22"] },
  { state: "DEFERRED_LEGAL", respondent: "registry", startDaysAgo: 30, codes: ["R3"] },
  { state: "AWAITING_RESPONSE", respondent: "ccm", startDaysAgo: 8 },
  { state: "AWAITING_RESPONSE", respondent: "registry", startDaysAgo: 10, codes: ["S15"] },
  { state: "COMMITTEE_REVIEW", respondent: "ccm2", startDaysAgo: 12, codes: ["S12"] },
  { state: "AWAITING_INFO", respondent: "ccm2", startDaysAgo: 14, codes: ["S16"] },
  { state: "PROPOSED_DISPOSITION", respondent: "ccm", startDaysAgo: 12, codes: ["S11"], actions: PUBLIC_REPRIMAND },
  { state: "HEARING_SCHEDULED", respondent: "ccm", startDaysAgo: 16, codes: ["S21"], actions: PUBLIC_REPRIMAND },
  { state: "HEARING_HELD", respondent: "ccm3", startDaysAgo: 55, codes: ["S10"], actions: PUBLIC_REPRIMAND },
  { state: "APPEAL_WINDOW", respondent: "ccm", startDaysAgo: 58, codes: ["S3"], actions: PUBLIC_REPRIMAND },
  { state: "APPEAL_FILED", respondent: "ccm2", startDaysAgo: 60, codes: ["S20"], actions: SUSPENSION },
  { state: "SANCTION_ACTIVE", respondent: "ccm2", startDaysAgo: 110, codes: ["S15"], actions: PROBATION },
  { state: "CLOSED", respondent: "ccm", startDaysAgo: 300, codes: ["S16"], actions: [{ type: "PRIVATE_REPRIMAND" }] },
  { state: "CLOSED", respondent: "ccm2", startDaysAgo: 250, codes: ["S14"], actions: [{ type: "LETTER_OF_INSTRUCTION", conditions: [] }] },
  { state: "CLOSED_DISMISSED", respondent: "registry", startDaysAgo: 90, codes: ["S23"] },
  { state: "CLOSED_DISMISSED", respondent: "registry", startDaysAgo: 150, codes: ["S24"] },
  { state: "CLOSED_WITHDRAWN", respondent: "registry", startDaysAgo: 60 },
  { state: "CLOSED_ABANDONED", respondent: "registry", startDaysAgo: 100 },
];

export const NARRATIVES = [
  "My mother's case manager stopped returning calls and closed the file without telling us or arranging anyone else.",
  "The case manager shared details of my diagnosis with my employer without my permission.",
  "During a home visit the case manager was rude and threatened to end services if I complained.",
  "The case manager recommended a provider owned by her relative without telling us about the connection.",
  "Records from my case were left in a shared printer tray and seen by other clients.",
  "The case manager billed for visits that did not take place.",
] as const;
const RELATIONSHIPS = ["CLIENT", "FAMILY", "CCM_PEER", "EMPLOYER", "PAYER"] as const;

export type PersonActor = Extract<Actor, { kind: "person" }>;

export interface DemoCast {
  base: Omit<Cast, "respondent" | "respondentCertificationId">;
  /** Each CCM demo account as an actor, with its one certification first in certificationIds. */
  ccms: Record<CcmAccount, PersonActor>;
}

export async function demoCast(db: Db): Promise<DemoCast> {
  const emails = ["staff", "chair", "vicechair", "member1", "member2", "member3", "member4", "appeals1", "appeals2", "appeals3", ...CCM_ACCOUNTS];
  const rows = await db.person.findMany({
    where: { email: { in: emails.map((name) => `${name}@docket.test`) } },
    select: { id: true, email: true, roles: true, certificant: { select: { certifications: { select: { id: true } } } } },
  });
  const byName = new Map(rows.map((row) => [row.email.split("@")[0]!, row]));
  const person = (name: string) => {
    const row = byName.get(name);
    if (!row) throw new Error(`Demo account ${name}@docket.test is missing: seed the demo accounts first`);
    return row;
  };
  const actor = (name: string): PersonActor => {
    const row = person(name);
    return { kind: "person", personId: row.id, roles: row.roles as Role[], certificationIds: row.certificant?.certifications.map((c) => c.id) ?? [] };
  };
  return {
    base: {
      staff: actor("staff"),
      chair: actor("chair"),
      voterIds: ["chair", "vicechair", "member1", "member2", "member3", "member4"].map((name) => person(name).id),
      hearingPanelIds: ["chair", "member1", "member2"].map((name) => person(name).id),
      appealPanelIds: ["appeals1", "appeals2", "appeals3"].map((name) => person(name).id),
    },
    ccms: Object.fromEntries(CCM_ACCOUNTS.map((name) => [name, actor(name)])) as Record<CcmAccount, PersonActor>,
  };
}

/**
 * The complainant's evidence, as a web filing stores it (for the committee only): a short text
 * file that names nobody, so staff may share it with the CCM whatever the identity choice.
 */
function evidenceFor(index: number): NonNullable<NewCaseInput["documents"]>[number] {
  const data = Buffer.from(`Notes of events kept by the complainant (demo case ${index + 1}).\nDates of the visits and calls, and what was said at each.\n`, "utf8");
  return { filename: "notes-of-events.txt", mimeType: "text/plain", size: data.byteLength, sha256: createHash("sha256").update(data).digest("hex"), data };
}

function complaintFor(index: number, spec: DemoSpec, respondent: { name: string; number: string | null }): NewCaseInput {
  const random = createRandom(0xd0c_0000 + index);
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const codes = spec.codes ?? ["S11"];
  return {
    idempotencyKey: `demo-case-${String(index + 1).padStart(2, "0")}`,
    channel: "WEB",
    codeVersion: 2023,
    complainant: {
      name: `${first} ${last}`,
      email: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "") + "@example.org",
      relationship: random.pick(RELATIONSHIPS),
      shareWithRespondent: random.int(0, 1) === 1,
      accessCodeHash,
    },
    respondent: { name: respondent.name, ...(respondent.number && { ccmNumber: respondent.number }) },
    allegation: {
      narrative: random.pick(NARRATIVES),
      allegedProvisions: codes.map((code) => ({ codeVersion: 2023, code })),
    },
    consents: { releaseOfInformation: true, confidentiality: true, truthfulnessAttestation: true, signedName: `${first} ${last}` },
    documents: [evidenceFor(index)],
  };
}

/** Creates the demo cases not yet present; returns how many were created. */
export async function seedDemoCases(db: Db, today: Date): Promise<number> {
  const keys = SPECS.map((_, index) => `demo-case-${String(index + 1).padStart(2, "0")}`);
  const present = new Set(
    (await db.complaint.findMany({ where: { idempotencyKey: { in: keys } }, select: { idempotencyKey: true } })).map((row) => row.idempotencyKey),
  );
  if (present.size === SPECS.length) return 0;

  const cast = await demoCast(db);
  const registry = await db.certification.findMany({
    where: { status: "ACTIVE", certificant: { personId: null } },
    orderBy: { number: "asc" },
    take: SPECS.length,
    select: { id: true, number: true, certificant: { select: { firstName: true, lastName: true } } },
  });
  const accounts = await db.certification.findMany({
    where: { id: { in: CCM_ACCOUNTS.map((name) => cast.ccms[name].certificationIds[0]!) } },
    select: { id: true, number: true, certificant: { select: { firstName: true, lastName: true } } },
  });
  let created = 0;
  for (const [index, spec] of SPECS.entries()) {
    if (present.has(keys[index]!)) continue;
    const account = spec.respondent === "registry" ? null : cast.ccms[spec.respondent];
    const certification = account
      ? accounts.find((a) => a.id === account.certificationIds[0])
      : registry[index % Math.max(registry.length, 1)];
    if (!certification) throw new Error("The demo registry is empty: seed it before the demo cases");
    const respondent: Actor = account ?? { kind: "system" };
    const name = `${certification.certificant.firstName} ${certification.certificant.lastName}`;
    const clock = new ManualClock(addDays(today, -spec.startDaysAgo));
    await driveCaseTo(spec.state, {
      db,
      clock,
      cast: { ...cast.base, respondent, respondentCertificationId: certification.id },
      complaint: complaintFor(index, spec, { name, number: certification.number }),
      ...(spec.codes && { provisionCodes: spec.codes }),
      ...(spec.actions && { actions: spec.actions }),
      stepHours: 9,
    });
    if (clock.now().getTime() > today.getTime()) {
      throw new Error(`Demo case ${keys[index]} ends in the future (${clock.now().toISOString()}); file it earlier`);
    }
    created += 1;
  }
  return created;
}
