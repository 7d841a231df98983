import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedEventsFor } from "@/lib/server/cases/visibility";
import { loadCaseFile } from "@/lib/server/committee/case-file/load";
import { addInternalNote } from "@/lib/server/committee/records";
import { getWorld, makeCase, type MadeCase, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let world: World;
let made: MadeCase;

beforeAll(async () => {
  t = await createTestDb();
  world = await getWorld(t.db);
  made = await makeCase(t.db, { to: "PROPOSED_DISPOSITION" });
  await t.db.message.create({ data: { complaintId: made.id, thread: "COMPLAINANT", authorKind: "COMPLAINANT", body: "Regards, Pat Complainant" } });
  await addInternalNote(t.db, world.staff.actor, made.id, "Internal only");
});
afterAll(async () => {
  await t?.close();
});

const load = (actor: Parameters<typeof loadCaseFile>[2]) => loadCaseFile(t.db, made.id, actor, { now: made.clock.now() });

describe("the committee case file", () => {
  it("gives staff the complainant's identity, messages, notes, letters, timeline and the actions allowed now", async () => {
    const file = await load(world.staff.actor);
    if (file?.kind !== "full") throw new Error("expected the full file");
    expect(file.summary.complainant).toMatchObject({ shown: true, details: { name: "Pat Complainant" } });
    expect(file.messages?.entries.map((m) => m.body)).toEqual(["Regards, Pat Complainant"]);
    expect(file.notes?.entries.map((n) => n.body)).toEqual(["Internal only"]);
    expect(file.documents.filter((d) => d.kind === "LETTER").map((d) => d.letterKind).sort()).toEqual(["ACKNOWLEDGEMENT", "NOTICE_OF_COMPLAINT", "PROPOSED_DISPOSITION"]);
    expect(file.timeline.entries.map((e) => e.type)).toEqual(expect.arrayContaining(["SUBMIT", "PROPOSE_DISPOSITION", "NOTE_ADDED"]));
    expect(file.deadlines.find((d) => d.kind === "ELECTION")).toMatchObject({ status: "OPEN", waitingOn: "CCM" });
    expect(file.outcomes.decisions[0]).toMatchObject({ stage: "PROPOSED" });
    // Evidence of service: each notice with its addressee and delivery (email is off in tests).
    expect(file.receipts?.map((r) => r.letterKind)).toEqual(expect.arrayContaining(["ACKNOWLEDGEMENT", "NOTICE_OF_COMPLAINT", "PROPOSED_DISPOSITION"]));
    expect(file.receipts?.find((r) => r.letterKind === "ACKNOWLEDGEMENT")).toMatchObject({ recipientKind: "COMPLAINANT", state: "recorded", sentAt: null, queuedAt: expect.any(Date) });
    // Waiting for the CCM's election: staff may only record a withdrawal request received by post.
    expect(file.allowedEvents).toEqual(["REQUEST_WITHDRAWAL"]);
  });

  it("withholds the identity and the complainant's messages from a member who may not know them", async () => {
    const file = await load(world.members[0].actor);
    if (file?.kind !== "full") throw new Error("expected the full file");
    expect(file.summary.complainant).toMatchObject({ shown: false });
    expect(JSON.stringify(file.summary)).not.toContain("pat.complainant@example.org");
    expect(file.messages).toBeNull();
    expect(file.notes?.entries).toHaveLength(1);
    // Receipts carry both parties' addresses: staff only.
    expect(file.receipts).toBeNull();
  });

  it("opens the long lists on their latest entries, with their counts, and whole when asked", async () => {
    const long = await makeCase(t.db, { to: "COMMITTEE_REVIEW" });
    for (let i = 1; i <= 50; i += 1) await addInternalNote(t.db, world.staff.actor, long.id, `Note ${i}`);
    await t.db.message.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({ complaintId: long.id, thread: "COMPLAINANT" as const, authorKind: "COMPLAINANT" as const, body: `Message ${i + 1}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
    });
    const events = await t.db.auditEvent.count({ where: { stream: `case:${long.id}` } });
    expect(events).toBeGreaterThan(50);
    const latest = await loadCaseFile(t.db, long.id, world.staff.actor, { now: long.clock.now() });
    if (latest?.kind !== "full") throw new Error("expected the full file");
    // Notes newest first; the timeline and the messages oldest first, ending on the newest.
    expect(latest.notes?.total).toBe(50);
    expect(latest.notes?.entries.map((n) => n.body)).toEqual(Array.from({ length: 20 }, (_, i) => `Note ${50 - i}`));
    expect(latest.messages?.total).toBe(55);
    expect(latest.messages?.entries.map((m) => m.body)).toEqual(Array.from({ length: 50 }, (_, i) => `Message ${i + 6}`));
    expect(latest.timeline.total).toBe(events);
    expect(latest.timeline.entries).toHaveLength(50);
    const seqs = latest.timeline.entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(latest.timeline.entries.at(-1)?.type).toBe("NOTE_ADDED");
    expect(seqs[0]).toBe(Math.max(...seqs) - 49);

    const whole = await loadCaseFile(t.db, long.id, world.staff.actor, { now: long.clock.now(), shown: new Set(["timeline", "notes"]) });
    if (whole?.kind !== "full") throw new Error("expected the full file");
    expect(whole.timeline.entries).toHaveLength(events);
    expect(whole.notes?.entries).toHaveLength(50);
    expect(whole.messages?.entries).toHaveLength(50);
  });

  it("is the reference only for a recused member, and nothing (a 404) for the respondent or a stranger", async () => {
    const other = await makeCase(t.db, { to: "COMMITTEE_REVIEW" });
    await t.db.recusal.create({ data: { complaintId: other.id, personId: world.members[1].id, decidedById: world.chair.id, reason: "r", source: "CHAIR" } });
    expect(await loadCaseFile(t.db, other.id, world.members[1].actor)).toEqual({ kind: "recused", id: other.id, reference: other.reference });
    expect(await load(world.respondent)).toBeNull();
    expect(await load(world.commissioners[0].actor)).toBeNull();
    expect(await loadCaseFile(t.db, "no-such-case", world.staff.actor)).toBeNull();
  });

  it("marks the recused on the roster, and offers the actions the workflow allows with the roster it reads itself", async () => {
    const review = await makeCase(t.db, { to: "COMMITTEE_REVIEW" });
    await t.db.recusal.create({ data: { complaintId: review.id, personId: world.members[2].id, decidedById: world.chair.id, reason: "r", source: "CHAIR" } });
    const now = review.clock.now();
    const file = await loadCaseFile(t.db, review.id, world.chair.actor, { now });
    if (file?.kind !== "full") throw new Error("expected the full file");
    expect(file.roster.committee.filter((member) => member.recused).map((member) => member.id)).toEqual([world.members[2].id]);
    expect(file.roster.committee.map((member) => member.id)).toEqual(expect.arrayContaining([world.chair.id, ...world.members.map((member) => member.id)]));
    expect(file.allowedEvents.length).toBeGreaterThan(0);
    expect(file.allowedEvents).toEqual(await allowedEventsFor(review.id, world.chair.actor, { db: t.db, now }));
  });

  it("searches the register for the respondent only while the intake officer may match them, by number first", async () => {
    const intake = await makeCase(t.db, { to: "INTAKE" });
    const certification = await t.db.certification.findUniqueOrThrow({ where: { id: world.respondentCertificationId }, select: { number: true } });
    const atIntake = (match?: string) => loadCaseFile(t.db, intake.id, world.staff.actor, { now: intake.clock.now(), ...(match !== undefined && { match }) });
    const byNumber = await atIntake(certification.number);
    if (byNumber?.kind !== "full") throw new Error("expected the full file");
    expect(byNumber.allowedEvents).toContain("ACCEPT_FOR_REVIEW");
    expect(byNumber.formContext.registryCandidates.map((c) => c.number)).toEqual([certification.number]);
    const byName = await atIntake("no such certificant");
    if (byName?.kind !== "full") throw new Error("expected the full file");
    expect(byName.formContext.registryCandidates).toEqual([]);
    // Past intake nobody matches the respondent any more, so the register is not searched.
    const later = await loadCaseFile(t.db, made.id, world.staff.actor, { now: made.clock.now(), match: certification.number });
    if (later?.kind !== "full") throw new Error("expected the full file");
    expect(later.formContext.registryCandidates).toEqual([]);
  });
});
