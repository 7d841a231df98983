import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTransition, type RunTransitionInput } from "@/lib/server/cases/run-transition";
import { allowedEventsFor, findCaseForActor, visibleCasesWhere } from "@/lib/server/cases/visibility";
import type { Actor } from "@/lib/workflow";
import { getWorld, makeCase, makePerson, personActor, type MadeCase, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { fingerprint } from "./fingerprint";

let testDb: TestDb;
let world: World;

beforeAll(async () => {
  testDb = await createTestDb();
  world = await getWorld(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

const db = () => testDb.db;

/** Sends the event and checks it is refused with `code`, with nothing at all written. */
async function expectRefused(made: MadeCase, actor: Actor, event: unknown, code: string, extra: Partial<RunTransitionInput> = {}) {
  const before = await fingerprint(db(), made.id);
  const error = await runTransition({ caseId: made.id, actor, event, now: made.clock.advanceDays(1), db: db(), ...extra }).then(
    () => null,
    (refusal: unknown) => refusal,
  );
  expect(error).toMatchObject({ code });
  expect(await fingerprint(db(), made.id)).toEqual(before);
  return error as { code: string; message: string; details?: Record<string, unknown> };
}

describe("refused transitions change nothing", () => {
  it("a role that may not send the event: FORBIDDEN", async () => {
    const made = await makeCase(db(), { to: "PRELIMINARY_REVIEW" });
    const refusal = await expectRefused(made, world.staff.actor, { type: "DISMISS", reasonCode: "FRIVOLOUS", reasons: "x" }, "FORBIDDEN");
    expect(refusal.message).toMatch(/DISMISS/);
    await expectRefused(made, made.complainant, { type: "DEFER_LEGAL", proceeding: { kind: "COURT", description: "x" } }, "FORBIDDEN");
  });

  it("a recused member: sees the reference only, is offered nothing, and cannot act or be counted", async () => {
    const made = await makeCase(db(), { to: "COMMITTEE_REVIEW" });
    const recused = world.members[2];
    await db().recusal.create({ data: { complaintId: made.id, personId: recused.id, decidedById: world.chair.id, reason: "Former colleague", source: "DECLARATION" } });

    expect(await findCaseForActor(made.id, recused.actor, { db: db() })).toMatchObject({ reference: made.reference, access: { kind: "RECUSED", canAct: false, fullRecord: false } });
    expect(await allowedEventsFor(made.id, recused.actor, { db: db(), now: made.clock.now() })).toEqual([]);
    const proposal = {
      type: "PROPOSE_DISPOSITION",
      findings: "f",
      provisions: [{ codeVersion: 2023, code: "S11" }],
      actions: [{ type: "PRIVATE_REPRIMAND" }],
      reasons: "r",
      votes: world.committeeIds.map((personId) => ({ personId, choice: "FOR" })),
    };
    const refusal = await expectRefused(made, recused.actor, proposal, "FORBIDDEN");
    expect(refusal.message).toMatch(/recused/);
    // Nor may the Chair count the recused member's vote.
    await expectRefused(made, world.chair.actor, proposal, "GUARD_FAILED");
  });

  it("another CCM, an administrator and another case's complainant do not even see the case: NOT_FOUND", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    const other = await makeCase(db(), { to: "SUBMITTED" });
    const response = { type: "SUBMIT_RESPONSE", statement: "Not me", documentIds: [] };
    await expectRefused(made, world.otherCcm, response, "NOT_FOUND");
    await expectRefused(made, world.admin.actor, { type: "REQUEST_WITHDRAWAL" }, "NOT_FOUND");
    await expectRefused(made, other.complainant, { type: "REQUEST_WITHDRAWAL" }, "NOT_FOUND");
    await expectRefused(made, { kind: "complainant" }, { type: "REQUEST_WITHDRAWAL" }, "NOT_FOUND");
    expect(await findCaseForActor(made.id, world.otherCcm, { db: db() })).toBeNull();
  });

  it("the respondent before being told of the complaint: NOT_FOUND", async () => {
    const made = await makeCase(db(), { to: "PRELIMINARY_REVIEW" });
    await expectRefused(made, world.respondent, { type: "REQUEST_EXTENSION", days: 5, reason: "x" }, "NOT_FOUND");
    expect(await findCaseForActor(made.id, world.respondent, { db: db() })).toBeNull();
  });

  it("a malformed event: VALIDATION with the zod issues", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    const refusal = await expectRefused(made, world.respondent, { type: "REQUEST_EXTENSION", days: 0 }, "VALIDATION");
    expect(refusal.details?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: ["days"] })]));
    await expectRefused(made, world.respondent, { type: "NO_SUCH_EVENT" }, "VALIDATION");
  });

  it("an event the state does not allow: INVALID_TRANSITION naming the allowed events", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    const refusal = await expectRefused(made, world.staff.actor, { type: "START_INTAKE" }, "INVALID_TRANSITION");
    expect(refusal.message).toMatch(/AWAITING_RESPONSE/);
    expect(refusal.details?.allowed).toEqual(expect.arrayContaining(["SUBMIT_RESPONSE"]));
  });

  it("a party acting after their deadline: GUARD_FAILED", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    made.clock.advanceDays(60);
    const refusal = await expectRefused(made, world.respondent, { type: "SUBMIT_RESPONSE", statement: "Late", documentIds: [] }, "GUARD_FAILED");
    expect(refusal.message).toMatch(/has passed/);
  });

  it("a stale page: CONFLICT", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    await expectRefused(made, world.respondent, { type: "SUBMIT_RESPONSE", statement: "Mine", documentIds: [] }, "CONFLICT", { expectedVersion: made.version - 1 });
  });
});

