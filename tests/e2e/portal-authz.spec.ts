import type { Browser, Page } from "@playwright/test";
import { pdfText } from "@/tests/support/pdf-text";
import { DEMO_ACCOUNTS, expect, expectNoAxeViolations, signInAs, test, type DemoRole } from "./fixtures";

/**
 * Authorization of the CCM portal, end to end: another CCM gets a 404 on the first one's case
 * pages, documents and actions, and neither the case nor the audit log of what they did changes; a complainant's withheld name and
 * email appear in none of the CCM's pages, downloads or JSON.
 */
test.describe.configure({ mode: "serial" });

const SUBPAGES = ["", "/respond", "/information", "/election", "/hearing", "/appeal", "/compliance", "/reopen", "/representatives"];

async function withRole<T>(browser: Browser, role: DemoRole, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await signInAs(page, role);
    return await work(page);
  } finally {
    await context.close();
  }
}

async function casePaths(page: Page): Promise<string[]> {
  await page.goto("/portal");
  const hrefs = await page.locator("article h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.filter((href) => href.startsWith("/portal/cases/"));
}

async function documentLinks(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  return page.locator('a[href^="/api/documents/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

/** What the first CCM sees of each case: its page text (stage, deadlines, documents, letters). */
async function snapshotsAsOwner(browser: Browser, paths: readonly string[]): Promise<string[]> {
  return withRole(browser, "ccm", async (page) => {
    const texts: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      texts.push(await page.locator("main").innerText());
    }
    return texts;
  });
}

/**
 * Everything the audit log holds as done by `email` (the admin's CSV export, filtered by actor):
 * every portal write is audited under its actor, so an unchanged export means the refused CCM
 * wrote nothing. Filtered by actor, not by time, so the scheduler's own work cannot disturb it.
 */
async function auditedActsOf(browser: Browser, email: string): Promise<string> {
  return withRole(browser, "admin", async (page) => {
    const response = await page.request.get(`/admin/audit/export?actor=${encodeURIComponent(email)}`);
    expect(response.status()).toBe(200);
    return response.text();
  });
}

test("another CCM gets a 404 on the first CCM's case pages and documents, and nothing changes", async ({ browser }) => {
  test.setTimeout(180_000);
  const { paths, documents } = await withRole(browser, "ccm", async (page) => {
    const paths = await casePaths(page);
    const documents: string[] = [];
    for (const path of paths) {
      documents.push(...(await documentLinks(page, path)));
      // Every portal page visited passes axe: each of the CCM's cases, whatever its stage.
      await expectNoAxeViolations(page);
    }
    return { paths, documents };
  });
  expect(paths.length).toBeGreaterThanOrEqual(4);
  expect(documents.length).toBeGreaterThan(0);
  const before = await snapshotsAsOwner(browser, paths);
  const actsBefore = await auditedActsOf(browser, DEMO_ACCOUNTS.ccm2.email);
  // The filter finds the seeded acts of ccm2 (their own cases), so an unchanged export means something.
  expect(actsBefore.trim().split("\r\n").length).toBeGreaterThan(1);

  await withRole(browser, "ccm2", async (page) => {
    for (const path of paths) {
      for (const sub of SUBPAGES) {
        const response = await page.request.get(`${path}${sub}`);
        expect(response.status(), `${path}${sub}`).toBe(404);
      }
    }
    // As a person sees it: the same page as for a case that does not exist.
    const response = await page.goto(paths[0]!);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectNoAxeViolations(page);
    for (const href of documents) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(404);
    }
  });
  expect(await snapshotsAsOwner(browser, paths)).toEqual(before);
  expect(await auditedActsOf(browser, DEMO_ACCOUNTS.ccm2.email)).toBe(actsBefore);
});

test("an action aimed at another CCM's case from a tampered form is a 404 and changes nothing", async ({ browser }) => {
  const target = await withRole(browser, "ccm", async (page) => (await casePaths(page))[0]!);
  const before = await snapshotsAsOwner(browser, [target]);
  const actsBefore = await auditedActsOf(browser, DEMO_ACCOUNTS.ccm2.email);
  await withRole(browser, "ccm2", async (page) => {
    await page.goto("/portal");
    const own = page.locator("article").filter({ hasText: "Outcome in effect" }).first();
    const ownPath = await own.getByRole("link").first().getAttribute("href");
    await page.goto(`${ownPath}/compliance`);
    await expectNoAxeViolations(page);
    // The hidden case id now names the other CCM's case; the server must not trust it.
    await page.locator('input[name="caseId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), target.split("/")[3]!);
    await page.getByLabel("Evidence", { exact: true }).setInputFiles({ name: "forged.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await page.getByRole("button", { name: "Send the evidence" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
  expect(await snapshotsAsOwner(browser, [target])).toEqual(before);
  expect(await auditedActsOf(browser, DEMO_ACCOUNTS.ccm2.email)).toBe(actsBefore);
});

/** The complainant's name and email on a case, as staff see them in the committee's case file; null when shared with the CCM. */
async function withheldIdentity(page: Page, caseId: string): Promise<{ name: string; email: string } | null> {
  await page.goto(`/committee/cases/${caseId}`);
  const value = (label: string) => page.locator("#parties dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]").first().innerText();
  if ((await value("Identity shared with the CCM")) !== "No") return null;
  return { name: (await value("Name")).trim(), email: (await value("Email")).trim() };
}

test("a withheld complainant identity appears nowhere in the CCM's HTML, downloads or JSON", async ({ browser }) => {
  const paths = await withRole(browser, "ccm", (page) => casePaths(page));
  const identities = await withRole(browser, "staff", async (page) => {
    const found: { path: string; name: string; email: string }[] = [];
    for (const path of paths) {
      const identity = await withheldIdentity(page, path.split("/")[3]!);
      if (identity) found.push({ path, ...identity });
    }
    return found;
  });
  expect(identities.length, "seeded cases of ccm@ with the identity withheld").toBeGreaterThan(0);

  await withRole(browser, "ccm", async (page) => {
    const bodies: { url: string; body: string }[] = [];
    const letterTexts: string[] = [];
    const fetchText = async (url: string) => {
      const response = await page.request.get(url);
      expect(response.status(), url).toBeLessThan(400);
      const raw = await response.body();
      // A PDF's text is in compressed streams: search what it shows, not only its bytes.
      const shown = response.headers()["content-type"] === "application/pdf" ? pdfText(raw) : "";
      if (shown) letterTexts.push(shown);
      bodies.push({ url, body: `${raw.toString("latin1")}\n${shown}` });
    };
    await fetchText("/portal");
    await fetchText("/api/v1/certifications/20150042");
    for (const { path } of identities) {
      for (const sub of SUBPAGES) {
        const response = await page.request.get(`${path}${sub}`);
        bodies.push({ url: `${path}${sub}`, body: (await response.body()).toString("latin1") });
      }
      for (const href of await documentLinks(page, path)) await fetchText(href);
      await page.goto(path);
      await expectNoAxeViolations(page);
      await expect(page.locator("main")).toContainText("Withheld: the complainant did not agree to share their identity with you.");
    }
    // The search can fail: the letters' text was read (each names the CCM it is addressed to).
    expect(letterTexts.length, "letters among the CCM's documents").toBeGreaterThan(0);
    expect(letterTexts.some((text) => text.includes("Jordan Ellis"))).toBe(true);
    for (const { name, email } of identities) {
      for (const { url, body } of bodies) {
        expect(body.includes(name), `${name} in ${url}`).toBe(false);
        expect(body.toLowerCase().includes(email.toLowerCase()), `${email} in ${url}`).toBe(false);
      }
    }
  });
});
