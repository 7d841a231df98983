import { DEMO_ACCOUNTS, expect, expectNoAxeViolations, signInAs, test, type DemoRole } from "./fixtures";

test.describe("sign-in and role homes", () => {
  for (const role of Object.keys(DEMO_ACCOUNTS) as DemoRole[]) {
    test(`${role} signs in and lands on their home`, async ({ page }) => {
      await signInAs(page, role, { viaForm: true });
      await expect(page).toHaveURL(new RegExp(`${DEMO_ACCOUNTS[role].home}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  for (const path of ["/committee", "/portal", "/admin"]) {
    test(`a signed-out visitor to ${path} is sent to sign in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login\?callbackUrl=/);
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    });
  }

  test("a CCM is refused the admin and committee areas", async ({ page }) => {
    await signInAs(page, "ccm");
    const committee = await page.goto("/committee");
    expect(committee?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    // The admin area answers as if it did not exist.
    const admin = await page.goto("/admin");
    expect(admin?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("a wrong password gets a generic message and keeps the email", async ({ page }) => {
    await page.goto("/login");
    await expectNoAxeViolations(page);
    await page.getByLabel("Email address").fill("staff@docket.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The email address or password is not right.");
    await expect(page.getByLabel("Email address")).toHaveValue("staff@docket.test");
    await expectNoAxeViolations(page);
  });

  test("the public home page is accessible", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("signing out ends the session", async ({ page }) => {
    await signInAs(page, "admin", { viaForm: true });
    await page.getByRole("button", { name: /Sign out/ }).click();
    await page.waitForURL("**/");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
  });
});
