import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ProcedureSettingsSchema, settingsFieldErrors, settingsFormValues, settingsInputFromForm } from "@/lib/domain/admin/settings";
import { getProcedureRules, readSettings, saveSettings, SETTINGS_ID } from "@/lib/server/admin/settings";
import { defaultProcedureRules, dueDateFor } from "@/lib/workflow/rules";
import { getWorld, makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeAdmin } from "./fixtures";

let testDb: TestDb;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(async () => {
  await testDb?.close();
});

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (key.endsWith("RuleIds")) value.split("\n").filter(Boolean).forEach((rule) => data.append(key, rule));
    else if (key !== "rollForwardOffNonBusinessDays" || value === "on") data.append(key, value);
  }
  return data;
}

async function submit(changes: Record<string, string>) {
  const current = await readSettings(db);
  const input = settingsInputFromForm(form({ ...settingsFormValues(current.rules, current.letterhead), ...changes }), current.stored);
  return { current, input, parsed: ProcedureSettingsSchema.safeParse(input) };
}

describe("procedure settings", () => {
  it("saves a change with before/after in the audit, and the workflow reads it", async () => {
    const { actor } = await makeAdmin(db);
    const { current, parsed } = await submit({ "clocks.response.length": "21", "clocks.response.unit": "business", holidays: "2026-12-25", "letterhead.signatoryName": "Dr Jane Chair" });
    expect(parsed.success).toBe(true);
    const saved = await saveSettings(db, parsed.data!, current.version, actor);
    expect(saved.version).toBe(current.version + 1);
    expect(saved.changes).toEqual(
      expect.arrayContaining([
        { path: "clocks.response.length", before: current.rules.clocks.response.length, after: 21 },
        { path: "clocks.response.unit", before: current.rules.clocks.response.unit, after: "business" },
        { path: "letterhead.signatoryName", before: current.letterhead.signatoryName, after: "Dr Jane Chair" },
      ]),
    );
    const rules = await getProcedureRules(db);
    expect(rules.clocks.response).toEqual({ length: 21, unit: "business" });
    expect(rules.holidays).toContain("2026-12-25");
    const event = await db.auditEvent.findFirstOrThrow({ where: { stream: "settings", type: "SETTINGS_CHANGED" }, orderBy: { seq: "desc" } });
    expect(event.payload).toMatchObject({ version: saved.version, changes: expect.arrayContaining([{ path: "clocks.response.length", before: current.rules.clocks.response.length, after: 21 }]) });

    const unchanged = await submit({});
    const again = await saveSettings(db, unchanged.parsed.data!, saved.version, actor);
    expect(again).toEqual({ version: saved.version, changes: [] });
  });

  it("applies a changed clock to deadlines opened afterwards and leaves the open ones as they were", async () => {
    const { actor } = await makeAdmin(db);
    await getWorld(db);
    const responseDeadline = async (caseId: string) => db.deadline.findFirstOrThrow({ where: { complaintId: caseId, kind: "RESPONSE", status: "OPEN" } });
    const earlier = await makeCase(db, { to: "AWAITING_RESPONSE" });
    const open = await responseDeadline(earlier.id);
    const rulesBefore = await getProcedureRules(db);
    expect(open.dueAt).toEqual(dueDateFor(open.openedAt, rulesBefore.clocks.response, rulesBefore));

    const { current, parsed } = await submit({ "clocks.response.length": "75", "clocks.response.unit": "calendar" });
    await saveSettings(db, parsed.data!, current.version, actor);
    expect((await responseDeadline(earlier.id)).dueAt).toEqual(open.dueAt);

    const later = await makeCase(db, { to: "AWAITING_RESPONSE" });
    const fresh = await responseDeadline(later.id);
    expect(fresh.dueAt).toEqual(dueDateFor(fresh.openedAt, { length: 75, unit: "calendar" }, await getProcedureRules(db)));
    expect(fresh.dueAt).not.toEqual(dueDateFor(fresh.openedAt, rulesBefore.clocks.response, rulesBefore));
  });

  it("refuses a stale version with a conflict and changes nothing", async () => {
    const { actor } = await makeAdmin(db);
    const { current, parsed } = await submit({ "hearing.quorum": "5" });
    await saveSettings(db, parsed.data!, current.version, actor);
    const stale = await submit({ "hearing.quorum": "4" });
    const before = await db.procedureSettings.findUniqueOrThrow({ where: { id: SETTINGS_ID } });
    await expect(saveSettings(db, stale.parsed.data!, current.version, actor)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.procedureSettings.findUniqueOrThrow({ where: { id: SETTINGS_ID } })).toEqual(before);
    expect((await getProcedureRules(db)).hearing.quorum).toBe(5);
  });

  it("reports out-of-range values as field errors", async () => {
    const { input, parsed } = await submit({ "clocks.election.length": "0", "hearing.quorum": "abc", "retention.dismissedYears": "500" });
    expect(parsed.success).toBe(false);
    const errors = settingsFieldErrors(parsed.error!, input);
    expect(Object.keys(errors).sort()).toEqual(["clocks.election.length", "hearing.quorum", "retention.dismissedYears"]);
  });

  it("falls back to the defaults when the stored settings are unusable", async () => {
    await db.procedureSettings.upsert({ where: { id: SETTINGS_ID }, update: { data: { clocks: { response: { length: -3 } } } }, create: { id: SETTINGS_ID, data: { clocks: { response: { length: -3 } } } } });
    expect(await getProcedureRules(db)).toEqual(defaultProcedureRules);
  });
});
