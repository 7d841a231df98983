import { driveCaseTo, ManualClock, sampleNewCase } from "@/lib/server/cases/case-paths";
import type { Db } from "@/lib/server/db-factory";
import type { SmtpSink } from "@/tests/integration/notifications/support/smtp-sink";
import { demoCast } from "./cast";
import { deliveredOnce, senderOf } from "./delivery";
import type { Instance } from "./instances";
import type { Check } from "./report";
import { waitFor } from "./wait";

export interface SchedulerFigures {
  cases: number;
  firedBy: Record<string, number>;
  notices: number;
  deliveredBy: Record<string, number>;
  /** Writing the cases, then until the last deadline fired, then until the last notice was sent. */
  seconds: { filing: number; firing: number; delivering: number };
}

const DAY = 86_400_000;

/**
 * `count` cases waiting for the complainant's missing information, filed 60 days ago by the
 * scripted procedure (so their 30-day cure period has passed), written while both instances'
 * schedulers tick every second. Each cure deadline must fire once (one CURE_PERIOD_EXPIRED event,
 * the case closed as abandoned) and every notice of these cases reach the SMTP sink exactly once.
 */
export async function bothSchedulers(db: Db, instances: readonly Instance[], sink: SmtpSink, count: number): Promise<{ figures: SchedulerFigures; checks: Check[] }> {
  const cast = await demoCast(db);
  const ids: string[] = [];
  const run = Date.now().toString(36);
  const parallel = 8;
  const t0 = performance.now();
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, i) =>
      driveCaseTo("AWAITING_COMPLAINANT_INFO", {
        db,
        cast,
        clock: new ManualClock(new Date(Date.now() - 60 * DAY)),
        complaint: sampleNewCase({ idempotencyKey: `reliability-deadline-${run}-${start + i}` }),
      }),
    );
    for (const made of await Promise.all(batch)) ids.push(made.id);
  }

  const closed = () => db.complaint.count({ where: { id: { in: ids }, state: "CLOSED_ABANDONED" } });
  // A notice with no address is kept for staff to post; every other one must go out.
  const emailed = { complaintId: { in: ids }, toAddress: { not: null } };
  const t1 = performance.now();
  await waitFor(async () => (await closed()) === count, 90_000);
  const t2 = performance.now();
  await waitFor(async () => (await db.notice.count({ where: { ...emailed, status: { not: "SENT" } } })) === 0, 90_000);
  const t3 = performance.now();
  const seconds = (from: number, to: number) => Math.round((to - from) / 100) / 10;

  const audits = await db.auditEvent.groupBy({ by: ["complaintId"], where: { complaintId: { in: ids }, type: "CURE_PERIOD_EXPIRED" }, _count: true });
  const fired = await db.deadline.count({ where: { complaintId: { in: ids }, kind: "CURE", status: "FIRED" } });
  const notices = await db.notice.findMany({ where: emailed, select: { messageId: true, template: true, bodyText: true, status: true } });
  // The closing notice is written in the firing transaction, with the firing instance's own address in its link.
  const firedBy = Object.fromEntries(instances.map((instance) => [instance.name, notices.filter((n) => n.template === "complaint-abandoned" && n.bodyText.includes(instance.url)).length]));
  const once = deliveredOnce(notices.map((n) => n.messageId), sink);
  const deliveredBy: Record<string, number> = {};
  const wanted = new Set(notices.map((n) => n.messageId));
  for (const mail of sink.accepted) if (wanted.has(mail.messageId)) deliveredBy[senderOf(mail)] = (deliveredBy[senderOf(mail)] ?? 0) + 1;

  const figures: SchedulerFigures = {
    cases: count,
    firedBy,
    notices: notices.length,
    deliveredBy,
    seconds: { filing: seconds(t0, t1), firing: seconds(t1, t2), delivering: seconds(t2, t3) },
  };
  return {
    figures,
    checks: [
      { name: "every due deadline fired", ok: fired === count && (await closed()) === count, detail: `${fired} of ${count} cure deadlines fired` },
      { name: "each fired exactly once", ok: audits.length === count && audits.every((row) => row._count === 1), detail: `${audits.length} cases with CURE_PERIOD_EXPIRED, max ${Math.max(0, ...audits.map((row) => row._count))} per case` },
      { name: "both schedulers took part", ok: Object.values(firedBy).every((n) => n > 0) && Object.values(firedBy).reduce((a, b) => a + b, 0) === count, detail: Object.entries(firedBy).map(([name, n]) => `${name} ${n}`).join(", ") },
      { name: "each notice delivered exactly once", ok: once.missing === 0 && once.duplicated === 0 && notices.length > 0 && notices.every((n) => n.status === "SENT"), detail: `${notices.length} notices: ${once.missing} never arrived, ${once.duplicated} arrived more than once` },
    ],
  };
}
