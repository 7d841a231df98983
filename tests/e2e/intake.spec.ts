import { expect, test } from "./fixtures";
import { checkA11y, checkDownloads, exchangeMessages, fileComplaint, markJavaScriptDisabled, signIn, THREE_FILES } from "./intake-support";

/**
 * The whole intake with three uploads, then the status page with messages: once with JavaScript
 * and once without (every step a plain form post), axe on every page.
 */
for (const javaScriptEnabled of [true, false]) {
  test.describe(`intake and status ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": javaScriptEnabled ? "10.20.0.1" : "10.20.0.2" } });
    test.beforeEach(({ page }) => {
      if (!javaScriptEnabled) markJavaScriptDisabled(page);
    });

    test("file a complaint with three uploads, then follow it with messages", async ({ page }) => {
      test.setTimeout(180_000);
      const filed = await fileComplaint(page, { email: `pat.${javaScriptEnabled ? "js" : "nojs"}@example.org` });
      await signIn(page, filed);
      await expect(page.getByRole("term").filter({ hasText: "Stage" })).toBeVisible();
      await expect(page.getByRole("definition").filter({ hasText: /^Received$/ })).toBeVisible();
      await expect(page.getByRole("term").filter({ hasText: "We will check it by" })).toBeVisible();
      await exchangeMessages(page, ["I have more photos if they help.", "My mother's new case manager can confirm the dates."]);
      await checkDownloads(page, THREE_FILES.map((file) => file.name));
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Check a complaint you made" })).toBeVisible();
    });

    test("a wrong upload gets its own message and nothing is kept", async ({ page }) => {
      await page.goto("/complaints/new");
      await page.getByRole("button", { name: "Start now" }).click();
      await expect(page).toHaveURL(/\/complaints\/new\/about-you$/);
      await page.goto("/complaints/new/evidence");
      await page.getByLabel("Choose files").setInputFiles([
        { name: "virus.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00 not a pdf", "latin1") },
        { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
      ]);
      await page.getByRole("button", { name: "Upload files" }).click();
      const summary = page.getByRole("alert", { name: "There is a problem" });
      await expect(summary).toContainText("virus.pdf is not a file type we accept");
      await expect(summary).toContainText("empty.txt is empty");
      await expect(page.getByRole("heading", { name: /Files uploaded/ })).toHaveCount(0);
      await checkA11y(page);
    });
  });
}
