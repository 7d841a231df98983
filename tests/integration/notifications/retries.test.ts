import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { enqueueNotice } from "@/lib/server/notifications/enqueue";
import { retryDeadNotice } from "@/lib/server/notifications/outbox";
import { listOutbox, outboxNotice } from "@/lib/server/notifications/outbox-list";
import { noticeReceiptsFor } from "@/lib/server/notifications/receipts";
import { makeCase, type MadeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { deliver } from "./support/delivery";
import { startSmtpSink, type SmtpSink } from "./support/smtp-sink";

let testDb: TestDb;
let made: MadeCase;
const sinks: SmtpSink[] = [];
const db = () => testDb.db;
const T = new Date("2026-06-01T10:00:00Z");
const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000);

beforeAll(async () => {
  testDb = await createTestDb();
  made = await makeCase(db(), { to: "SUBMITTED" });
});
afterEach(async () => {
  while (sinks.length) await sinks.pop()!.close();
  // Each test sends only the notice it wrote.
  await db().notice.deleteMany({});
});
afterAll(async () => {
  await testDb?.close();
});

async function sink(options: Parameters<typeof startSmtpSink>[0] = {}) {
  const started = await startSmtpSink(options);
  sinks.push(started);
  return started;
}

async function oneNotice(toAddress = "ccm@example.org") {
  await db().notice.deleteMany({});
  return enqueueNotice(db(), {
    complaintId: made.id,
    reference: made.reference,
    template: "notice-of-complaint",
    recipientKind: "RESPONDENT",
    audience: "RESPONDENT",
    toAddress,
    now: T,
  });
}

