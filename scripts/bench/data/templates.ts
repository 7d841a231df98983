import type { SanctionAction } from "@/lib/domain/sanctions";
import { driveCaseTo, ManualClock, RESTING_STATES, type RestingState } from "@/lib/server/cases/case-paths";
import { addInternalNote } from "@/lib/server/committee/records";
import type { Db } from "@/lib/server/db-factory";
import { addDays } from "@/prisma/seed/dates";
import { CCM_ACCOUNTS, demoCast, NARRATIVES, type PersonActor } from "@/prisma/seed/demo-cases";
import { FIRST_NAMES, LAST_NAMES } from "@/prisma/seed/name-lists";
import { createRandom } from "@/prisma/seed/random";
import { digestToken } from "@/lib/server/tokens";

/** Days before today a template is filed: long enough for its path, short enough that open deadlines lie ahead (as the demo seed). */
const START_DAYS_AGO: Record<RestingState, number> = {
  SUBMITTED: 1, INTAKE: 3, AWAITING_COMPLAINANT_INFO: 6, PRELIMINARY_REVIEW: 7, DEFERRED_LEGAL: 30, AWAITING_RESPONSE: 8,
  COMMITTEE_REVIEW: 12, AWAITING_INFO: 14, PROPOSED_DISPOSITION: 12, HEARING_SCHEDULED: 16, HEARING_HELD: 55, APPEAL_WINDOW: 58,
  APPEAL_FILED: 60, SANCTION_ACTIVE: 110, CLOSED: 300, CLOSED_DISMISSED: 90, CLOSED_WITHDRAWN: 60, CLOSED_ABANDONED: 100,
};

// Sanctions that leave the respondent's certification ACTIVE, so many templates can share the three demo CCMs.
const PUBLIC_REPRIMAND: SanctionAction[] = [{ type: "PUBLIC_REPRIMAND" }];
const PROBATION: SanctionAction[] = [{ type: "PROBATION", termMonths: 12, conditions: [{ kind: "REPORT", description: "Quarterly practice supervision reports" }] }];
const ACTIONS: Partial<Record<RestingState, SanctionAction[]>> = {
  PROPOSED_DISPOSITION: PUBLIC_REPRIMAND, HEARING_SCHEDULED: PUBLIC_REPRIMAND, HEARING_HELD: PUBLIC_REPRIMAND,
  APPEAL_WINDOW: PUBLIC_REPRIMAND, APPEAL_FILED: PUBLIC_REPRIMAND, SANCTION_ACTIVE: PROBATION,
};
const CODES = ["S3", "S7", "S10", "S11", "S12", "S14", "S15", "S16", "S20", "S21", "S22"] as const;

/** Audit events a template is brought up to (internal notes, as staff add them), so ~10 per case. */
export const MIN_EVENTS = 10;

export const templateKey = (state: RestingState, k: number) => `bench-template-${state}-${k}`;

/**
 * `perState` complaints in every resting state, each filed with createCase and moved by
 * runTransition through the scripted procedure (lib/server/cases/case-paths), the respondent one of
 * the demo CCM accounts (some steps are theirs to take). Resumable: a template is keyed by its
 * idempotency key and skipped when present. Returns the template case ids.
 */
export async function ensureTemplates(db: Db, perState: number, log: (line: string) => void): Promise<string[]> {
  const keys = RESTING_STATES.flatMap((state) => Array.from({ length: perState }, (_, k) => ({ state, k, key: templateKey(state, k) })));
  const present = new Map(
    (await db.complaint.findMany({ where: { idempotencyKey: { in: keys.map((entry) => entry.key) } }, select: { id: true, idempotencyKey: true } })).map((row) => [row.idempotencyKey!, row.id]),
  );
  const missing = keys.filter((entry) => !present.has(entry.key));
  if (missing.length === 0) {
    log(`templates: ${present.size} present`);
    return [...present.values()];
  }
  const cast = await demoCast(db);
  const accounts = await db.certification.findMany({
    where: { id: { in: CCM_ACCOUNTS.map((name) => cast.ccms[name].certificationIds[0]!) } },
    select: { id: true, number: true, certificant: { select: { firstName: true, lastName: true } } },
  });
  const today = new Date();
  const started = performance.now();
  let done = 0;
  for (const { state, k, key } of missing) {
    const random = createRandom(0x7e41_0000 + RESTING_STATES.indexOf(state) * 1000 + k);
    const account = CCM_ACCOUNTS[k % CCM_ACCOUNTS.length]!;
    const respondent = cast.ccms[account];
    const certification = accounts.find((row) => row.id === respondent.certificationIds[0]);
    if (!certification) throw new Error(`Demo account ${account} has no certification: seed the demo accounts first`);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const code = random.pick(CODES);
    const clock = new ManualClock(addDays(today, -START_DAYS_AGO[state]));
    const made = await driveCaseTo(state, {
      db,
      clock,
      cast: { ...cast.base, respondent, respondentCertificationId: certification.id },
      complaint: {
        idempotencyKey: key,
        channel: "WEB",
        codeVersion: 2023,
        complainant: {
          name: `${first} ${last}`,
          email: `${first}.${last}@example.org`.toLowerCase(),
          relationship: random.pick(["CLIENT", "FAMILY", "CCM_PEER", "EMPLOYER", "PAYER"] as const),
          shareWithRespondent: random.int(0, 1) === 1,
          accessCodeHash: digestToken(`bench-${key}`),
        },
        respondent: { name: `${certification.certificant.firstName} ${certification.certificant.lastName}`, ccmNumber: certification.number },
        allegation: { narrative: random.pick(NARRATIVES), allegedProvisions: [{ codeVersion: 2023, code }] },
        consents: { releaseOfInformation: true, confidentiality: true, truthfulnessAttestation: true, signedName: `${first} ${last}` },
      },
      provisionCodes: [code],
      ...(ACTIONS[state] && { actions: ACTIONS[state] }),
      stepHours: 9,
    });
    const events = await db.auditEvent.count({ where: { complaintId: made.id } });
    for (let i = events; i < MIN_EVENTS; i++) {
      await addInternalNote(db, cast.base.staff as PersonActor, made.id, `Checked the file (${i + 1}).`, clock.advanceDays(0.1));
    }
    present.set(key, made.id);
    done += 1;
    log(`templates: ${done}/${missing.length} (${state}; ${(done / ((performance.now() - started) / 1000)).toFixed(2)} cases/s)`);
  }
  return [...present.values()];
}
