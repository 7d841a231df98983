import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noticeReceiptsFor } from "@/lib/server/notifications/receipts";
import { startInAppWorker } from "@/lib/server/scheduler/in-app";
import { startWorker } from "@/lib/server/scheduler/worker-loop";
import { makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
const db = () => testDb.db;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

describe("the worker loop without SMTP_URL (a fresh install)", () => {
  it("still fires due deadlines and records every notice, sending none", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    const deadline = await db().deadline.findFirstOrThrow({ where: { complaintId: made.id, kind: "RESPONSE" } });
    const worker = startWorker({
      db: db(),
      transport: null,
      delivery: { linkSecret: "unused-without-smtp-0123456789abcdef", from: "x@y", appUrl: "http://h" },
      now: () => new Date(deadline.dueAt.getTime() + 1),
      pollMs: 20,
    });
    await worker.idle();
    await worker.stop();
    expect((await db().complaint.findUniqueOrThrow({ where: { id: made.id } })).state).toBe("COMMITTEE_REVIEW");
    const notices = await db().notice.findMany({ where: { complaintId: made.id, toAddress: { not: null } } });
    expect(notices.some((n) => n.template === "response-window-closed")).toBe(true);
    expect(notices.every((n) => n.status === "PENDING" && n.attempts === 0 && n.sentAt === null)).toBe(true);
    const receipts = await noticeReceiptsFor(made.id, { db: db(), emailOn: false });
    expect(new Set(receipts.filter((r) => r.toAddress !== null).map((r) => r.state))).toEqual(new Set(["recorded"]));
    expect(receipts.map((r) => r.queuedAt.getTime())).toEqual([...receipts.map((r) => r.queuedAt.getTime())].sort((a, b) => a - b));
  });

  it("never starts inside vitest, nor with DOCKET_WORKER=off", () => {
    expect(startInAppWorker({ ...process.env, VITEST: "true" })).toBeNull();
    expect(startInAppWorker({ NODE_ENV: "production", DOCKET_WORKER: "off" })).toBeNull();
  });
});
