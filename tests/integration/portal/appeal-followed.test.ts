import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppealList } from "@/components/portal/appeal-list";
import { DecisionList } from "@/components/portal/decision-list";
import type { SanctionAction } from "@/lib/domain/sanctions";
import { runTransition } from "@/lib/server/cases/run-transition";
import { findDownload } from "@/lib/server/documents/download";
import { loadPortalCase } from "@/lib/server/portal/case-view";
import { loadPortalHome } from "@/lib/server/portal/home";
import * as events from "@/lib/server/portal/transitions";
import { getWorld, type World } from "@/tests/factories";
import { pdfText } from "@/tests/support/pdf-text";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { caseForNewCcm } from "./support";

/**
 * Issue 6, "then follow the appeal to its decision": the CCM appeals in the portal, the appeal
 * panel decides through the workflow, and the portal (case page, letters, home card) shows the
 * decision as it stands, with its letter downloadable and the panel's votes kept out.
 */
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

const votes = (ids: readonly string[]) => ids.map((personId) => ({ personId, choice: "FOR" as const }));
const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element).replace(/<[^>]+>/g, " ");
const REASONS = "Six months is out of proportion to a first failing; three months suffice.";

describe("the CCM follows an appeal to its decision", () => {
  it("sees it under review, then the panel's modified outcome, its letter and the public record it leads to", async () => {
    const made = await caseForNewCcm(db(), { to: "APPEAL_WINDOW" });
    let now = made.clock.now();
    await events.fileAppeal(
      { actor: made.ccm, caseId: made.id, expectedVersion: made.version, attachments: [], db: db(), now },
      { caseId: made.id, expectedVersion: made.version, grounds: ["SANCTION_DISPROPORTIONATE"], statement: "Too long for a first failing." },
    );

    // Under review: nothing for the CCM to do, the sanction stayed and nothing public.
    const pending = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(pending.state).toBe("APPEAL_FILED");
    expect(pending.nextStep.actionNeeded).toBe(false);
    expect(html(createElement(AppealList, { appeals: pending.appeals }))).toContain("The appeal panel is reviewing the record.");
    expect(pending.sanctions.map((s) => s.status)).toEqual(["STAYED"]);
    const homeBefore = await loadPortalHome(made.ccm, { db: db(), now });
    expect(homeBefore.certifications[0]).toMatchObject({ status: "ACTIVE", publicSanctions: [] });

    const appealPanelIds = world.cast.appealPanelIds;
    now = made.clock.advanceDays(20);
    await runTransition({ caseId: made.id, actor: world.staff.actor, event: { type: "ASSIGN_APPEAL_PANEL", panelPersonIds: appealPanelIds }, now, db: db() });
    now = made.clock.advanceDays(10);
    const threeMonths: SanctionAction[] = [{ type: "SUSPENSION", termMonths: 3, conditions: [{ kind: "CE_HOURS", description: "Ethics continuing education", hours: 8 }] }];
    const decided = await runTransition({
      caseId: made.id,
      actor: world.commissioners[0].actor,
      event: { type: "DECIDE_APPEAL", outcome: { kind: "MODIFY", actions: threeMonths, increaseNoticeGiven: false }, reasons: REASONS, votes: votes(appealPanelIds) },
      now,
      db: db(),
    });
    expect(decided.steps.map((s) => s.to)).toEqual(["APPEAL_DECIDED", "FINAL", "SANCTION_ACTIVE"]);

    const view = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(view.state).toBe("SANCTION_ACTIVE");
    expect(view.stage.label).toBe("Outcome in effect");
    expect(view.appeals).toEqual([expect.objectContaining({ grounds: ["SANCTION_DISPROPORTIONATE"], outcome: "MODIFIED", reasons: REASONS, decidedAt: now })]);
    const appealText = html(createElement(AppealList, { appeals: view.appeals }));
    expect(appealText).toMatch(/Decided \d+ \w+ \d{4}: Modified\./);
    expect(appealText).toContain(REASONS);
    expect(view.decisions.find((d) => d.stage === "APPEAL")).toMatchObject({ outcome: "MODIFIED", reasons: REASONS });
    expect(html(createElement(DecisionList, { decisions: view.decisions }))).toContain(REASONS);
    // The sanction as modified, with its condition to meet next; the original one set aside.
    expect(view.sanctions.map((s) => [s.status, s.termMonths])).toEqual([
      ["SUPERSEDED", 6],
      ["ACTIVE", 3],
    ]);
    expect(view.nextStep).toMatchObject({ page: "compliance", actionNeeded: true });
    // The votes stay internal even once the decision is issued.
    expect(JSON.stringify(view)).not.toMatch(/"votes"|"choice"/);

    // The appeal decision letter is among the CCM's letters and downloads as a PDF naming the outcome.
    const notice = await db().notice.findFirstOrThrow({ where: { complaintId: made.id, recipientKind: "RESPONDENT", letterKind: "APPEAL_DECISION" } });
    const letter = view.letters.find((l) => l.documentId === notice.letterDocumentId);
    expect(letter).toMatchObject({ formal: true, documentId: expect.any(String) });
    const download = await findDownload(db(), letter!.documentId!, [made.ccm]);
    expect(download?.mimeType).toBe("application/pdf");
    const text = pdfText(Buffer.from(download!.data));
    expect(text).toContain(made.reference);
    expect(text).toMatch(/modif/i);
    // Every formal letter the portal lists opens for the CCM.
    for (const formal of view.letters.filter((l) => l.documentId)) expect(await findDownload(db(), formal.documentId!, [made.ccm])).not.toBeNull();

    // Home: the case's stage and the public record the final suspension now shows.
    const home = await loadPortalHome(made.ccm, { db: db(), now });
    expect(home.cases.find((c) => c.id === made.id)).toMatchObject({ state: "SANCTION_ACTIVE", stage: { label: "Outcome in effect" } });
    expect(home.certifications[0]).toMatchObject({
      status: "SUSPENDED",
      publicSanctions: [expect.objectContaining({ type: "SUSPENSION", status: "ACTIVE" })],
    });
  });
});
