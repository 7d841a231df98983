import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTransition } from "@/lib/server/cases/run-transition";
import { loadPortalCase } from "@/lib/server/portal/case-view";
import { challengeMember } from "@/lib/server/portal/hearing";
import { explainRefusal } from "@/lib/server/portal/refusal";
import * as events from "@/lib/server/portal/transitions";
import { getWorld, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { caseForNewCcm, portalFingerprint } from "./support";

let testDb: TestDb;
let world: World;
const db = () => testDb.db;

beforeAll(async () => {
  testDb = await createTestDb();
  world = await getWorld(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

async function dueAt(caseId: string, kind: string): Promise<Date> {
  return (await db().deadline.findFirstOrThrow({ where: { complaintId: caseId, kind, status: "OPEN" } })).dueAt;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function refusedUnchanged(caseId: string, attempt: () => Promise<unknown>) {
  const before = await portalFingerprint(db(), caseId);
  const error = await attempt().then(
    () => null,
    (refusal: unknown) => refusal as { code: string; message: string },
  );
  expect(await portalFingerprint(db(), caseId)).toEqual(before);
  return error;
}

describe("an action after its deadline is refused, naming the deadline", () => {
  it("a response: names the response deadline and how to ask for an extension; the page says the same", async () => {
    const made = await caseForNewCcm(db(), { to: "AWAITING_RESPONSE" });
    const due = await dueAt(made.id, "RESPONSE");
    const late = new Date(due.getTime() + 60_000);
    const input = { actor: made.ccm, caseId: made.id, expectedVersion: made.version, db: db(), now: late };
    const error = await refusedUnchanged(made.id, () => events.submitResponse(input, { caseId: made.id, expectedVersion: made.version, statement: "Late" }));
    expect(error).toMatchObject({ code: "GUARD_FAILED" });
    expect(error!.message).toContain(`The deadline for your written response was ${isoDay(due)}`);
    expect(error!.message).toMatch(/extension/);

    const extension = await refusedUnchanged(made.id, () => events.requestExtension(input, { caseId: made.id, expectedVersion: made.version, days: 10, reason: "Ill" }));
    expect(extension).toMatchObject({ code: "GUARD_FAILED", message: expect.stringContaining(isoDay(due)) });

    const page = await loadPortalCase(made.id, made.ccm, { db: db(), now: late });
    expect(page.events.find((e) => e.type === "SUBMIT_RESPONSE")).toMatchObject({ open: false, relevant: true, reason: expect.stringContaining(isoDay(due)) });
  });

  it("an election: names the election deadline and what silence means", async () => {
    const made = await caseForNewCcm(db(), { to: "PROPOSED_DISPOSITION" });
    const due = await dueAt(made.id, "ELECTION");
    const input = { actor: made.ccm, caseId: made.id, expectedVersion: made.version, db: db(), now: new Date(due.getTime() + 1) };
    const error = await refusedUnchanged(made.id, () =>
      events.elect(input, { caseId: made.id, expectedVersion: made.version, choice: "hearing", signedName: "Casey Manager", statement: undefined }),
    );
    expect(error).toMatchObject({ code: "GUARD_FAILED", message: expect.stringContaining(`was ${isoDay(due)}`) });
    expect(error!.message).toMatch(/Silence counts as acceptance/);
    // How to ask for more time after the fact.
    expect(error!.message).toMatch(/contact the ethics coordinator, who will put your request to the Committee Chair/);
  });

  it("an appeal: names the appeal deadline and how to ask for more time", async () => {
    const made = await caseForNewCcm(db(), { to: "APPEAL_WINDOW" });
    const due = await dueAt(made.id, "APPEAL");
    const input = { actor: made.ccm, caseId: made.id, expectedVersion: made.version, db: db(), now: new Date(due.getTime() + 1) };
    const error = await refusedUnchanged(made.id, () =>
      events.fileAppeal(input, { caseId: made.id, expectedVersion: made.version, grounds: ["SANCTION_DISPROPORTIONATE"], statement: "Too harsh" }),
    );
    expect(error).toMatchObject({ code: "GUARD_FAILED", message: expect.stringContaining(`The deadline for filing an appeal was ${isoDay(due)}`) });
    expect(error!.message).toMatch(/contact the ethics coordinator, who will put your request to the Committee Chair/);
  });

  it("a challenge to a panel member after the 10-day window: names the window's end", async () => {
    const made = await caseForNewCcm(db(), { to: "HEARING_SCHEDULED" });
    const hearing = await db().hearing.findFirstOrThrow({ where: { complaintId: made.id } });
    const late = new Date(hearing.noticeSentAt!.getTime() + 11 * 86_400_000);
    const error = await refusedUnchanged(made.id, () =>
      challengeMember({ actor: made.ccm, caseId: made.id, expectedVersion: made.version, memberId: world.chair.id, grounds: "Former colleague", db: db(), now: late }),
    );
    expect(error).toMatchObject({ code: "GUARD_FAILED", message: expect.stringMatching(/The deadline for challenging a panel member was .* and has passed/) });
  });

  it("once the clock has fired and the case moved on, the refusal still names the deadline that passed", async () => {
    const made = await caseForNewCcm(db(), { to: "AWAITING_RESPONSE" });
    const due = await dueAt(made.id, "RESPONSE");
    await runTransition({ caseId: made.id, actor: { kind: "system" }, event: { type: "RESPONSE_WINDOW_EXPIRED" }, now: new Date(due.getTime() + 1), db: db() });
    const input = { actor: made.ccm, caseId: made.id, expectedVersion: made.version, db: db(), now: new Date(due.getTime() + 2) };
    const error = await refusedUnchanged(made.id, () => events.submitResponse(input, { caseId: made.id, expectedVersion: made.version, statement: "Late" }));
    expect(error).toMatchObject({ code: "CONFLICT" });
    const message = await explainRefusal(db(), made.id, "SUBMIT_RESPONSE", error as never);
    expect(message).toContain("Committee review");
    expect(message).toContain(`The deadline for your written response was ${due.getUTCDate()}`);
  });
});

describe("a stale page", () => {
  it("is a CONFLICT that writes nothing, and the message gives the current stage", async () => {
    const made = await caseForNewCcm(db(), { to: "AWAITING_RESPONSE" });
    const now = made.clock.now();
    await events.requestExtension({ actor: made.ccm, caseId: made.id, expectedVersion: made.version, db: db(), now }, { caseId: made.id, expectedVersion: made.version, days: 5, reason: "Travel" });
    const error = await refusedUnchanged(made.id, () =>
      events.submitResponse({ actor: made.ccm, caseId: made.id, expectedVersion: made.version, db: db(), now }, { caseId: made.id, expectedVersion: made.version, statement: "Old page" }),
    );
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(await explainRefusal(db(), made.id, "SUBMIT_RESPONSE", error as never)).toMatch(/changed since you opened the page: it is now at the stage “Waiting for the case manager's response”/);
  });
});
