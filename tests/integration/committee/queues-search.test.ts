import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_SORTS, parseCaseSearch, type CaseSort } from "@/lib/domain/committee/case-search";
import { QUEUES } from "@/lib/domain/committee/queues";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listCases } from "@/lib/server/committee/case-list";
import { searchCaseIds } from "@/lib/server/committee/search-sql";
import { loadHearingList } from "@/lib/server/committee/hearings";
import { loadAssignedToMe, loadDeadlineAlerts, loadQueues } from "@/lib/server/committee/queues";
import { getWorld, makeCase, type MadeCase, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let world: World;
let submitted: MadeCase;
let review: MadeCase;
let shared: MadeCase;
let late: MadeCase;
let unmatched: MadeCase;
let duplicate: MadeCase;

beforeAll(async () => {
  t = await createTestDb();
  world = await getWorld(t.db);
  submitted = await makeCase(t.db, {
    to: "SUBMITTED",
    complaint: { allegation: { narrative: "The manager mislaid the quarterly zephyrine reports.", allegedProvisions: [{ codeVersion: 2023, code: "S16" }] } },
  });
  review = await makeCase(t.db, {
    to: "COMMITTEE_REVIEW",
    complaint: {
      respondent: { name: "Quillon Abernathy" },
      complainant: { name: "Hortensia Vale", email: "h.vale@example.org", relationship: "CLIENT", shareWithRespondent: false, accessCodeHash: "a".repeat(64) },
    },
  });
  shared = await makeCase(t.db, {
    to: "PRELIMINARY_REVIEW",
    complaint: { complainant: { name: "Barnaby Sharewell", email: "b.s@example.org", relationship: "FAMILY", shareWithRespondent: true, accessCodeHash: "b".repeat(64) } },
  });
  // Triage signals as intake sets them: learned of it years ago, no register match, a possible duplicate.
  late = await makeCase(t.db, {
    to: "SUBMITTED",
    complaint: { allegation: { narrative: "It happened long ago.", learnedAt: new Date("2019-03-01T00:00:00Z"), allegedProvisions: [{ codeVersion: 2023, code: "S11" }] } },
  });
  unmatched = await makeCase(t.db, { to: "SUBMITTED", complaint: { triage: { noRegistryMatch: true } } });
  duplicate = await makeCase(t.db, { to: "SUBMITTED", complaint: { triage: { noRegistryMatch: false, possibleDuplicateOfId: submitted.id } } });
});
afterAll(async () => {
  await t?.close();
});

const search = (params: Record<string, string>) => parseCaseSearch(params);
const ids = (page: { rows: { id: string }[] }) => page.rows.map((row) => row.id);

describe("committee queues", () => {
  it("count every open case in its stage's queue, oldest first, for staff", async () => {
    const queues = await loadQueues(t.db, world.staff.actor);
    const grouped = await t.db.complaint.groupBy({ by: ["state"], _count: { _all: true } });
    for (const queue of QUEUES) {
      const expected = grouped.filter((g) => (queue.states as readonly string[]).includes(g.state)).reduce((sum, g) => sum + g._count._all, 0);
      expect(queues.find((q) => q.key === queue.key)?.count, queue.key).toBe(expected);
    }
    expect(queues.find((q) => q.key === "intake")?.cases.map((c) => c.id)).toContain(submitted.id);
    expect(queues.find((q) => q.key === "committee")?.cases.map((c) => c.id)).toContain(review.id);
  });

  it("flag the acknowledgement deadline once it is overdue or due within a week", async () => {
    const early = await loadDeadlineAlerts(t.db, world.staff.actor, submitted.clock.now());
    expect(early.some((a) => a.caseId === submitted.id)).toBe(false);
    const later = await loadDeadlineAlerts(t.db, world.staff.actor, new Date(submitted.clock.now().getTime() + 20 * 86_400_000));
    expect(later.find((a) => a.caseId === submitted.id)).toMatchObject({ kind: "ACKNOWLEDGE", overdue: true, waitingOn: "COMMITTEE" });
  });

  it("list the cases assigned to staff and the hearings a member sits on", async () => {
    await t.db.complaint.update({ where: { id: review.id }, data: { assignedStaffId: world.staff.id } });
    expect((await loadAssignedToMe(t.db, world.staff.actor)).cases.map((c) => c.id)).toContain(review.id);
    const hearing = await makeCase(t.db, { to: "HEARING_SCHEDULED" });
    const panelMember = world.members[0];
    expect((await loadAssignedToMe(t.db, panelMember.actor)).cases.map((c) => c.id)).toContain(hearing.id);
    expect((await loadAssignedToMe(t.db, world.members[2].actor)).cases.map((c) => c.id)).not.toContain(hearing.id);
  });
});

describe("hearings list", () => {
  it("shows scheduled hearings with their panel, marks the viewer's own, and leaves out a recused member's", async () => {
    const hearing = await makeCase(t.db, { to: "HEARING_SCHEDULED" });
    const row = (await loadHearingList(t.db, world.members[0].actor)).find((h) => h.caseId === hearing.id);
    expect(row).toMatchObject({ status: "SCHEDULED", format: "VIDEO", onPanel: true });
    expect(row?.panel).toHaveLength(3);
    expect((await loadHearingList(t.db, world.members[2].actor)).find((h) => h.caseId === hearing.id)?.onPanel).toBe(false);
    await t.db.recusal.create({ data: { complaintId: hearing.id, personId: world.members[2].id, decidedById: world.chair.id, reason: "r", source: "CHAIR" } });
    expect((await loadHearingList(t.db, world.members[2].actor)).map((h) => h.caseId)).not.toContain(hearing.id);
  });
});

describe("case search and filters", () => {
  it("finds a word of the narrative, by prefix, through the full-text index", async () => {
    expect(ids(await listCases(t.db, world.staff.actor, search({ q: "zephyr" })))).toEqual([submitted.id]);
    expect(ids(await listCases(t.db, world.staff.actor, search({ q: "quarterly zephyrine" })))).toEqual([submitted.id]);
  });

  it("finds the reference and the respondent's name", async () => {
    expect(ids(await listCases(t.db, world.chair.actor, search({ q: review.reference })))).toEqual([review.id]);
    expect(ids(await listCases(t.db, world.chair.actor, search({ q: "quillon abern" })))).toEqual([review.id]);
  });

  it("finds the complainant's name for staff, and for members only where the complainant shared it", async () => {
    expect(ids(await listCases(t.db, world.staff.actor, search({ q: "Hortensia" })))).toEqual([review.id]);
    expect(ids(await listCases(t.db, world.members[0].actor, search({ q: "Hortensia" })))).toEqual([]);
    expect(ids(await listCases(t.db, world.members[0].actor, search({ q: "Sharewell" })))).toEqual([shared.id]);
  });

  it("limits the search's matches to the chosen stages before its cap, in both the case and the complainant's name", async () => {
    const matches = (q: string, states?: string[]) => searchCaseIds(t.db, q, { seesAllComplainants: true, ...(states && { states }) }).then((m) => m.ids);
    expect(await matches("zephyrine")).toEqual([submitted.id]);
    expect(await matches("zephyrine", ["SUBMITTED", "INTAKE"])).toEqual([submitted.id]);
    expect(await matches("zephyrine", ["COMMITTEE_REVIEW"])).toEqual([]);
    expect(await matches("Hortensia", ["COMMITTEE_REVIEW"])).toEqual([review.id]);
    expect(await matches("Hortensia", ["SUBMITTED"])).toEqual([]);
    expect(ids(await listCases(t.db, world.staff.actor, search({ q: "Hortensia", state: "COMMITTEE_REVIEW" })))).toEqual([review.id]);
  });

  it("filters by stage, queue, provision, triage flag and date, and pages", async () => {
    const byState = await listCases(t.db, world.staff.actor, search({ state: "COMMITTEE_REVIEW" }));
    expect(byState.rows.every((row) => row.state === "COMMITTEE_REVIEW")).toBe(true);
    expect(ids(byState)).toContain(review.id);
    expect(ids(await listCases(t.db, world.staff.actor, search({ queue: "intake" })))).toContain(submitted.id);
    expect(ids(await listCases(t.db, world.staff.actor, search({ provision: "S16" })))).toEqual([submitted.id]);
    expect(ids(await listCases(t.db, world.staff.actor, search({ flags: "late" })))).toEqual([late.id]);
    expect(ids(await listCases(t.db, world.staff.actor, search({ flags: "nomatch" })))).toEqual([unmatched.id]);
    expect(ids(await listCases(t.db, world.staff.actor, search({ flags: "duplicate" })))).toEqual([duplicate.id]);
    expect(ids(await listCases(t.db, world.staff.actor, search({ flags: "late,nomatch" })))).toEqual([]);
    // The list shows each signal on its row.
    const rows = (await listCases(t.db, world.staff.actor, search({ queue: "intake" }))).rows;
    expect(rows.find((row) => row.id === late.id)).toMatchObject({ lateFiling: true, noRegistryMatch: false, possibleDuplicate: false });
    expect(rows.find((row) => row.id === unmatched.id)).toMatchObject({ lateFiling: false, noRegistryMatch: true, possibleDuplicate: false });
    expect(rows.find((row) => row.id === duplicate.id)).toMatchObject({ lateFiling: false, noRegistryMatch: false, possibleDuplicate: true });
    expect((await listCases(t.db, world.staff.actor, search({ from: "2999-01-01" }))).total).toBe(0);
    const all = await listCases(t.db, world.staff.actor, search({ sort: "reference" }));
    expect(all.total).toBe(await t.db.complaint.count());
    expect(all.rows.map((r) => r.reference)).toEqual([...all.rows.map((r) => r.reference)].sort());
  });

  it("pages through every case once, in order, on the plain list and on a search's matches", async () => {
    // More than a page of cases sharing a word, so both paths (ids by offset; matches sliced) page.
    for (let i = 0; i < 27; i++) await makeCase(t.db, { to: "SUBMITTED", complaint: { allegation: { narrative: `Paging check ${i}: the quindecimal ledger went missing.`, allegedProvisions: [{ codeVersion: 2023, code: "S16" }] } } });
    const expected = await t.db.complaint.findMany({ orderBy: [{ receivedAt: "desc" }, { id: "desc" }], select: { id: true, narrative: true } });
    const listAll = async (params: Record<string, string>) => {
      const first = await listCases(t.db, world.staff.actor, search(params));
      const rest = [];
      for (let page = 2; page <= first.pageCount; page++) rest.push(...ids(await listCases(t.db, world.staff.actor, search({ ...params, page: String(page) }))));
      return { total: first.total, pageCount: first.pageCount, ids: [...ids(first), ...rest] };
    };
    const plain = await listAll({});
    expect(plain.pageCount).toBeGreaterThan(1);
    expect(plain).toMatchObject({ total: expected.length, ids: expected.map((row) => row.id) });
    const matching = expected.filter((row) => row.narrative.includes("quindecimal"));
    const searched = await listAll({ q: "quindecimal" });
    expect(searched).toMatchObject({ total: 27, pageCount: 2, ids: matching.map((row) => row.id) });
    // A page past the end shows the last page.
    const beyond = await listCases(t.db, world.staff.actor, search({ q: "quindecimal", page: "9" }));
    expect({ page: beyond.page, ids: ids(beyond) }).toEqual({ page: 2, ids: matching.slice(25).map((row) => row.id) });
  });

  it("orders a search's matches as the list orders them, for every sort, and applies the list's other filters to them", async () => {
    const made: MadeCase[] = [];
    for (const [i, to] of (["SUBMITTED", "INTAKE", "SUBMITTED", "INTAKE", "SUBMITTED"] as const).entries()) {
      made.push(await makeCase(t.db, { to, complaint: { respondent: { name: `${"EDCBA"[i]} Ordering` }, allegation: { narrative: `Ordering check ${i}: the sesquipedal report.`, allegedProvisions: [{ codeVersion: 2023, code: i % 2 ? "S3" : "S7" }] } } }));
    }
    // The oracle: the list's orders, written out.
    const order: Record<CaseSort, Prisma.ComplaintOrderByWithRelationInput[]> = {
      "received-desc": [{ receivedAt: "desc" }, { id: "desc" }],
      "received-asc": [{ receivedAt: "asc" }, { id: "asc" }],
      reference: [{ reference: "asc" }],
      respondent: [{ respondentName: "asc" }, { id: "asc" }],
      stage: [{ state: "asc" }, { receivedAt: "asc" }, { id: "asc" }],
    };
    const expected = (sort: CaseSort, where: Prisma.ComplaintWhereInput = {}) =>
      t.db.complaint.findMany({ where: { AND: [{ id: { in: made.map((c) => c.id) } }, where] }, orderBy: order[sort], select: { id: true } }).then((rows) => rows.map((row) => row.id));
    for (const sort of CASE_SORTS) {
      expect(ids(await listCases(t.db, world.staff.actor, search({ q: "sesquipedal", sort })))).toEqual(await expected(sort));
      expect(ids(await listCases(t.db, world.staff.actor, search({ q: "sesquipedal", sort, provision: "S3" })))).toEqual(await expected(sort, { state: "INTAKE" }));
      expect(ids(await listCases(t.db, world.staff.actor, search({ q: "sesquipedal", sort, state: "SUBMITTED" })))).toEqual(await expected(sort, { state: "SUBMITTED" }));
    }
  });

  it("ignores malformed parameters instead of failing", async () => {
    const parsed = search({ state: "NOPE", page: "-3", sort: "drop table", from: "yesterday", flags: "late,bogus" });
    expect(parsed).toMatchObject({ state: undefined, page: 1, sort: "received-desc", from: undefined, flags: ["late"] });
    await expect(listCases(t.db, world.staff.actor, search({ q: "'); drop table \"Complaint\"; --" }))).resolves.toMatchObject({ total: 0 });
  });

  it("shows a recused member the reference only, and leaves the case out of anything filtered", async () => {
    const recused = world.members[1];
    await t.db.recusal.create({ data: { complaintId: review.id, personId: recused.id, decidedById: world.chair.id, reason: "Colleague", source: "CHAIR" } });
    const plain = await listCases(t.db, recused.actor, search({ sort: "reference" }));
    expect(plain.rows.find((row) => row.id === review.id)).toMatchObject({ reference: review.reference, state: null, respondentName: null, recused: true, nextDeadline: null });
    expect(ids(await listCases(t.db, recused.actor, search({ state: "COMMITTEE_REVIEW" })))).not.toContain(review.id);
    expect(ids(await listCases(t.db, recused.actor, search({ q: "quillon" })))).toEqual([]);
    const queues = await loadQueues(t.db, recused.actor);
    expect(queues.flatMap((q) => q.cases.map((c) => c.id))).not.toContain(review.id);
  });
});
