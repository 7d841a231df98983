import type { Page } from "@playwright/test";
import { TOTP } from "otpauth";
import { formatDateTime } from "@/lib/domain/committee/format";
import { defaultProcedureRules, dueDateFor } from "@/lib/workflow/rules";
import { asRole, openCase } from "./committee-support";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";
import { fileComplaint } from "./intake-support";

/**
 * Puts one procedure clock back to its default: the settings are global, and later tests (the home
 * page's stage durations) read the clocks in force.
 */
async function restoreClock(page: Page, group: string, clock: keyof typeof defaultProcedureRules.clocks): Promise<void> {
  const { length, unit } = defaultProcedureRules.clocks[clock];
  await page.goto("/admin/settings");
  const fields = page.getByRole("group", { name: group });
  await fields.getByLabel("Days", { exact: true }).fill(String(length));
  await fields.getByLabel("Kind of days").selectOption(unit);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
}

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.toUpperCase();

test.describe("administration", () => {
  test("registry round trip: add, edit, correct the status with a reason, search, import with a dry run, export", async ({ page }) => {
    await signInAs(page, "admin");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Registry" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Certification registry" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Add a certificant" }).click();
    await expectNoAxeViolations(page);
    const number = `E2E-${stamp()}`;
    await page.getByLabel("First name").fill("Robin");
    await page.getByLabel("CCM number").fill("?");
    await page.getByRole("button", { name: "Add to the registry" }).click();
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("Enter the last name");
    await expect(summary.getByRole("link", { name: /CCM number has 3 to 32/ })).toHaveAttribute("href", "#field-number");
    await expect(page.getByLabel("First name")).toHaveValue("Robin");
    await expectNoAxeViolations(page);

    await page.getByLabel("Last name").fill("Testington");
    await page.getByLabel("CCM number").fill(number);
    await page.getByLabel("Issued on").fill("2024-01-31");
    await page.getByLabel("Valid through").fill("2029-01-31");
    await page.getByRole("button", { name: "Add to the registry" }).click();
    await expect(page.getByRole("status")).toContainText("Robin Testington was added to the registry.");
    await expect(page.getByRole("heading", { level: 1, name: "Robin Testington" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel("Valid through").fill("2030-01-31");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The record was saved." })).toBeVisible();
    await expect(page.getByText("31 January 2030").first()).toBeVisible();

    await page.getByLabel("Lifecycle status").selectOption("EXPIRED");
    await page.getByRole("button", { name: "Correct the status" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Give the reason for the correction");
    await expectNoAxeViolations(page);
    await page.getByLabel("Reason for the correction").fill("Renewal lapsed; confirmed with the certificant");
    await page.getByRole("button", { name: "Correct the status" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The status is now “Expired”." })).toBeVisible();
    const history = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Reason" }) }).first();
    await expect(history).toContainText("Correction: Renewal lapsed");
    await expectNoAxeViolations(page);

    await page.goto(`/admin/registry?q=${number}`);
    await expect(page.getByRole("row", { name: new RegExp(number) })).toContainText("Expired");
    await expectNoAxeViolations(page);

    await page.goto("/admin/registry/import");
    await expectNoAxeViolations(page);
    const header = "number,first_name,last_name,issued_at,valid_through,status";
    const imported = [`IMP-${stamp()}`, `IMP-${stamp()}`];
    const bad = `${header}\n${imported[0]},Ira,Importer,2024-02-01,2029-02-01,ACTIVE\n${imported[1]},Iva,Importer,2024-02-30,2029-02-01,ACTIVE\n`;
    await page.getByLabel("Registry file (CSV)").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The file has 1 problem");
    await expect(page.getByRole("row", { name: /^3 / })).toContainText("real date");
    await expectNoAxeViolations(page);

    const good = bad.replace("2024-02-30", "2024-02-28");
    await page.getByLabel("Registry file (CSV)").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await expect(page.getByRole("heading", { name: "Dry run: nothing has been imported yet" })).toBeVisible();
    await expect(page.getByText("New certifications")).toBeVisible();
    await page.getByRole("button", { name: "Import 2 changes" }).click();
    await expect(page.getByRole("heading", { name: "Import complete" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("2 new, 0 updated");
    await page.getByRole("button", { name: "Check the file (dry run)" }).click();
    await expect(page.getByText("Every row already matches the registry")).toBeVisible();
    await expectNoAxeViolations(page);

    const exported = await page.request.get("/admin/registry/export");
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-type"]).toContain("text/csv");
    const csv = await exported.text();
    expect(csv.startsWith("number,first_name,last_name,issued_at,valid_through,status")).toBe(true);
    for (const expected of [number, ...imported]) expect(csv).toContain(expected);
  });

  test("invite a committee member, who sets a password from the link, sets up two-factor and signs in; deactivation ends their session", async ({ page, browser }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/people");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Invite someone" }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Choose at least one role");
    await expectNoAxeViolations(page);

    const email = `member-${stamp().toLowerCase()}@example.org`;
    await page.getByLabel("Full name").fill("Noor Newmember");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("checkbox", { name: "Committee member", exact: true }).check();
    await page.getByRole("button", { name: "Send the invitation" }).click();
    const banner = page.getByRole("status").filter({ hasText: "Noor Newmember is invited." });
    await expect(banner).toBeVisible();
    const link = await banner.getByRole("link").getAttribute("href");
    expect(link).toMatch(/^\/activate\/[\w-]{40,}$/);
    await expectNoAxeViolations(page);

    const member = await browser.newContext();
    const memberPage = await member.newPage();
    await memberPage.goto(link!);
    await expect(memberPage.getByRole("heading", { name: "Set your password" })).toBeVisible();
    await expectNoAxeViolations(memberPage);
    await memberPage.getByLabel("New password", { exact: true }).fill("a long enough passphrase");
    await memberPage.getByLabel("Type the password again").fill("a different passphrase");
    await memberPage.getByRole("button", { name: "Set my password" }).click();
    await expect(memberPage.getByRole("alert", { name: "There is a problem" })).toContainText("The two passwords do not match");
    await memberPage.getByLabel("New password", { exact: true }).fill("a long enough passphrase");
    await memberPage.getByLabel("Type the password again").fill("a long enough passphrase");
    await memberPage.getByRole("button", { name: "Set my password" }).click();
    await expect(memberPage.getByRole("status")).toContainText("Your password is set.");
    await memberPage.getByRole("link", { name: "Sign in" }).last().click();
    await memberPage.getByLabel("Email address").fill(email);
    await memberPage.getByLabel("Password").fill("a long enough passphrase");
    await memberPage.getByRole("button", { name: "Sign in" }).click();

    // Committee accounts need two-factor in production: the first sign-in sets it up.
    await expect(memberPage.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
    await expect(memberPage.getByRole("img", { name: /QR code/ })).toBeVisible();
    await expectNoAxeViolations(memberPage);
    const key = (await memberPage.getByTestId("totp-key").innerText()).replace(/\s/g, "");
    const totp = new TOTP({ secret: key, algorithm: "SHA1", digits: 6, period: 30 });
    const code = memberPage.getByLabel(/Code from your authenticator app/);
    await code.fill(String((Number(totp.generate()) + 1) % 1_000_000).padStart(6, "0"));
    await memberPage.getByRole("button", { name: "Turn on two-factor and sign in" }).click();
    await expect(memberPage.getByRole("alert", { name: "There is a problem" })).toContainText("That code is not right");
    await expectNoAxeViolations(memberPage);
    await code.fill(totp.generate());
    await memberPage.getByRole("button", { name: "Turn on two-factor and sign in" }).click();
    await memberPage.waitForURL("**/committee");

    await memberPage.goto(link!);
    await expect(memberPage.getByRole("heading", { name: "This link has expired or has already been used" })).toBeVisible();

    await page.goto(`/admin/people?q=${encodeURIComponent(email)}`);
    await expect(page.getByRole("link", { name: "Noor Newmember" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Noor Newmember" }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Deactivate the account" }).click();
    await expect(page.getByRole("status").filter({ hasText: "deactivated" })).toBeVisible();
    await memberPage.goto("/committee");
    await expect(memberPage).toHaveURL(/\/login/);
    await member.close();
  });

  test("change a deadline setting: field errors, then saved, audited and shown; the audit chain verifies", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/settings");
    await expectNoAxeViolations(page);
    const response = page.getByRole("group", { name: "CCM's written response (T_resp)" });
    await response.getByLabel("Days", { exact: true }).fill("0");
    await page.getByRole("button", { name: "Save settings" }).click();
    const alert = page.getByRole("alert", { name: "There is a problem" });
    await expect(alert).toContainText("CCM's written response (T_resp) must be at least 1");
    await expect(alert.getByRole("link").first()).toHaveAttribute("href", "#field-clocks-response-length");
    await expectNoAxeViolations(page);

    await response.getByLabel("Days", { exact: true }).fill("21");
    await response.getByLabel("Kind of days").selectOption("business");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toContainText("Saved 2 changes");
    await page.reload();
    await expect(response.getByLabel("Days", { exact: true })).toHaveValue("21");
    await expect(response.getByLabel("Kind of days")).toHaveValue("business");

    await page.goto("/admin/audit?type=SETTINGS_CHANGED");
    await expect(page.getByRole("table")).toContainText("clocks.response.length");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Verify the chain" }).click();
    await expect(page.getByText(/The chain is intact/)).toBeVisible();
    const csv = await page.request.get("/admin/audit/export?type=SETTINGS_CHANGED");
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("SETTINGS_CHANGED");

    await page.goto("/admin/audit?from=2026-02-30");
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("real date");
    await expectNoAxeViolations(page);
    await restoreClock(page, "CCM's written response (T_resp)", "response");
  });

  test("a changed clock is used by a complaint filed afterwards", async ({ page, browser }) => {
    test.setTimeout(180_000);
    await signInAs(page, "admin");
    await page.goto("/admin/settings");
    const acknowledge = page.getByRole("group", { name: "Start intake of a new complaint (T_ack)" });
    await acknowledge.getByLabel("Days", { exact: true }).fill("60");
    await acknowledge.getByLabel("Kind of days").selectOption("calendar");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");

    const complainant = await browser.newContext();
    const filed = await fileComplaint(await complainant.newPage(), { email: `pat-${stamp().toLowerCase()}@example.org`, files: [], a11y: false });
    await complainant.close();
    // The default is 10 business days; the new case's acknowledgement clock must run 60 calendar days.
    const expected = formatDateTime(dueDateFor(new Date(), { length: 60, unit: "calendar" }, defaultProcedureRules));
    await asRole(browser, "staff", async (staffPage) => {
      await openCase(staffPage, filed.reference);
      await expect(staffPage.getByRole("table").filter({ has: staffPage.getByRole("columnheader", { name: "Waiting on" }) })).toContainText(expected);
    });
    await restoreClock(page, "Start intake of a new complaint (T_ack)", "acknowledge");
  });

  test("retention page: dry run, and a legal hold on an unknown case is refused", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/retention");
    await expect(page.getByRole("heading", { name: "Dry run" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Case reference").fill("EPC-1999-9999");
    await page.getByLabel("Reason").fill("Subpoena received");
    await page.getByRole("button", { name: "Save the legal hold" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("No case has the reference EPC-1999-9999");
    await expect(page.getByLabel("Reason")).toHaveValue("Subpoena received");
    await expectNoAxeViolations(page);
  });

  test("non-administrators are refused every admin page and export", async ({ page }) => {
    await signInAs(page, "staff");
    // Fetched with the signed-in session rather than navigated, so the 404s are not browser console
    // errors. The admin area does not confirm it exists: "Page not found", as for any unknown path.
    for (const path of ["/admin", "/admin/registry", "/admin/people", "/admin/settings", "/admin/audit", "/admin/retention", "/admin/people/invite", "/admin/outbox"]) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
    for (const path of ["/admin/registry/export", "/admin/audit/export"]) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
  });
});
