import Papa from "papaparse";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";
import { choose, openCaseById, visit } from "./committee-support";
import { checkA11y, markJavaScriptDisabled } from "./intake-support";

/**
 * The committee workspace's pages (axe on each), a recused member shut out of a case, a stale
 * form refused with the conflict message, the reports with their CSV, and a form that sends a file
 * without JavaScript (last: it resumes the seeded case on hold), on the seeded demo data.
 */
test.describe.configure({ mode: "serial" });
// Several browser contexts and axe on every page: generous on a loaded machine.
test.setTimeout(180_000);

/** The id of the first case the list shows for `query` (e.g. "state=INTAKE&sort=received-asc"). */
async function firstCase(page: import("@playwright/test").Page, query: string): Promise<{ id: string; reference: string }> {
  await visit(page, `/committee/cases?${query}`);
  const link = page.getByRole("table").getByRole("link").first();
  const reference = (await link.textContent())!.trim();
  const id = (await link.getAttribute("href"))!.split("/committee/cases/")[1]!;
  return { id, reference };
}

test("dashboard queues, deadlines and the case list with search and filters", async ({ page }) => {
  await signInAs(page, "staff");
  await expectNoAxeViolations(page);
  await expect(page.getByRole("heading", { level: 1, name: "Committee workspace" })).toBeVisible();
  for (const queue of ["Intake checks", "Preliminary review", "Ready for the Committee", "Hearings to schedule and upcoming", "Appeals", "Sanction compliance to verify"]) {
    await expect(page.getByRole("region", { name: new RegExp(`^${queue} \\(\\d+\\)$`) })).toBeVisible();
  }
  await visit(page, "/committee/hearings");
  await expect(page.getByRole("table", { name: "Scheduled hearings, soonest first" })).toContainText("Helen Brooks");
  await page.getByRole("link", { name: "Cases", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Stage").selectOption({ label: "Preliminary review" });
  await page.getByRole("button", { name: "Show cases" }).click();
  const stages = await page.getByRole("table").locator("tbody tr td:nth-child(3)").allTextContents();
  expect(stages.length).toBeGreaterThan(0);
  expect(new Set(stages)).toEqual(new Set(["Preliminary review"]));
  await expectNoAxeViolations(page);
  const { reference } = await firstCase(page, "state=PRELIMINARY_REVIEW");
  await page.getByLabel("Search references, names and narratives").fill(reference);
  await page.getByRole("button", { name: "Show cases" }).click();
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(1);
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Case ${reference}` })).toBeVisible();
  await expectNoAxeViolations(page);
  // An internal note stays on the committee side and is audited on the timeline.
  await page.getByLabel("New internal note").fill("Check whether the employer was told.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Note added." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Internal notes" })).toContainText("Check whether the employer was told.");
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Internal note added");
  await expectNoAxeViolations(page);
});

test("a recused member can neither read the case nor act on it", async ({ browser }) => {
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  try {
    await signInAs(member, "member");
    const target = await firstCase(member, "state=COMMITTEE_REVIEW&ccm=20180917");
    await openCaseById(member, target.id);
    await expect(member.getByRole("region", { name: "Allegation and provisions" })).toBeVisible();
    // The member opens an action form, then is recused before sending it.
    await choose(member, "Request more information");
    await member.getByRole("radio", { name: "The case manager" }).check();
    await member.getByLabel("What is needed").fill("Copies of the service agreement.");

    await signInAs(chair, "chair");
    await openCaseById(chair, target.id);
    await chair.getByLabel("Member to recuse").selectOption({ label: "Priya Shah" });
    await chair.getByLabel("Reason", { exact: true }).fill("Former colleague of the case manager.");
    await chair.getByRole("button", { name: "Recuse the member" }).click();
    await expect(chair.getByRole("status").filter({ hasText: "The member is recused." })).toBeVisible();
    await expectNoAxeViolations(chair);

    await member.getByRole("button", { name: "Send the request" }).click();
    await expect(member.getByRole("alert", { name: "There is a problem" })).toContainText("You are recused from this case and cannot act on it");
    await expectNoAxeViolations(member);

    await openCaseById(member, target.id);
    await expect(member.locator("main")).toContainText("You are recused from this case");
    await expect(member.getByRole("region", { name: "What you can do now" })).toHaveCount(0);
    await expect(member.getByRole("region", { name: "Allegation and provisions" })).toHaveCount(0);
    await expect(member.locator("main")).not.toContainText("Morgan Reyes");
    await visit(member, "/committee/cases");
    await expect(member.getByRole("row", { name: new RegExp(target.reference) })).toContainText("You are recused");

    await openCaseById(chair, target.id);
    await expect(chair.locator("dl").first()).toContainText("Committee review");
    await expect(chair.getByRole("region", { name: "Conflicts of interest" })).toContainText("Priya Shah, recused by Helen Brooks");
  } finally {
    await memberContext.close();
    await chairContext.close();
  }
});

test("a form sent after someone else changed the case gets the conflict message and keeps what was typed", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  try {
    await signInAs(a, "staff");
    await signInAs(b, "staff");
    const target = await firstCase(a, "state=INTAKE&sort=received-asc");
    for (const page of [a, b]) {
      await openCaseById(page, target.id);
      await choose(page, "Ask the complainant for missing information");
    }
    await b.getByLabel("What is missing").fill("A copy of the discharge letter");
    await b.getByRole("button", { name: "Send the deficiency letter" }).click();
    await expect(b.getByRole("status").filter({ hasText: "Done: Ask the complainant for missing information." })).toBeVisible();

    await a.getByLabel("What is missing").fill("The date of the last visit");
    await a.getByRole("button", { name: "Send the deficiency letter" }).click();
    const alert = a.getByRole("alert", { name: "There is a problem" });
    await expect(alert).toContainText("This case changed since you opened it.");
    await expect(alert).toContainText("Waiting for information from you");
    await expect(a.getByLabel("What is missing")).toHaveValue("The date of the last visit");
    await expectNoAxeViolations(a);
    const requests = await b.request.get(`/committee/cases/${target.id}`);
    expect(await requests.text()).not.toContain("The date of the last visit");
  } finally {
    await first.close();
    await second.close();
  }
});

/** A figure as the chart prints it (components/committee/bar-chart.tsx). */
const shownValue = (value: number) => (Number.isInteger(value) ? value.toLocaleString("en-US") : value.toFixed(1));
const shownBarLabel = (label: string, series: string) => {
  const full = series ? `${label} · ${series}` : label;
  return full.length > 52 ? `${full.slice(0, 51)}…` : full;
};

test("reports show the seeded data and the CSV has the charted figures", async ({ page }) => {
  await signInAs(page, "chair");
  await visit(page, "/committee/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  // Every chart on the page: its key (from the caption's id), bars (label, value) and table rows.
  const charts = await page.locator("figure:has(figcaption[id^='chart-'])").evaluateAll((figures) =>
    figures.map((figure) => {
      const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((cell) => cell.textContent?.trim() ?? "");
      return {
        key: figure.querySelector("figcaption")!.id.replace(/^chart-/, "").replace(/-title$/, ""),
        title: figure.querySelector("figcaption")!.textContent?.trim() ?? "",
        text: figure.textContent ?? "",
        unit: figure.querySelector("thead th:last-child")?.textContent?.trim() ?? null,
        hasSeries: figure.querySelectorAll("thead th").length === 3,
        bars: [...figure.querySelectorAll("svg g")].map((bar) => texts(bar, "text")),
        rows: [...figure.querySelectorAll("tbody tr")].map((tr) => texts(tr, "th, td")),
      };
    }),
  );
  expect(charts.map((chart) => chart.title)).toEqual([
    "Cases by stage",
    "Median days in each stage, by who was waiting",
    "Outcomes by provision",
    "Overdue deadlines",
    "Recusal and appeal rates",
    "Acknowledgement within its deadline",
  ]);
  for (const title of charts.map((chart) => chart.title)) {
    await expect(page.getByRole("figure", { name: title })).toBeVisible();
  }

  const csv = await page.request.get("/committee/reports/export");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const [header, ...lines] = Papa.parse<string[]>((await csv.text()).trim(), { skipEmptyLines: true }).data;
  expect(header).toEqual(["report", "label", "series", "unit", "value"]);
  // No figure in the export that no chart shows.
  expect(new Set(lines.map((line) => line[0]))).toEqual(new Set(charts.filter((chart) => chart.rows.length > 0).map((chart) => chart.key)));

  for (const chart of charts) {
    const figures = lines.filter((line) => line[0] === chart.key).map(([, label, series, unit, value]) => ({ label: label!, series: series!, unit: unit!, value: Number(value) }));
    if (figures.length === 0) {
      expect(chart.text, chart.title).toContain("No data yet.");
      continue;
    }
    expect(chart.unit, chart.title).toBe(figures[0]!.unit);
    expect(figures.every((figure) => Number.isFinite(figure.value)), chart.title).toBe(true);
    expect(chart.rows, chart.title).toEqual(figures.map((f) => (chart.hasSeries ? [f.label, f.series, shownValue(f.value)] : [f.label, shownValue(f.value)])));
    expect(chart.bars, chart.title).toEqual(figures.map((f) => [shownBarLabel(f.label, f.series), shownValue(f.value)]));
  }

  // The seeded demo cases are all there, over many stages.
  const byStage = lines.filter((line) => line[0] === "cases-by-stage");
  expect(byStage.length).toBeGreaterThan(5);
  expect(byStage.reduce((sum, line) => sum + Number(line[4]), 0)).toBeGreaterThanOrEqual(20);
});

test("without JavaScript, a case on hold resumes with the order attached; a bad file and a missing outcome are refused together and what was typed stays", async ({ browser }) => {
  // Signed in with JavaScript (the two-factor step), then the same session in a context without it.
  const signIn = await browser.newContext();
  await signInAs(await signIn.newPage(), "chair");
  const cookies = await signIn.cookies();
  await signIn.close();
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await context.addCookies(cookies);
    const page = await context.newPage();
    markJavaScriptDisabled(page);
    await page.goto("/committee/cases?state=DEFERRED_LEGAL");
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page.locator("dl").first()).toContainText("On hold");
    await page.getByRole("region", { name: "What you can do now" }).getByRole("link", { name: "Resume from the hold", exact: true }).click();
    const rely = page.getByLabel("Rely on the final judgment or licensing order as proof of the facts");
    const order = page.getByLabel("The judgment, order or other outcome (optional)");
    await rely.check();
    // A program named as a PDF: refused by its bytes, with the missing outcome, in one summary.
    await order.setInputFiles({ name: "order.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00 not an order") });
    await page.getByRole("button", { name: "Resume the case" }).click();
    const problem = page.getByRole("alert", { name: "There is a problem" });
    await expect(problem.getByRole("link", { name: "Enter the outcome of the other proceeding" })).toHaveAttribute("href", "#field-externalOutcome");
    await expect(problem.getByRole("link", { name: /^order\.pdf is not a file type we accept/ })).toHaveAttribute("href", "#field-files");
    await expect(rely).toBeChecked();
    await checkA11y(page);
    await page.getByLabel("Outcome of the other proceeding").fill("The board found a breach and suspended the licence.");
    await order.setInputFiles({ name: "board-order.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% board order\n%%EOF\n") });
    await page.getByRole("button", { name: "Resume the case" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Done: Resume from the hold." })).toBeVisible();
    await expect(page.locator("dl").first()).toContainText("Preliminary review");
    await expect(page.getByRole("region", { name: "Documents and letters" })).toContainText("board-order.pdf");
  } finally {
    await context.close();
  }
});

test("staff record information that arrived by post, shown to the case manager, who then opens it in the portal", async ({ browser }) => {
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  let caseId = "";
  try {
    await signInAs(staff, "staff");
    await visit(staff, "/committee/cases?state=AWAITING_INFO");
    await staff.getByRole("table").getByRole("link").first().click();
    await expect(staff.getByRole("heading", { level: 1, name: /^Case EPC-/ })).toBeVisible();
    caseId = staff.url().split("/committee/cases/")[1]!.split(/[?#]/)[0]!;
    await choose(staff, "Record the information as received");
    await staff.getByLabel("The information received (optional)").setInputFiles({ name: "employer-letter.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% employer letter\n%%EOF\n") });
    await staff.getByRole("checkbox", { name: "Show these files to the case manager as well" }).check();
    await staff.getByLabel("Note (optional)").fill("Arrived by post on 2 December.");
    await staff.getByRole("button", { name: "Record as received", exact: true }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Done: Record the information as received." })).toBeVisible();
    await expect(staff.locator("dl").first()).toContainText("Committee review");
    await expect(staff.getByRole("region", { name: "Documents and letters" }).getByRole("row", { name: /employer-letter\.pdf/ })).toContainText("Case manager");
    await expectNoAxeViolations(staff);
  } finally {
    await staffContext.close();
  }
  const ccmContext = await browser.newContext();
  try {
    const ccm = await ccmContext.newPage();
    await signInAs(ccm, "ccm2");
    await visit(ccm, `/portal/cases/${caseId}`);
    await expect(ccm.getByRole("link", { name: "employer-letter.pdf" })).toBeVisible();
  } finally {
    await ccmContext.close();
  }
});
