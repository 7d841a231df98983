import { expect, test } from "./fixtures";
import { checkA11y, fileComplaint, markJavaScriptDisabled, signIn } from "./intake-support";

test.use({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": "10.30.0.3" } });

test("without JavaScript, a complainant asks to withdraw and the page says the Chair will decide", async ({ page }) => {
  test.setTimeout(180_000);
  markJavaScriptDisabled(page);
  const filed = await fileComplaint(page, { email: "withdraw@example.org", files: [], a11y: false });
  await signIn(page, filed);
  await page.getByRole("link", { name: "ask to withdraw your complaint" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Ask to withdraw your complaint/ })).toBeVisible();
  await page.getByRole("button", { name: "Ask to withdraw" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Confirm that you want to ask to withdraw");
  await checkA11y(page);
  await page.getByLabel("Why do you want to withdraw? (optional)").fill("It was resolved with the employer.");
  await page.getByLabel("I want to ask for my complaint to be withdrawn").check();
  await page.getByRole("button", { name: "Ask to withdraw" }).click();
  await expect(page.getByRole("status")).toContainText("Your request to withdraw has been sent");
  await expect(page.getByText(/You asked to withdraw the complaint on/)).toBeVisible();
  await checkA11y(page);
});
