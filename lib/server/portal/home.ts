import "server-only";
import { nextStepFor } from "@/lib/domain/portal/next-step";
import { stageFor } from "@/lib/domain/portal/stages";
import type { PublicCertification } from "@/lib/domain/registry-verification";
import { sanctionsInEffect, type CaseState } from "@/lib/workflow";
import { loadProcedureRules } from "../cases/procedure-rules";
import { loadCaseSnapshot } from "../cases/snapshot";
import { findCaseForActor } from "../cases/visibility";
import { db as defaultDb, type Db } from "../db";
import { getPublicCertification } from "../verification/lookup";
import { openEvents, partyEvents } from "./events";
import { partyCasesWhere } from "./scope";
import type { PersonActor } from "./viewer";

export interface CertificationCard extends PublicCertification {
  publicAnnotation: string | null;
}

/** The certifications this person holds, as the public verification record shows them (public sanctions only). */
async function certificationCards(db: Db, actor: PersonActor): Promise<CertificationCard[]> {
  const rows = await db.certification.findMany({
    where: { id: { in: actor.certificationIds } },
    orderBy: { issuedAt: "desc" },
    select: { number: true, publicAnnotation: true },
  });
  const cards: CertificationCard[] = [];
  for (const row of rows) {
    const record = await getPublicCertification(db, row.number);
    if (record) cards.push({ ...record, publicAnnotation: row.publicAnnotation });
  }
  return cards;
}

/**
 * The portal home: the person's certification card(s) and every case in which they are the
 * respondent (or its representative) and have been notified, with its stage, the next deadline
 * that waits on them and what to do now. Cases before the Notice of Complaint do not exist here.
 */
export async function loadPortalHome(actor: PersonActor, options: { db?: Db; now?: Date } = {}) {
  const db = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  const rows = await db.complaint.findMany({
    where: partyCasesWhere(actor),
    orderBy: [{ respondentNotifiedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      reference: true,
      state: true,
      respondentNotifiedAt: true,
      closedAt: true,
      deadlines: { where: { status: "OPEN", waitingOn: "CCM" }, orderBy: { dueAt: "asc" }, select: { kind: true, dueAt: true } },
      hearings: { where: { status: { not: "CANCELLED" } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { scheduledFor: true } },
    },
  });
  const rules = await loadProcedureRules(db);
  const cases = [];
  for (const row of rows) {
    // The list filter mirrors the visibility rules; each case is still checked by them.
    const handle = await findCaseForActor(row.id, actor, { db });
    const snapshot = handle?.access.kind === "RESPONDENT" ? await loadCaseSnapshot(db, row.id, now) : null;
    if (!snapshot) continue;
    const state = row.state as CaseState;
    const next = row.deadlines[0] ?? null;
    const unmet = sanctionsInEffect(snapshot.sanctions).reduce((n, s) => n + s.conditions.filter((c) => !c.met).length, 0);
    cases.push({
      id: row.id,
      reference: row.reference,
      state,
      stage: stageFor(state),
      notifiedAt: row.respondentNotifiedAt,
      closed: row.closedAt !== null,
      nextDeadline: next && { kind: next.kind, dueAt: next.dueAt },
      nextStep: nextStepFor({
        state,
        open: openEvents(partyEvents(snapshot, actor, now, rules, row.deadlines.map((d) => d.kind))),
        dueBy: Object.fromEntries([...row.deadlines].reverse().map((d) => [d.kind, d.dueAt])),
        extensionRequested: snapshot.extensionRequested,
        hearing: row.hearings[0] ? { scheduledFor: row.hearings[0].scheduledFor, challengeUntil: null } : null,
        unmetConditions: unmet,
        now,
      }),
    });
  }
  return { certifications: await certificationCards(db, actor), cases, now };
}

export type PortalHome = Awaited<ReturnType<typeof loadPortalHome>>;
export type PortalCaseCard = PortalHome["cases"][number];
