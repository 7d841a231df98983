import { describe, expect, it } from "vitest";
import { nextStepFor, type NextStepInput } from "@/lib/domain/portal/next-step";
import { challengeDeadline } from "@/lib/domain/portal/hearing";

const now = new Date("2026-04-01T10:00:00Z");
const base: NextStepInput = { state: "COMMITTEE_REVIEW", open: [], dueBy: {}, extensionRequested: false, hearing: null, unmetConditions: 0, now };

describe("what the CCM needs to do now", () => {
  it("names the action and its deadline when one is open", () => {
    const due = new Date("2026-04-30T23:59:59.999Z");
    expect(nextStepFor({ ...base, state: "AWAITING_RESPONSE", open: ["SUBMIT_RESPONSE", "REQUEST_EXTENSION"], dueBy: { RESPONSE: due } })).toMatchObject({
      actionNeeded: true,
      page: "respond",
      title: "Send your written response by 30 April 2026 at 23:59 UTC",
    });
    expect(nextStepFor({ ...base, state: "PROPOSED_DISPOSITION", open: ["ACCEPT_DISPOSITION", "REQUEST_HEARING"], dueBy: { ELECTION: due } })).toMatchObject({
      page: "election",
      detail: expect.stringMatching(/silence counts as acceptance/),
    });
    expect(nextStepFor({ ...base, state: "APPEAL_WINDOW", open: ["FILE_APPEAL"], dueBy: { APPEAL: due } })).toMatchObject({ page: "appeal", detail: expect.stringMatching(/becomes final/) });
  });

  it("says an extension request is with the Chair", () => {
    expect(nextStepFor({ ...base, state: "AWAITING_RESPONSE", open: ["SUBMIT_RESPONSE"], extensionRequested: true }).detail).toMatch(/with the Committee Chair/);
  });

  it("an event whose deadline passed is not offered: nothing to do, or the hearing to prepare", () => {
    expect(nextStepFor({ ...base, state: "AWAITING_RESPONSE", open: [] })).toMatchObject({ actionNeeded: false, page: null });
    const scheduledFor = new Date("2026-05-10T15:00:00Z");
    expect(nextStepFor({ ...base, state: "HEARING_SCHEDULED", hearing: { scheduledFor, challengeUntil: new Date("2026-04-05T23:59:59Z") } })).toMatchObject({
      page: "hearing",
      title: "Prepare for your hearing on 10 May 2026 at 15:00 UTC",
      detail: expect.stringMatching(/challenge a panel member for cause until 5 April 2026/),
    });
    expect(nextStepFor({ ...base, state: "HEARING_SCHEDULED", hearing: { scheduledFor: null, challengeUntil: null } })).toMatchObject({ actionNeeded: false, page: "hearing" });
  });

  it("asks for compliance evidence while conditions are unmet", () => {
    expect(nextStepFor({ ...base, state: "SANCTION_ACTIVE", unmetConditions: 2 })).toMatchObject({ page: "compliance", detail: "2 conditions are not yet verified as met." });
  });
});

describe("the challenge window", () => {
  it("ends at the end of the 10th UTC day after the Notice of Hearing", () => {
    expect(challengeDeadline(new Date("2026-04-01T18:30:00Z")).toISOString()).toBe("2026-04-11T23:59:59.999Z");
  });
});
