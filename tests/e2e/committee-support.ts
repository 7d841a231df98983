import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, type DemoRole } from "./fixtures";

/** Steps shared by the committee specs: a member of staff or the Committee using the workspace. */

export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectNoAxeViolations(page);
}

/** Runs `work` signed in as `role` in a browser context of its own. */
export async function asRole<T>(browser: Browser, role: DemoRole, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signInAs(page, role);
    return await work(page);
  } finally {
    await context.close();
  }
}

/** Finds a case by reference through the list's search and opens its file; returns its id. */
export async function openCase(page: Page, reference: string): Promise<string> {
  await visit(page, `/committee/cases?q=${encodeURIComponent(reference)}`);
  await page.getByRole("link", { name: reference, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Case ${reference}` })).toBeVisible();
  await expectNoAxeViolations(page);
  return page.url().split("/committee/cases/")[1]!.split(/[?#]/)[0]!;
}

export async function openCaseById(page: Page, caseId: string): Promise<void> {
  await visit(page, `/committee/cases/${caseId}`);
  await expect(page.getByRole("heading", { level: 1, name: /^Case EPC-/ })).toBeVisible();
}

/** Opens the form of an action the page offers (links under "What you can do now"). */
export async function choose(page: Page, action: string): Promise<void> {
  await page.getByRole("region", { name: "What you can do now" }).getByRole("link", { name: action, exact: true }).click();
  await expect(page.getByRole("heading", { level: 3, name: action })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** Submits the open action form and waits for the confirmation. */
export async function submit(page: Page, button: string, done: string): Promise<void> {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `Done: ${done}.` })).toBeVisible();
  await expectNoAxeViolations(page);
}

export async function expectStage(page: Page, stage: string): Promise<void> {
  await expect(page.locator("dl").first()).toContainText(stage);
}

/** Every vote select of the form set to FOR. */
export async function allVoteFor(page: Page, legend: string | RegExp = /vote/i): Promise<void> {
  const selects = page.getByRole("group", { name: legend }).getByRole("combobox");
  const count = await selects.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) await selects.nth(index).selectOption("FOR");
}

/** The case file lists the letter and it downloads as a PDF. */
export async function expectLetter(page: Page, reference: string, kind: string): Promise<void> {
  const link = page.getByRole("region", { name: "Documents and letters" }).getByRole("link", { name: new RegExp(`^${reference}-${kind}-`) }).first();
  await expect(link).toBeVisible();
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  // "View" opens the same letter in the browser's PDF viewer.
  const view = page.getByRole("region", { name: "Documents and letters" }).getByRole("link", { name: new RegExp(`^View ${reference}-${kind}-.*\\(opens in a new tab\\)$`) }).first();
  const viewed = await page.request.get((await view.getAttribute("href"))!);
  expect(viewed.status()).toBe(200);
  expect(viewed.headers()["content-disposition"]).toMatch(/^inline;/);
}

/** The public verification record's status for a CCM number. */
export async function registryStatus(page: Page, number: string): Promise<string> {
  await page.goto(`/verify/${number}`);
  return (await page.locator("article dd strong").first().textContent())?.trim() ?? "";
}

export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
