import { expect, test } from "./fixtures";
import { checkA11y, fileComplaint, type Filed } from "./intake-support";

/** Sign-in with a wrong code, the lock after repeated wrong codes, a lost code and a withdrawal. */

let filed: Filed;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.30.0.1" } });
  filed = await fileComplaint(await context.newPage(), { email: "status.check@example.org", files: [], a11y: false });
  await context.close();
});

test.use({ extraHTTPHeaders: { "x-forwarded-for": "10.30.0.2" } });

async function tryCode(page: import("@playwright/test").Page, code: string) {
  await page.getByLabel("Case reference").fill(filed.reference);
  await page.getByLabel("Access code").fill(code);
  // Wait for each answer, so every try reaches the server.
  await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), page.getByRole("button", { name: "Continue" }).click()]);
}

test("a wrong access code gets a clear message; repeated wrong codes lock the reference", async ({ page }) => {
  await page.goto("/complaints/status");
  await tryCode(page, "AAAA-AAAA-AAAA-AAAA");
  const alert = page.getByRole("alert", { name: "There is a problem" });
  await expect(alert).toContainText("The reference or access code is not right.");
  await expect(alert).toContainText("After 5 wrong tries the access code is locked for 30 minutes.");
  await expect(page.getByLabel("Case reference")).toHaveValue(filed.reference);
  await expect(page.getByLabel("Access code")).toHaveValue("");
  await checkA11y(page);
  for (let i = 0; i < 4; i += 1) await tryCode(page, "BBBB-BBBB-BBBB-BBBB");
  await expect(alert).toContainText("it is locked. Try again in 30 minutes");
  // Locked means locked: even the right code is refused until the lock ends.
  await tryCode(page, filed.accessCode);
  await expect(alert).toContainText("it is locked");
  await expect(page.getByRole("heading", { level: 1, name: "Check a complaint you made" })).toBeVisible();
  await checkA11y(page);
});

test("a lost access code: a neutral answer whether or not the details match", async ({ page }) => {
  await page.goto("/complaints/status/lost-code");
  await checkA11y(page);
  await page.getByLabel("Case reference").fill("EPC-2026-9999");
  await page.getByLabel("Email address").fill("nobody@example.org");
  await page.getByRole("button", { name: "Send a new access code" }).click();
  await expect(page.getByRole("status")).toContainText("If the reference and email address match a complaint");
  await checkA11y(page);
});
