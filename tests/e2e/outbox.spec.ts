import { expect, signInAs, test } from "./fixtures";
import { checkA11y, fileComplaint } from "./intake-support";

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test.describe("outbox on a fresh install (no SMTP_URL)", () => {
  test("shows the acknowledgement of a complaint just filed, as it would have been sent", async ({ page }) => {
    // Filing goes through every intake step with axe on each: longer than the default minute.
    test.setTimeout(180_000);
    const email = `outbox-${stamp()}@example.org`;
    const filed = await fileComplaint(page, { email, files: [], a11y: false });

    await signInAs(page, "admin");
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Outbox" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Email is off: nothing is being sent");
    await checkA11y(page);

    await page.getByLabel("Case reference").fill(filed.reference);
    await page.getByRole("button", { name: "Show notices" }).click();
    const subject = `We have received your complaint (${filed.reference})`;
    const row = page.getByRole("row").filter({ hasText: subject });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(email);
    await expect(row).toContainText("Recorded, not sent (email is off)");
    await expect(row).toContainText("letter attached");
    // The committee was told too, each at their own address.
    await expect(page.getByRole("row").filter({ hasText: `New complaint received (${filed.reference})` }).first()).toBeVisible();
    await checkA11y(page);

    await row.getByRole("link", { name: subject }).click();
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "The email as it would be sent" })).toBeVisible();
    const body = page.locator("pre").first();
    await expect(body).toContainText(`Case ${filed.reference}`);
    await expect(body).toContainText("/complaints/status");
    // The body never carries what the complaint says.
    await expect(body).not.toContainText("stopped all contact");
    await expect(page.getByText(/acknowledgement-complainant.*\.pdf/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Send this notice again" })).toHaveCount(0);
    await checkA11y(page);
  });

  test("a notice link with an unknown token records nothing and goes home", async ({ request }) => {
    const response = await request.get(`/n/${"A".repeat(43)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()).toMatchObject({ location: "/", "cache-control": "no-store", "referrer-policy": "no-referrer" });
  });
});
