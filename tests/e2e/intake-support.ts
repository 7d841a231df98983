import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations } from "./fixtures";

/** Shared steps of the intake and status specs: a person filling the forms as they appear. */

/** The demo CCM seeded in every e2e database (Jordan Ellis, CCM 20150042). */
export const DEMO_CCM = { name: "Jordan Ellis", number: "20150042", employer: "Riverside Home Health Services" };

/** The demo CCM the committee's journeys decide and sanction (ccm3@docket.test), so ccm@ and ccm2@ stay as seeded. */
export const JOURNEY_CCM = { name: "Avery Quinn", number: "20210388", employer: "Lakeshore Rehabilitation Network" };

export const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
export const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5e2c2e10000000049454e44ae426082",
  "hex",
);
export const TEXT = Buffer.from("Timeline of calls with the case manager.\nNo reply after 3 March.\n", "utf8");

export const THREE_FILES = [
  { name: "discharge-letter.pdf", mimeType: "application/pdf", buffer: PDF },
  { name: "photo-of-notice.png", mimeType: "image/png", buffer: PNG },
  { name: "call-log.txt", mimeType: "text/plain", buffer: TEXT },
];

const withoutJs = new WeakSet<Page>();
/** Pages filing a complaint only to get one: intake.spec already runs axe on every intake page, with and without JavaScript. */
const axeSkipped = new WeakSet<Page>();

/** Marks a page whose context has JavaScript turned off (axe then runs on a copy, see checkA11y). */
export function markJavaScriptDisabled(page: Page): void {
  withoutJs.add(page);
}

/**
 * axe on the page as it is. axe is a script, so with JavaScript off it runs on an exact copy: the
 * same HTML (its scripts removed, so nothing hydrates) served at the same address to a page that
 * may run scripts, with the same styles.
 */
export async function checkA11y(page: Page): Promise<void> {
  if (axeSkipped.has(page)) return;
  if (!withoutJs.has(page)) return expectNoAxeViolations(page);
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const url = page.url();
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route((target) => target.href === url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await copy.goto(url);
    await expectNoAxeViolations(copy);
  } finally {
    await context.close();
  }
}

/** Every page is checked with axe as it is reached. */
async function onPage(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await checkA11y(page);
}

async function cont(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Continue", exact: true }).click();
}

export interface Filed {
  reference: string;
  accessCode: string;
}

interface FilingOptions {
  email: string;
  files?: typeof THREE_FILES;
  respondent?: typeof DEMO_CCM;
  /** false: a spec that only needs a complaint filed; the intake spec checks these pages. Default true. */
  a11y?: boolean;
}

/** Files a complaint through every page of the public form, with axe on each page unless told not to. */
export async function fileComplaint(page: Page, options: FilingOptions): Promise<Filed> {
  if (options.a11y === false) axeSkipped.add(page);
  try {
    return await fillAndSubmit(page, options);
  } finally {
    axeSkipped.delete(page);
  }
}

