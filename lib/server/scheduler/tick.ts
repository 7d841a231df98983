import "server-only";
import { loadProcedureRules } from "../cases/procedure-rules";
import type { Db } from "../db-factory";
import { fireDueDeadlines, type FireDueReport } from "./fire-due";
import { sendDueReminders, type SentReminder } from "./reminders";

export interface TickReport extends FireDueReport {
  reminders: SentReminder[];
}

/**
 * One scheduler tick at `now`: fire the timed events of every passed deadline first (a deadline
 * that fires needs no overdue notice), then send the reminders that have come due. Idempotent and
 * safe to run from several processes at once.
 */
export async function runSchedulerTick(options: { db: Db; now?: Date }): Promise<TickReport> {
  const now = options.now ?? new Date();
  const fired = await fireDueDeadlines({ db: options.db, now });
  const reminders = await sendDueReminders({ db: options.db, now, rules: await loadProcedureRules(options.db) });
  return { ...fired, reminders };
}
