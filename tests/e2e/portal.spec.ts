import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test, type DemoRole } from "./fixtures";

/**
 * The CCM portal against the seeded demo data (ccm@ is the respondent in cases awaiting a response,
 * with a proposed outcome, with a hearing scheduled and in the appeal period; ccm2@ has a probation
 * in effect). Each step moves the case through the workflow and shows in the committee's case file.
 * axe checks every portal page visited.
 */
test.describe.configure({ mode: "serial" });

const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectNoAxeViolations(page);
}

/** The case on the portal home whose card shows `text` (its stage or what to do now). */
async function caseWith(page: Page, text: string | RegExp): Promise<string> {
  await visit(page, "/portal");
  const card = page.locator("article").filter({ hasText: text }).first();
  const href = await card.getByRole("link").first().getAttribute("href");
  expect(href, `a case showing "${text}"`).toMatch(/^\/portal\/cases\//);
  return href!;
}

async function asRole(browser: Browser, role: DemoRole, work: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signInAs(page, role);
    await work(page);
  } finally {
    await context.close();
  }
}

/** The committee's case file shows what the CCM just did. */
async function committeeSees(browser: Browser, casePath: string, texts: readonly (string | RegExp)[]): Promise<void> {
  await asRole(browser, "staff", async (page) => {
    const caseId = casePath.split("/")[3]!;
    await page.goto(`/committee/cases/${caseId}`);
    for (const text of texts) await expect(page.locator("main")).toContainText(text);
  });
}

test("home: the certification card and the cases with their stage, deadline and next step", async ({ page }) => {
  await signInAs(page, "ccm");
  await expectNoAxeViolations(page);
  await expect(page.getByRole("heading", { level: 1, name: "My portal" })).toBeVisible();
  await expect(page.locator("main")).toContainText("20150042");
  await expect(page.locator("main")).toContainText("Valid through");
  await expect(page.locator("article").filter({ hasText: "Waiting for the case manager's response" })).toContainText(/Send your written response by/);
  await expect(page.locator("article").filter({ hasText: "Proposed outcome sent to the case manager" })).toContainText(/Accept the proposed outcome or ask for a hearing by/);
});