async function fillAndSubmit(page: Page, options: FilingOptions): Promise<Filed> {
  const respondent = options.respondent ?? DEMO_CCM;
  await page.goto("/complaints/new");
  await onPage(page, /Make a complaint/);
  await page.getByRole("button", { name: "Start now" }).click();

  await onPage(page, "About you");
  // An empty page first: the error summary names each problem and links to its field.
  await cont(page);
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("There is a problem");
  await expect(summary.getByRole("link", { name: "Enter your full name" })).toHaveAttribute("href", "#field-name");
  await checkA11y(page);
  await page.getByLabel("Full name").fill("Pat Complainant");
  await page.getByLabel("Email address").fill(options.email);
  await page.getByLabel("Phone number (optional)").fill("555 010 0199");
  await page.getByLabel("I am a family member or carer of their client").check();
  await page.getByRole("group", { name: "How would you like us to contact you?" }).getByLabel("Email").check();
  await page.getByLabel("No, do not share my identity unless it becomes necessary").check();
  await page.getByLabel(/Do you need any support/).fill("Please phone before 5pm.");
  await cont(page);

  await onPage(page, "Who is the case manager?");
  await page.getByLabel("Name or CCM number").fill(respondent.number);
  await page.getByRole("button", { name: "Search the register" }).click();
  await expect(page.getByRole("status")).toContainText("1 person matches");
  await page.getByLabel(new RegExp(respondent.name)).check();
  await page.getByLabel("Where do they work? (optional)").fill(respondent.employer);
  await checkA11y(page);
  await cont(page);

  await onPage(page, "What happened?");
  const date = async (group: string, day: string, month: string, year: string) => {
    const fields = page.getByRole("group", { name: group });
    await fields.getByLabel("Day").fill(day);
    await fields.getByLabel("Month").fill(month);
    await fields.getByLabel("Year").fill(year);
  };
  await date("When did it happen, or start to happen?", "3", "3", "2026");
  await date("When did you find out about it?", "10", "3", "2026");
  await page.getByLabel("Which state did it happen in? (optional)").selectOption("OH");
  await page.getByLabel("Describe what happened").fill("The case manager stopped all contact with my mother without notice and arranged no handover.");
  await cont(page);

  await onPage(page, /Which parts of the Code/);
  await page.getByLabel("Stopped services without proper, documented notice.").check();
  await cont(page);

  await onPage(page, "Have you reported this anywhere else?");
  await page.getByLabel("A state licensing board").check();
  await page.getByLabel("Name of the organisation (optional)").fill("Ohio Board of Nursing");
  await page.getByRole("button", { name: "Add this" }).click();
  await expect(page.getByRole("heading", { name: "You have added 1 other proceeding" })).toBeVisible();
  await checkA11y(page);
  await cont(page);

  await onPage(page, "Upload documents or photos (optional)");
  const files = options.files ?? THREE_FILES;
  if (files.length > 0) {
    await page.getByLabel("Choose files").setInputFiles(files);
    await page.getByRole("button", { name: "Upload files" }).click();
    await expect(page.getByRole("heading", { name: `Files uploaded (${files.length} of 10)` })).toBeVisible();
    await checkA11y(page);
  }
  await cont(page);

  await onPage(page, /Did anyone else see/);
  await page.getByLabel("Their name").fill("Sam Nurse");
  await page.getByLabel("How can we contact them? (optional)").fill("sam.nurse@example.org");
  await cont(page);

  await onPage(page, "Consents and declaration");
  await page.getByLabel(/I agree that CCMC may share my complaint/).check();
  await page.getByLabel(/keep confidential/).check();
  await page.getByLabel(/true and complete/).check();
  await page.getByLabel("Type your full name to sign").fill("Pat Complainant");
  await cont(page);

  await onPage(page, "Check your answers before sending your complaint");
  await expect(page.getByText("Sam Nurse, sam.nurse@example.org")).toBeVisible();
  for (const file of files) await expect(page.getByText(file.name, { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Submit complaint" }).click();

  await onPage(page, "Complaint sent");
  const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
  const accessCode = (await page.getByTestId("access-code").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^EPC-\d{4}-\d{4}$/);
  expect(accessCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await page.getByRole("button", { name: "I have saved my reference and access code" }).click();
  await expect(page).toHaveURL(/\/complaints\/status$/);
  return { reference, accessCode };
}

export async function signIn(page: Page, filed: Filed): Promise<void> {
  await page.goto("/complaints/status");
  await onPage(page, "Check a complaint you made");
  await page.getByLabel("Case reference").fill(filed.reference);
  await page.getByLabel("Access code").fill(filed.accessCode.toLowerCase());
  await page.getByRole("button", { name: "Continue" }).click();
  await onPage(page, filed.reference);
}

export async function exchangeMessages(page: Page, texts: string[]): Promise<void> {
  for (const text of texts) {
    await page.getByLabel("Send a message to the ethics coordinator").fill(text);
    await page.getByRole("button", { name: "Send message" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your message has been sent" })).toBeVisible();
  }
  const history = page.getByRole("list", { name: "Message history" });
  for (const text of texts) await expect(history).toContainText(text);
  await checkA11y(page);
}

/** The status page lists the uploads; each downloads as an attachment with the safe headers. */
export async function checkDownloads(page: Page, names: string[]): Promise<void> {
  const documents = page.locator("section", { has: page.getByRole("heading", { name: "Documents" }) });
  for (const name of names) {
    const link: Locator = documents.getByRole("link", { name });
    await expect(link).toBeVisible();
    const response = await page.request.get((await link.getAttribute("href")) ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()).toMatchObject({
      "content-disposition": expect.stringMatching(/^attachment; filename="/),
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
      "cache-control": "private, no-store",
    });
  }
}