describe("who sees what", () => {
  it("the respondent sees their notified case without the complainant's identity unless it was shared or disclosed", async () => {
    const hidden = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    expect(await findCaseForActor(hidden.id, world.respondent, { db: db() })).toMatchObject({ access: { kind: "RESPONDENT", seesComplainantIdentity: false, seesInternalNotes: false } });
    await db().complaint.update({ where: { id: hidden.id }, data: { identityDisclosureGranted: true } });
    expect((await findCaseForActor(hidden.id, world.respondent, { db: db() }))?.access.seesComplainantIdentity).toBe(true);

    const shared = await makeCase(db(), {
      to: "AWAITING_RESPONSE",
      complaint: { complainant: { name: "Open Complainant", email: "open@example.org", relationship: "CLIENT", shareWithRespondent: true, accessCodeHash: "a".repeat(64) } },
    });
    expect((await findCaseForActor(shared.id, world.respondent, { db: db() }))?.access.seesComplainantIdentity).toBe(true);
  });

  it("a representative acts for the CCM while authorised, and not after", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    const rep = world.representative;
    expect(await findCaseForActor(made.id, rep.actor, { db: db() })).toBeNull();
    const link = await db().caseRepresentative.create({ data: { complaintId: made.id, personId: rep.id } });
    expect(await allowedEventsFor(made.id, rep.actor, { db: db(), now: made.clock.now() })).toEqual(expect.arrayContaining(["SUBMIT_RESPONSE", "REQUEST_EXTENSION"]));
    await db().caseRepresentative.update({ where: { id: link.id }, data: { revokedAt: made.clock.now() } });
    expect(await findCaseForActor(made.id, rep.actor, { db: db() })).toBeNull();
  });

  it("a commissioner sees a case only once seated on its appeal panel", async () => {
    const made = await makeCase(db(), { to: "APPEAL_FILED" });
    const commissioner = world.commissioners[0];
    expect(await findCaseForActor(made.id, commissioner.actor, { db: db() })).toBeNull();
    await runTransition({ caseId: made.id, actor: world.staff.actor, event: { type: "ASSIGN_APPEAL_PANEL", panelPersonIds: world.cast.appealPanelIds }, now: made.clock.advanceDays(1), db: db() });
    expect(await findCaseForActor(made.id, commissioner.actor, { db: db() })).toMatchObject({ access: { kind: "APPEAL_PANEL", fullRecord: true } });
    expect(await allowedEventsFor(made.id, commissioner.actor, { db: db(), now: made.clock.now() })).toEqual(["DECIDE_APPEAL"]);
  });

  it("lists only the cases an actor may see", async () => {
    const notified = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    const unnotified = await makeCase(db(), { to: "PRELIMINARY_REVIEW" });
    const ids = async (actor: Actor) =>
      (await db().complaint.findMany({ where: { AND: [visibleCasesWhere(actor), { id: { in: [notified.id, unnotified.id] } }] }, select: { id: true } })).map((c) => c.id);
    expect(await ids(world.respondent)).toEqual([notified.id]);
    expect(await ids(world.otherCcm)).toEqual([]);
    expect(await ids(world.admin.actor)).toEqual([]);
    expect((await ids(world.staff.actor)).sort()).toEqual([notified.id, unnotified.id].sort());
    expect(await ids(notified.complainant)).toEqual([notified.id]);
    const stranger = await makePerson(db(), { roles: [] });
    expect(await ids(personActor(stranger.id, []))).toEqual([]);
  });
});
