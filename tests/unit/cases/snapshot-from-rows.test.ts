import { describe, expect, it } from "vitest";
import { snapshotFromRows } from "@/lib/server/cases/snapshot-from-rows";
import type { SnapshotRow } from "@/lib/server/cases/snapshot-query";

const roster = { committeePersonIds: ["chair", "m1"], appealBodyPersonIds: ["a1"] };

function row(over: Partial<SnapshotRow> = {}): SnapshotRow {
  return {
    id: "case-1",
    state: "APPEAL_FILED",
    version: 9,
    ownMotion: false,
    codeVersion: 2023,
    respondentCertificationId: "cert-1",
    respondentCertification: { lifecycleStatus: "ACTIVE" },
    respondentNotifiedAt: new Date("2026-03-01T00:00:00Z"),
    lateFiling: true,
    lateFilingWaived: true,
    ruleIds: ["R5"],
    extensionRequested: false,
    extensionGranted: true,
    infoRequestedFrom: null,
    withdrawalRequestedAt: null,
    ccmPostponements: 1,
    committeePostponements: 0,
    proposedActions: [{ type: "SUSPENSION", termMonths: 6, conditions: [{ kind: "CE_HOURS", description: "CE", hours: 8, dueAt: "2026-09-01T00:00:00.000Z" }] }],
    decidedActions: [],
    acceptedInWriting: false,
    appealFiled: true,
    appealOutcome: null,
    decidingPersonIds: ["chair"],
    finalAt: null,
    reopenPetitions: 0,
    reopenPetitionPending: false,
    deadlines: [{ kind: "APPEAL_DECISION", dueAt: new Date("2026-06-01T23:59:59.999Z"), pausedAt: null, ref: null }],
    recusals: [{ personId: "m1" }],
    representatives: [{ personId: "rep" }],
    hearings: [{ initiatedBy: "CCM", scheduledFor: new Date("2026-04-01T15:00:00Z"), status: "HELD", panel: [{ personId: "chair" }] }],
    appeals: [{ panel: [{ personId: "a1" }] }],
    sanctions: [
      { id: "s1", type: "SUSPENSION", status: "STAYED", termMonths: 6, startsAt: null, termEndedAt: null, conditions: [{ id: "c1", metAt: null, dueAt: null }] },
    ],
    ...over,
  } as SnapshotRow;
}

describe("snapshotFromRows", () => {
  it("maps the columns and rows onto the machine's snapshot", () => {
    const snapshot = snapshotFromRows(row(), roster);
    expect(snapshot).toMatchObject({
      lateFiling: "WAIVED",
      respondentNotified: true,
      respondentLifecycleStatus: "ACTIVE",
      postponements: { CCM: 1, COMMITTEE: 0 },
      hearing: { initiatedBy: "CCM", held: true, panelPersonIds: ["chair"] },
      appealPanelPersonIds: ["a1"],
      recusedPersonIds: ["m1"],
      committeePersonIds: ["chair", "m1"],
      decidedActions: [],
      sanctions: [{ id: "s1", status: "STAYED", termEnded: false, conditions: [{ id: "c1", met: false }] }],
    });
    // Stored JSON dates come back as dates.
    expect(snapshot.proposedActions[0]).toMatchObject({ conditions: [{ dueAt: new Date("2026-09-01T00:00:00.000Z") }] });
  });

  it("drops the panel of an appeal that a fresh review set aside, and keeps 'not decided' distinct from 'no action'", () => {
    const snapshot = snapshotFromRows(row({ appealFiled: false, decidedActions: null, lateFiling: true, lateFilingWaived: false }), roster);
    expect(snapshot).toMatchObject({ appealPanelPersonIds: [], decidedActions: null, lateFiling: "FLAGGED" });
  });

  it("fails closed on stored data the workflow cannot have written", () => {
    expect(() => snapshotFromRows(row({ decidedActions: [{ type: "BANISHMENT" }] }), roster)).toThrow(/not a valid action list/);
    expect(() => snapshotFromRows(row({ deadlines: [{ kind: "WHENEVER", dueAt: new Date(), pausedAt: null, ref: null }] }), roster)).toThrow(/Unknown deadline kind/);
    expect(() => snapshotFromRows(row({ appealOutcome: "MAYBE" }), roster)).toThrow(/Unknown appeal outcome/);
  });
});