describe("retries and dead letters", () => {
  it("a server that refuses the first two attempts (451) still gets exactly one message, with the same Message-ID each time", async () => {
    const { id } = await oneNotice();
    const server = await sink({ rejectAttempt: (n) => (n <= 2 ? { code: 451, message: "Try again later" } : null) });

    expect(await deliver(db(), server.url, { now: () => at(0) })).toMatchObject({ retrying: [id], sent: [] });
    let row = await db().notice.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, nextAttemptAt: at(2) });
    expect(row.lastError).toMatch(/451/);

    // Not due yet: nothing is tried before the backoff has passed.
    expect(await deliver(db(), server.url, { now: () => at(1) })).toMatchObject({ retrying: [], sent: [] });
    expect(await deliver(db(), server.url, { now: () => at(2) })).toMatchObject({ retrying: [id] });
    row = await db().notice.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 2, nextAttemptAt: at(2 + 8) });

    expect(await deliver(db(), server.url, { now: () => at(10) })).toMatchObject({ sent: [id] });
    row = await db().notice.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 3, sentAt: at(10), lastError: null });

    expect(server.attempts).toHaveLength(3);
    expect(server.accepted).toHaveLength(1);
    expect(new Set(server.attempts.map((m) => m.messageId))).toEqual(new Set([row.messageId]));

    // Sent is final: later runs send nothing more.
    await deliver(db(), server.url, { now: () => at(600) });
    expect(server.accepted).toHaveLength(1);
  });

  it("gives up after maxAttempts (DEAD), and an admin's retry sends it once", async () => {
    const { id } = await oneNotice();
    let refusing = true;
    const server = await sink({ rejectAttempt: () => (refusing ? { code: 421, message: "Service not available" } : null) });
    let minute = 0;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await deliver(db(), server.url, { now: () => at(minute), maxAttempts: 3 });
      minute += 24 * 60;
    }
    const dead = await db().notice.findUniqueOrThrow({ where: { id } });
    expect(dead).toMatchObject({ status: "DEAD", attempts: 3 });
    expect((await noticeReceiptsFor(made.id, { db: db(), emailOn: true }))[0]).toMatchObject({ state: "failed", attempts: 3, failedAt: at(2 * 24 * 60) });

    // Administrators see it among what needs their attention, with why it failed.
    const attention = await listOutbox(db(), { view: "attention", page: 1, emailOn: true });
    expect(attention.rows.map((row) => [row.id, row.state, row.attempts])).toEqual([[id, "failed", 3]]);
    expect(attention.rows[0]!.lastError).toMatch(/421/);
    expect((await listOutbox(db(), { view: "waiting", page: 1, emailOn: true })).rows).toEqual([]);
    expect(await outboxNotice(db(), id)).toMatchObject({ status: "DEAD", lastError: expect.stringMatching(/421/), complaint: { reference: made.reference } });

    // DEAD is never picked up again on its own.
    await deliver(db(), server.url, { now: () => at(10 * 24 * 60), maxAttempts: 3 });
    expect(server.attempts).toHaveLength(3);

    refusing = false;
    const admin = await db().person.findFirstOrThrow({ where: { roles: { has: "ADMIN" } } });
    expect(await retryDeadNotice(db(), { noticeId: id, adminId: admin.id, now: at(11 * 24 * 60) })).toBe(true);
    expect(await retryDeadNotice(db(), { noticeId: id, adminId: admin.id, now: at(11 * 24 * 60) })).toBe(false);
    await deliver(db(), server.url, { now: () => at(11 * 24 * 60), maxAttempts: 3 });
    expect(server.accepted).toHaveLength(1);
    expect(await db().notice.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 1 });
    expect((await listOutbox(db(), { view: "attention", page: 1, emailOn: true })).rows).toEqual([]);
    expect((await listOutbox(db(), { view: "sent", page: 1, reference: made.reference.toLowerCase(), emailOn: true })).rows.map((row) => row.id)).toEqual([id]);
    const audit = await db().auditEvent.findMany({ where: { complaintId: made.id, type: "NOTICE_RETRIED" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorKind: "PERSON", actorId: admin.id });
  });

  it("a permanent refusal (550) is a bounce: DEAD at once, shown as bounced", async () => {
    const { id } = await oneNotice("nobody@example.org");
    const server = await sink({ rejectAttempt: () => ({ code: 550, message: "5.1.1 Mailbox unknown" }) });
    expect(await deliver(db(), server.url, { now: () => at(0) })).toMatchObject({ dead: [id] });
    const row = await db().notice.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DEAD", attempts: 1 });
    expect(row.lastError).toMatch(/^Bounced: .*550/);
    expect((await noticeReceiptsFor(made.id, { db: db(), emailOn: true }))[0]).toMatchObject({ state: "bounced", failedAt: at(0) });
  });

  it("a server that cannot be reached counts as a failed attempt and is retried", async () => {
    const { id } = await oneNotice();
    const server = await sink();
    const url = server.url;
    await server.close();
    sinks.pop();
    expect(await deliver(db(), url, { now: () => at(0) })).toMatchObject({ retrying: [id] });
    expect(await db().notice.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 1 });
    const back = await sink();
    // The same Message-ID reaches the server once it is back.
    await deliver(db(), back.url, { now: () => at(2) });
    expect(back.accepted.map((m) => m.messageId)).toEqual([(await db().notice.findUniqueOrThrow({ where: { id } })).messageId]);
  });

  it("a notice with no address is never attempted (kept for posting)", async () => {
    const { id } = await oneNotice();
    await db().notice.update({ where: { id }, data: { toAddress: null, status: "DEAD", lastError: "No email address on file; send by post." } });
    const server = await sink();
    await deliver(db(), server.url, { now: () => at(0) });
    expect(server.attempts).toHaveLength(0);
    expect((await noticeReceiptsFor(made.id, { db: db(), emailOn: true }))[0]!.state).toBe("no-address");
    const admin = await db().person.findFirstOrThrow({ where: { roles: { has: "ADMIN" } } });
    expect(await retryDeadNotice(db(), { noticeId: id, adminId: admin.id, now: at(1) })).toBe(false);
  });
});
