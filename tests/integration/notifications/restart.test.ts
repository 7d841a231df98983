import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimNextNotice } from "@/lib/server/notifications/delivery/claim";
import { composeNotice } from "@/lib/server/notifications/delivery/compose";
import { DEFAULT_LEASE_MS } from "@/lib/server/notifications/delivery/deliver-due";
import { smtpTransport } from "@/lib/server/notifications/delivery/transport";
import { enqueueNotice } from "@/lib/server/notifications/enqueue";
import { appUrl } from "@/lib/server/notifications/templates";
import { startWorker, type Worker } from "@/lib/server/scheduler/worker-loop";
import { makeCase, type MadeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { deliver, FROM, LINK_SECRET } from "./support/delivery";
import { startSmtpSink } from "./support/smtp-sink";

let testDb: TestDb;
let made: MadeCase;
const db = () => testDb.db;
const T = new Date("2026-07-01T09:00:00Z");

beforeAll(async () => {
  testDb = await createTestDb();
  made = await makeCase(db(), { to: "SUBMITTED" });
  // Only the outbox is under test: the scheduler half of the loop must find nothing to remind.
  await db().deadline.updateMany({ data: { status: "CANCELLED" } });
});
afterAll(async () => {
  await testDb?.close();
});

async function freshNotices(count: number): Promise<string[]> {
  await db().notice.deleteMany({});
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const notice = await enqueueNotice(db(), {
      complaintId: made.id,
      reference: made.reference,
      template: "case-closed",
      recipientKind: "COMMITTEE",
      audience: "COMMITTEE",
      toAddress: `member${i}@example.org`,
      now: new Date(T.getTime() - 3_600_000 + i),
    });
    ids.push(notice.id);
  }
  return ids;
}

function workerOn(url: string, now: () => Date): Worker {
  return startWorker({
    db: db(),
    transport: smtpTransport(url),
    delivery: { linkSecret: LINK_SECRET, from: FROM, appUrl: appUrl() },
    now,
    // The scheduler half has nothing to do here; the outbox polls quickly.
    tickMs: 3_600_000,
    pollMs: 50,
  });
}

describe("a worker restarted mid-batch", () => {
  it("loses and duplicates nothing: stopped after 10 of 30 sends, a new worker sends the other 20", async () => {
    const ids = await freshNotices(30);
    let first: Worker | null = null;
    let stopping: Promise<void> | null = null;
    const server = await startSmtpSink({
      onAccepted: (_mail, count) => {
        if (count === 10) stopping = first!.stop();
      },
    });
    try {
      first = workerOn(server.url, () => T);
      await first.idle();
      await stopping;
      // Stopped right after its tenth: every message the server accepted is marked SENT, nothing else is.
      const afterFirst = await db().notice.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } });
      expect(afterFirst).toEqual([
        { status: "PENDING", _count: 20 },
        { status: "SENT", _count: 10 },
      ]);
      expect(server.accepted).toHaveLength(10);

      const second = workerOn(server.url, () => T);
      await second.idle();
      await second.stop();

      const rows = await db().notice.findMany({ where: { id: { in: ids } } });
      expect(rows.every((row) => row.status === "SENT" && row.attempts === 1)).toBe(true);
      expect(server.attempts).toHaveLength(30);
      expect(new Set(server.accepted.map((m) => m.messageId))).toEqual(new Set(rows.map((row) => row.messageId)));
    } finally {
      await server.close();
    }
  });

  it("a worker that died holding a claim: the notice waits out the lease, then goes once", async () => {
    const [id] = await freshNotices(1);
    const server = await startSmtpSink();
    try {
      const claimed = await claimNextNotice(db(), { now: T, leaseMs: DEFAULT_LEASE_MS, linkSecret: LINK_SECRET });
      expect(claimed).toMatchObject({ id, attempts: 1 });
      // …and the process is gone. Before the lease runs out nobody else touches it.
      const leaseEnd = new Date(T.getTime() + DEFAULT_LEASE_MS);
      expect(await deliver(db(), server.url, { now: () => new Date(leaseEnd.getTime() - 1) })).toMatchObject({ sent: [] });
      expect(await deliver(db(), server.url, { now: () => leaseEnd })).toMatchObject({ sent: [id] });
      expect(await deliver(db(), server.url, { now: () => new Date(leaseEnd.getTime() + 86_400_000) })).toMatchObject({ sent: [] });
      expect(server.accepted).toHaveLength(1);
      expect(await db().notice.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2 });
    } finally {
      await server.close();
    }
  });

  it("a worker that died after the server accepted but before recording it: the resend carries the same Message-ID", async () => {
    const [id] = await freshNotices(1);
    const server = await startSmtpSink();
    try {
      const claimed = (await claimNextNotice(db(), { now: T, leaseMs: DEFAULT_LEASE_MS, linkSecret: LINK_SECRET }))!;
      const transport = smtpTransport(server.url);
      await transport.send(composeNotice(claimed, { from: FROM, appUrl: appUrl(), linkSecret: LINK_SECRET, letter: null }));
      transport.close();
      await deliver(db(), server.url, { now: () => new Date(T.getTime() + DEFAULT_LEASE_MS) });
      // SMTP has no exactly-once: the receiver can drop the copy by its Message-ID.
      expect(server.accepted).toHaveLength(2);
      const messageId = (await db().notice.findUniqueOrThrow({ where: { id } })).messageId;
      expect(server.accepted.map((m) => m.messageId)).toEqual([messageId, messageId]);
      expect(server.accepted[0]!.text).toBe(server.accepted[1]!.text);
    } finally {
      await server.close();
    }
  });
});
