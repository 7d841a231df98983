import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCsvRows, toCsv } from "@/lib/domain/committee/reports";
import { loadReports } from "@/lib/server/committee/reports/load";
import { ManualClock, T0, makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let now: Date;

beforeAll(async () => {
  t = await createTestDb();
  // Known histories: one dismissed, one awaiting the CCM's response, one LOI closed, one recusal.
  await makeCase(t.db, { to: "CLOSED_DISMISSED" });
  const awaiting = await makeCase(t.db, { to: "AWAITING_RESPONSE", clock: new ManualClock(T0) });
  await makeCase(t.db, { to: "CLOSED", actions: [{ type: "LETTER_OF_INSTRUCTION", conditions: [] }], provisionCodes: ["S16"] });
  const world = awaiting.world;
  await t.db.recusal.create({ data: { complaintId: awaiting.id, personId: world.members[0].id, decidedById: world.chair.id, reason: "r", source: "CHAIR" } });
  now = new Date(T0.getTime() + 200 * 86_400_000);
});
afterAll(async () => {
  await t?.close();
});

const report = (data: Awaited<ReturnType<typeof loadReports>>, key: string) => data.reports.find((r) => r.key === key)!;

describe("committee reports", () => {
  it("count every case by stage", async () => {
    const data = await loadReports(t.db, now);
    const total = report(data, "cases-by-stage").rows.reduce((sum, row) => sum + row.value, 0);
    expect(total).toBe(await t.db.complaint.count());
    expect(report(data, "cases-by-stage").rows).toContainEqual({ label: "Dismissed", series: "", value: 1 });
  });

  it("give median days per stage split by who was waiting, from the audit trail", async () => {
    const rows = report(await loadReports(t.db, now), "median-days-in-stage").rows;
    // Scripted steps are 20 hours apart: a completed stay in intake lasts 20/24 of a day.
    expect(rows).toContainEqual({ label: "Checking the complaint", series: "Committee", value: 0.8 });
    expect(rows.some((row) => row.label === "Waiting for the case manager's response" && row.series === "Case manager")).toBe(true);
    expect(new Set(rows.map((row) => row.series))).toEqual(new Set(["Committee", "Case manager", "Nobody (on hold or automatic)"].filter((s) => rows.some((r) => r.series === s))));
  });

  it("give outcomes by provision, overdue deadlines, rates and acknowledgements", async () => {
    const data = await loadReports(t.db, now);
    // Every sample complaint alleges S11; the LOI case was charged with S16.
    expect(report(data, "outcomes-by-provision").rows).toEqual([
      { label: "S11", series: "Dismissed", value: 1 },
      { label: "S11", series: "Letter of Instruction", value: 1 },
      { label: "S11", series: "Open", value: 1 },
      { label: "S16", series: "Letter of Instruction", value: 1 },
    ]);
    expect(report(data, "overdue-deadlines").rows).toContainEqual({ label: "Your written response", series: "Case manager", value: 1 });
    expect(report(data, "recusal-and-appeal-rates").rows[0]).toEqual({ label: "Recusal rate", series: "", value: Math.round((1 / 3) * 1000) / 10 });
    const ack = report(data, "acknowledgement-within-deadline").rows;
    expect(ack.find((row) => row.label === "Within the deadline")?.value).toBe(3);
  });

  it("export exactly the charted figures as CSV", async () => {
    const data = await loadReports(t.db, now);
    const parsed = Papa.parse<string[]>(toCsv(reportCsvRows(data)).trim(), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(["report", "label", "series", "unit", "value"]);
    const charted = data.reports.flatMap((r) => r.rows.map((row) => [r.key, row.label, row.series, r.unit, String(row.value)]));
    expect(parsed.slice(1)).toEqual(charted);
    expect(parsed.length - 1).toBe(data.reports.reduce((sum, r) => sum + r.rows.length, 0));
  });

  it("neutralises spreadsheet formulas in labels", () => {
    expect(toCsv([["=HYPERLINK(1)", "-2", "a,b"]])).toBe(`'=HYPERLINK(1),-2,"a,b"\r\n`);
  });
});