test("staff share the complainant's evidence; the CCM then opens it in the portal", async ({ page, browser }) => {
  await signInAs(page, "ccm");
  const path = await caseWith(page, "Waiting for the case manager's response");
  await visit(page, path);
  await expect(page.getByRole("link", { name: "notes-of-events.txt" })).toHaveCount(0);
  await asRole(browser, "staff", async (staff) => {
    await staff.goto(`/committee/cases/${path.split("/")[3]!}`);
    const documents = staff.getByRole("region", { name: "Documents and letters" });
    // Sent without the confirmation: refused, the choice kept, nothing shared.
    await documents.getByLabel("Committee-only document to share with the case manager").selectOption({ label: "notes-of-events.txt (Evidence)" });
    await documents.getByRole("button", { name: "Share with the case manager" }).click();
    await expect(staff.getByRole("alert", { name: "There is a problem" })).toContainText("Confirm that you checked the document");
    await expect(documents.getByLabel("Committee-only document to share with the case manager")).toHaveValue(/.+/);
    await expectNoAxeViolations(staff);
    await documents.getByRole("checkbox", { name: /I checked it/ }).check();
    await documents.getByRole("button", { name: "Share with the case manager" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "The document is shared with the case manager." })).toBeVisible();
    await expect(staff.getByRole("region", { name: "Timeline" })).toContainText("Document shared with the case manager");
    await expectNoAxeViolations(staff);
  });
  await visit(page, path);
  const shared = page.getByRole("link", { name: "notes-of-events.txt" });
  await expect(shared).toBeVisible();
  const download = await page.request.get((await shared.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain("Notes of events kept by the complainant");
});

test("respond to the complaint with an attachment", async ({ page, browser }) => {
  await signInAs(page, "ccm");
  const path = await caseWith(page, "Waiting for the case manager's response");
  await visit(page, path);
  await page.getByRole("link", { name: "Respond to the complaint" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Respond to the complaint" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Send my response" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Write your response to the complaint");
  await expectNoAxeViolations(page);

  await page.getByLabel("Your written response").fill("I gave written notice on 3 March and arranged a handover to a colleague.");
  await page.getByLabel("Supporting documents (optional)").setInputFiles({ name: "handover-letter.pdf", mimeType: "application/pdf", buffer: PDF("handover") });
  await page.getByRole("button", { name: "Send my response" }).click();
  await page.waitForURL(/\?done=response/);
  await expect(page.getByRole("status").filter({ hasText: "Your response has been sent to the Committee." })).toBeVisible();
  await expect(page.locator("main")).toContainText("Stage: Committee review");
  await expect(page.getByRole("link", { name: "handover-letter.pdf" })).toBeVisible();
  await expectNoAxeViolations(page);
  await committeeSees(browser, path, ["Response submitted", "handover-letter.pdf"]);
});

test("ask for a hearing on the proposed outcome (written acceptance needs the waiver confirmed)", async ({ page, browser }) => {
  await signInAs(page, "ccm");
  const path = await caseWith(page, "Proposed outcome sent to the case manager");
  await visit(page, `${path}/election`);
  await expect(page.getByRole("heading", { name: "If you do nothing" })).toBeVisible();
  await expect(page.locator("main")).toContainText("your silence counts as acceptance");

  await page.getByLabel("I accept the proposed outcome").check();
  await page.getByLabel("Your full name, as your signature").fill("Jordan Ellis");
  await page.getByRole("button", { name: "Send my decision" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Confirm that you understand accepting gives up your right to a hearing and to appeal");
  await expect(page.getByLabel("Your full name, as your signature")).toHaveValue("Jordan Ellis");
  await expectNoAxeViolations(page);

  await page.getByLabel("I ask for a hearing").check();
  await page.getByRole("button", { name: "Send my decision" }).click();
  await page.waitForURL(/\?done=hearing/);
  await expect(page.getByRole("status").filter({ hasText: "You asked for a hearing." })).toBeVisible();
  await expect(page.locator("main")).toContainText("Stage: Hearing.");
  await expectNoAxeViolations(page);
  await committeeSees(browser, path, ["Hearing requested"]);
});

test("the hearing: Notice of Hearing with the panel; a challenge after the window is refused naming its end; a written statement", async ({ page, browser }) => {
  await signInAs(page, "ccm");
  const path = await caseWith(page, "Prepare for your hearing on");
  await visit(page, `${path}/hearing`);
  await expect(page.getByRole("heading", { name: "Notice of Hearing" })).toBeVisible();
  await expect(page.locator("main")).toContainText("Panel");
  await expect(page.locator("main")).toContainText(/The time to challenge a panel member ended on \d+ \w+ \d{4} at 23:59 UTC/);

  await page.getByLabel("Written statement (optional)").fill("I will attend by video. Attached is my supervisor's letter.");
  await page.getByLabel("Exhibits (optional)").setInputFiles({ name: "supervisor-letter.pdf", mimeType: "application/pdf", buffer: PDF("exhibit") });
  await page.getByRole("button", { name: "Send to the panel" }).click();
  await page.waitForURL(/\?done=statement/);
  await expect(page.getByRole("status").filter({ hasText: "Your statement and exhibits are now part of the hearing record." })).toBeVisible();
  await expectNoAxeViolations(page);
  await committeeSees(browser, path, ["supervisor-letter.pdf"]);
});

test("appeal the decision with grounds, a statement and a file", async ({ page, browser }) => {
  await signInAs(page, "ccm");
  const path = await caseWith(page, "Decision issued; appeal period open");
  await visit(page, path);
  await page.getByRole("link", { name: "Appeal the decision" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Appeal the decision" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Your statement").fill("The panel relied on a document I was never shown.");
  await page.getByRole("button", { name: "File my appeal" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Choose at least one ground of appeal");
  await expect(page.getByLabel("Your statement")).toHaveValue("The panel relied on a document I was never shown.");
  await expectNoAxeViolations(page);

  await page.getByLabel("Procedure not followed").check();
  await page.getByLabel("Sanction disproportionate").check();
  await page.getByLabel("Supporting documents (optional)").setInputFiles({ name: "appeal-brief.pdf", mimeType: "application/pdf", buffer: PDF("appeal") });
  await page.getByRole("button", { name: "File my appeal" }).click();
  await page.waitForURL(/\?done=appeal/);
  await expect(page.locator("main")).toContainText("Stage: Under appeal");
  await expect(page.locator("main")).toContainText("Grounds: Procedure not followed; Sanction disproportionate");
  await expectNoAxeViolations(page);
  await committeeSees(browser, path, ["Appeal filed", "appeal-brief.pdf"]);
});

test("upload evidence that a sanction condition is met (ccm2, probation in effect)", async ({ page, browser }) => {
  await signInAs(page, "ccm2");
  // The certification card shows the final public sanction, as the public record does.
  await expect(page.locator("main")).toContainText("Active (on probation)");
  await expect(page.locator("main")).toContainText(/Probation \(in effect\), from \d+ \w+ \d{4}/);
  const path = await caseWith(page, "Outcome in effect");
  await visit(page, `${path}/compliance`);
  await expect(page.locator("main")).toContainText("Quarterly practice supervision reports");
  await expect(page.locator("main")).toContainText("Not yet verified as met.");

  await page.getByRole("button", { name: "Send the evidence" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Choose at least one file that shows the condition is met");
  await expectNoAxeViolations(page);

  await page.getByLabel("Evidence", { exact: true }).setInputFiles({ name: "q1-supervision-report.pdf", mimeType: "application/pdf", buffer: PDF("report") });
  await page.getByLabel("Note for the ethics coordinator (optional)").fill("First quarterly report, signed by my supervisor.");
  await page.getByRole("button", { name: "Send the evidence" }).click();
  await page.waitForURL(/\?done=evidence/);
  await expect(page.getByRole("status").filter({ hasText: "Your evidence has been sent to the ethics coordinator for verification." })).toBeVisible();
  await expect(page.getByRole("link", { name: "q1-supervision-report.pdf" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await committeeSees(browser, path, ["q1-supervision-report.pdf"]);
});

test("appoint a representative for one case", async ({ page }) => {
  await signInAs(page, "ccm");
  const path = await caseWith(page, "Committee review");
  await visit(page, `${path}/representatives`);
  await page.getByRole("button", { name: "Give access to this case" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter your representative's full name");
  await expectNoAxeViolations(page);
  await page.getByLabel("Full name").fill("Robin Counsel");
  await page.getByLabel("Email address").fill("robin.counsel@example.org");
  await page.getByRole("button", { name: "Give access to this case" }).click();
  await page.waitForURL(/\?done=representative/);
  await expect(page.locator("main")).toContainText("Robin Counsel (robin.counsel@example.org)");
  await expect(page.locator("main")).toContainText("They have not set up their account yet.");
  await expectNoAxeViolations(page);
});

test("the other case pages pass axe: information, a petition to reopen a closed case", async ({ page }) => {
  await signInAs(page, "ccm");
  const closed = await caseWith(page, /StageClosed/);
  await visit(page, `${closed}/reopen`);
  await expect(page.getByRole("heading", { level: 1, name: "Ask to reopen the case" })).toBeVisible();
  await visit(page, `${closed}/information`);
  await visit(page, closed);
});

test("CCM activation: a neutral answer whether or not the number and email match", async ({ page }) => {
  await visit(page, "/activate-ccm");
  await page.getByRole("button", { name: "Send me an activation link" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter your CCM certification number");
  await expectNoAxeViolations(page);
  await page.getByLabel("CCM certification number").fill("20150042");
  await page.getByLabel("Email address").fill("not-the-registry-address@example.org");
  await page.getByRole("button", { name: "Send me an activation link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toContainText("If the number and email address match our registry");
  await expectNoAxeViolations(page);
});
