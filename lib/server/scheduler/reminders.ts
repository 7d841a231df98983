import "server-only";
import { DEADLINE_INFO, TIMED_EVENTS, type DeadlineKind, type ProcedureRules } from "@/lib/workflow";
import type { EffectContext } from "../cases/effects/context";
import { resolveRecipients, type Addressee } from "../cases/effects/recipients";
import { loadProcedureRules } from "../cases/procedure-rules";
import type { Db, TxClient } from "../db-factory";
import { logger } from "../logger";
import type { NoticeRecipientKind } from "../notifications/audience";
import { insertNotice } from "../notifications/enqueue";
import { caseCoordinators } from "../notifications/message-notice";
import { renderReminder } from "../notifications/templates";
import { reminderHorizonMs, reminderStep, OVERDUE_OFFSET, type ReminderStep } from "./reminder-plan";
import { reminderRecipient } from "./reminder-recipients";

export interface SentReminder {
  deadlineId: string;
  caseId: string;
  kind: DeadlineKind;
  template: ReminderStep["template"];
  /** Days before the due date; 0 for an overdue notice. */
  offset: number;
  noticeIds: string[];
}

export interface ReminderOptions {
  db: Db;
  now?: Date;
  /** Defaults to the procedure rules in force (reminderOffsetsDays). */
  rules?: ProcedureRules;
  limit?: number;
}

const REMINDER_ONLY_KINDS = (Object.keys(TIMED_EVENTS) as DeadlineKind[]).filter((kind) => TIMED_EVENTS[kind] === null);

const DEADLINE_FIELDS = { id: true, complaintId: true, kind: true, waitingOn: true, openedAt: true, dueAt: true, remindersSent: true } as const;

/**
 * Sends the reminders OPEN deadlines are owed at `now` (reminderStep), each once: the notices and
 * the remindersSent mark are written in one transaction that holds the deadline's row
 * (FOR UPDATE SKIP LOCKED), so two schedulers never send the same one. PAUSED deadlines (a
 * deferred case) are never reminded.
 */
export async function sendDueReminders(options: ReminderOptions): Promise<SentReminder[]> {
  const now = options.now ?? new Date();
  const rules = options.rules ?? (await loadProcedureRules(options.db));
  const offsets = rules.reminderOffsetsDays;
  const candidates = await options.db.deadline.findMany({
    where: {
      status: "OPEN",
      dueAt: { lte: new Date(now.getTime() + reminderHorizonMs(offsets)) },
      OR: [{ dueAt: { gte: now } }, { kind: { in: REMINDER_ONLY_KINDS }, NOT: { remindersSent: { has: OVERDUE_OFFSET } } }],
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: options.limit ?? 500,
    select: DEADLINE_FIELDS,
  });
  const sent: SentReminder[] = [];
  for (const candidate of candidates) {
    if (!reminderStep({ ...candidate, kind: candidate.kind as DeadlineKind }, now, offsets)) continue;
    try {
      const done = await options.db.$transaction((tx) => remindOne(tx, candidate.id, now, offsets), { maxWait: 60_000, timeout: 60_000 });
      if (done) sent.push(done);
    } catch (error) {
      // One case's trouble must not hold up the others' reminders: rolled back, tried next tick.
      logger.error({ err: error, deadlineId: candidate.id }, "sending a deadline reminder failed");
    }
  }
  return sent;
}

async function remindOne(tx: TxClient, deadlineId: string, now: Date, offsets: readonly number[]): Promise<SentReminder | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Deadline" WHERE id = ${deadlineId} AND status = 'OPEN' FOR UPDATE SKIP LOCKED`;
  if (locked.length === 0) return null;
  const deadline = await tx.deadline.findUniqueOrThrow({ where: { id: deadlineId }, select: DEADLINE_FIELDS });
  const kind = deadline.kind as DeadlineKind;
  const step = reminderStep({ ...deadline, kind }, now, offsets);
  if (!step) return null;
  const to = reminderRecipient(kind, deadline.waitingOn);
  const noticeIds: string[] = [];
  if (to) {
    const { reference } = await tx.complaint.findUniqueOrThrow({ where: { id: deadline.complaintId }, select: { reference: true } });
    const seen = new Set<string>();
    for (const addressee of await addressees(tx, deadline.complaintId, now, to)) {
      // One reminder per person or address, as for workflow notices.
      const key = addressee.personId ?? addressee.address ?? "";
      if (key !== "" && seen.has(key)) continue;
      seen.add(key);
      const rendered = renderReminder({
        template: step.template,
        audience: addressee.audience,
        reference,
        caseId: deadline.complaintId,
        label: DEADLINE_INFO[kind].label,
        dueAt: deadline.dueAt,
      });
      const notice = await insertNotice(
        tx,
        { complaintId: deadline.complaintId, template: step.template, recipientKind: to, recipientPersonId: addressee.personId, toAddress: addressee.address, now },
        rendered,
      );
      noticeIds.push(notice.id);
    }
  }
  await tx.deadline.update({ where: { id: deadlineId }, data: { remindersSent: { push: step.offset } } });
  return { deadlineId, caseId: deadline.complaintId, kind, template: step.template, offset: step.offset, noticeIds };
}

/** The workflow's recipients (recusals respected), or for STAFF the case's coordinator, else every active one. */
async function addressees(tx: TxClient, caseId: string, now: Date, to: NoticeRecipientKind): Promise<Addressee[]> {
  if (to !== "STAFF") {
    // resolveRecipients reads only the transaction, the case and the clock of its context.
    const ctx = { tx, caseId, now } satisfies Pick<EffectContext, "tx" | "caseId" | "now">;
    return resolveRecipients(ctx as EffectContext, to);
  }
  const staff = await caseCoordinators(tx, caseId);
  return staff.map((person) => ({ personId: person.id, address: person.email, audience: "COMMITTEE" as const }));
}
