import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditSearchSchema } from "@/lib/domain/admin/audit";
import { auditCsvChunks, searchAudit } from "@/lib/server/admin/audit-search";
import { getWorld, makeCase, type MadeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
let first: MadeCase;
let second: MadeCase;
const search = (input: Record<string, string>) => searchAudit(t.db, AuditSearchSchema.parse(input));

beforeAll(async () => {
  t = await createTestDb();
  first = await makeCase(t.db, { to: "PRELIMINARY_REVIEW" });
  second = await makeCase(t.db, { to: "SUBMITTED" });
});
afterAll(async () => {
  await t?.close();
});

describe("audit search (/admin/audit)", () => {
  it("by case reference, in any case: only that case's events, newest first", async () => {
    const result = await search({ caseRef: first.reference.toLowerCase() });
    const expected = await t.db.auditEvent.count({ where: { complaintId: first.id } });
    expect(expected).toBeGreaterThan(1);
    expect(result.total).toBe(expected);
    expect(new Set(result.rows.map((row) => row.caseReference))).toEqual(new Set([first.reference]));
    const ids = result.rows.map((row) => BigInt(row.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
  });

  it("by actor, named by email or part of a name, or by kind", async () => {
    const world = await getWorld(t.db);
    const staff = await t.db.person.findUniqueOrThrow({ where: { id: world.staff.id }, select: { email: true, name: true } });
    const byStaff = await t.db.auditEvent.count({ where: { actorId: world.staff.id } });
    expect(byStaff).toBeGreaterThan(0);
    expect((await search({ actor: staff.email })).total).toBe(byStaff);
    expect((await search({ actor: staff.name.split(" ")[1]!.toUpperCase() })).rows.every((row) => row.actor?.includes(staff.email))).toBe(true);
    const complainantEvents = await t.db.auditEvent.count({ where: { actorKind: "COMPLAINANT" } });
    expect((await search({ actor: "complainant" })).total).toBe(complainantEvents);
  });

  it("combines case, actor and type; an unknown case or person finds nothing and says why", async () => {
    const submitted = await search({ caseRef: second.reference, type: "SUBMIT" });
    expect(submitted.total).toBe(1);
    expect(submitted.rows[0]?.caseReference).toBe(second.reference);
    const unknownCase = await search({ caseRef: "EPC-1999-9999" });
    expect(unknownCase).toMatchObject({ total: 0, notes: ["No case has the reference EPC-1999-9999."] });
    const unknownActor = await search({ actor: "nobody-by-this-name" });
    expect(unknownActor.total).toBe(0);
    expect(unknownActor.notes[0]).toContain("No person matches");
  });

  it("by date range, whole UTC days inclusive; the export carries the same filters", async () => {
    const events = await t.db.auditEvent.findMany({ where: { complaintId: first.id }, select: { at: true }, orderBy: { at: "asc" } });
    const day = (date: Date) => date.toISOString().slice(0, 10);
    const firstDay = day(events[0]!.at);
    const lastDay = day(events.at(-1)!.at);
    const shift = (iso: string, days: number) => day(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));
    const onFirstDay = events.filter((event) => day(event.at) === firstDay).length;
    // The scripted case spans days, so a one-day window must leave some of its events out.
    expect(firstDay < lastDay).toBe(true);
    expect(onFirstDay).toBeGreaterThan(0);

    const sameDay = await search({ caseRef: first.reference, from: firstDay, to: firstDay });
    expect(sameDay.total).toBe(onFirstDay);
    expect(sameDay.rows.every((row) => day(row.at) === firstDay)).toBe(true);
    expect((await search({ caseRef: first.reference, from: firstDay, to: lastDay })).total).toBe(events.length);
    expect((await search({ caseRef: first.reference, from: shift(lastDay, 1) })).total).toBe(0);
    expect((await search({ caseRef: first.reference, to: shift(firstDay, -1) })).total).toBe(0);
    expect(AuditSearchSchema.safeParse({ from: lastDay, to: shift(firstDay, -1) }).success).toBe(false);

    let csv = "";
    for await (const chunk of auditCsvChunks(t.db, AuditSearchSchema.parse({ caseRef: first.reference, from: firstDay, to: firstDay }))) csv += chunk;
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(onFirstDay + 1);
    expect(lines.slice(1).every((line) => line.includes(first.reference) && line.includes(`,${firstDay}T`))).toBe(true);
  });
});
