import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/test-db";

// The audit hash chain is evidence only if recorded events cannot change: the database itself
// refuses UPDATE, DELETE and TRUNCATE on "AuditEvent" (migration *_audit_append_only).
describe("AuditEvent is append-only", () => {
  let t: TestDb;
  const REFUSED = /AuditEvent is append-only/;

  const event = (seq: number) => ({
    stream: "test",
    seq,
    actorKind: "SYSTEM",
    type: "TEST_EVENT",
    payload: { seq },
    prevHash: seq === 1 ? "0".repeat(64) : `hash-${seq - 1}`,
    hash: `hash-${seq}`,
  });

  const snapshot = () => t.db.auditEvent.findMany({ orderBy: { seq: "asc" } });

  beforeAll(async () => {
    t = await createTestDb();
    await t.db.auditEvent.create({ data: event(1) });
  });

  afterAll(async () => {
    await t?.close();
  });

  it("accepts new events", async () => {
    await t.db.auditEvent.createMany({ data: [event(2), event(3)] });
    expect((await snapshot()).map((row) => row.seq)).toEqual([1, 2, 3]);
  });

  it("refuses updates through Prisma", async () => {
    const before = await snapshot();
    await expect(t.db.auditEvent.update({ where: { stream_seq: { stream: "test", seq: 1 } }, data: { reason: "edited" } })).rejects.toThrow(REFUSED);
    await expect(t.db.auditEvent.updateMany({ data: { type: "REWRITTEN" } })).rejects.toThrow(REFUSED);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses deletes through Prisma", async () => {
    const before = await snapshot();
    await expect(t.db.auditEvent.delete({ where: { stream_seq: { stream: "test", seq: 3 } } })).rejects.toThrow(REFUSED);
    await expect(t.db.auditEvent.deleteMany({})).rejects.toThrow(REFUSED);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses raw UPDATE and DELETE, even when no row matches", async () => {
    const before = await snapshot();
    await expect(t.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "hash" = 'forged' WHERE "seq" = 2`)).rejects.toThrow(REFUSED);
    await expect(t.db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = 2`)).rejects.toThrow(REFUSED);
    await expect(t.db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = -1`)).rejects.toThrow(REFUSED);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses TRUNCATE", async () => {
    await expect(t.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(REFUSED);
    expect(await t.db.auditEvent.count()).toBe(3);
  });

  it("refuses changes inside an interactive transaction too, and rolls the transaction back", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.auditEvent.create({ data: event(4) });
        await tx.auditEvent.deleteMany({ where: { seq: 1 } });
      }),
    ).rejects.toThrow(REFUSED);
    expect((await snapshot()).map((row) => row.seq)).toEqual([1, 2, 3]);
  });
});
