import { expect, test } from "./fixtures";
import { checkA11y, DEMO_CCM, markJavaScriptDisabled, PDF } from "./intake-support";

test.use({ extraHTTPHeaders: { "x-forwarded-for": "10.40.0.1" } });

test("'Is this for us?' finds a CCM in the register and refers someone never certified elsewhere", async ({ page }) => {
  await page.goto("/");
  // The home page: the stages with their typical durations, and where to go for what CCMC cannot do.
  const stages = page.getByRole("region", { name: "What happens after you complain" });
  await expect(stages.getByRole("listitem").filter({ hasText: "Acknowledgement" })).toContainText("within 10 business days");
  await expect(stages.getByRole("listitem").filter({ hasText: "Response from the case manager" })).toContainText("30 days to respond");
  const cannot = page.getByRole("region", { name: "What we cannot do" });
  for (const where of ["state licensing board", "employer", "police"]) await expect(cannot).toContainText(where);
  await checkA11y(page);
  await page.getByRole("link", { name: "Is this for us? Check first" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Is this for us?" })).toBeVisible();
  await checkA11y(page);
  await page.getByLabel("Case manager's name or CCM number").fill(DEMO_CCM.name);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByText(`${DEMO_CCM.name}, CCM ${DEMO_CCM.number}`)).toBeVisible();
  await expect(page.getByText("Certified now: we can consider a complaint about their conduct.").first()).toBeVisible();
  await checkA11y(page);
  await page.getByLabel("Case manager's name or CCM number").fill("Zzyzx Nobodyknows");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("heading", { name: /Nobody in the register matches/ })).toBeVisible();
  await expect(page.getByText(/contact the state licensing board/).first()).toBeVisible();
  await expect(page.getByText(/contact the police/).first()).toBeVisible();
  await checkA11y(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": "10.40.0.2" } });

  test("save and come back later on another device with the resume link or code; nothing typed is lost", async ({ page, browser }) => {
    // Two browsers and axe on copies of three pages without JavaScript: more than the default minute on a busy machine.
    test.setTimeout(120_000);
    markJavaScriptDisabled(page);
    await page.goto("/complaints/new");
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByLabel("Full name").fill("Robin Resume");
    await page.getByLabel("Email address").fill("robin@example.org");
    await page.getByLabel("I am (or was) their employer").check();
    await page.getByRole("group", { name: "How would you like us to contact you?" }).getByLabel("Post").check();
    await page.getByLabel("Yes, you can tell them who I am").check();
    // Post needs an address: the error keeps everything typed.
    await page.getByRole("button", { name: "Save and come back later" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter your postal address");
    await expect(page.getByLabel("Full name")).toHaveValue("Robin Resume");
    await expect(page.getByLabel("I am (or was) their employer")).toBeChecked();
    await checkA11y(page);
    await page.getByLabel("Postal address (optional)").fill("1 Main Street\nColumbus, OH 43004");
    await page.getByRole("button", { name: "Save and come back later" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your answers have been saved" })).toBeVisible();
    await checkA11y(page);
    const code = (await page.getByTestId("resume-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$/);

    const elsewhere = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": "10.40.0.3" } });
    const other = await elsewhere.newPage();
    markJavaScriptDisabled(other);
    // The bookmarked link brings the code with it (typing it is tested in tests/integration/intake/drafts.test.ts).
    const link = (await page.getByText(/\/complaints\/new\/resume\?code=/).textContent())?.trim() ?? "";
    expect(link).toContain(`?code=${code}`);
    await other.goto(new URL(link).pathname + new URL(link).search);
    await expect(other.getByLabel("Resume code")).toHaveValue(code);
    await other.getByRole("button", { name: "Continue" }).click();
    await expect(other.getByRole("heading", { level: 1, name: "Who is the case manager?" })).toBeVisible();
    await other.getByRole("link", { name: "Back" }).click();
    await expect(other.getByLabel("Full name")).toHaveValue("Robin Resume");
    await expect(other.getByLabel("Postal address (optional)")).toHaveValue("1 Main Street\nColumbus, OH 43004");
    await elsewhere.close();
  });

  test("an oversize file gets its own message, not an error page", async ({ page }) => {
    markJavaScriptDisabled(page);
    await page.goto("/complaints/new");
    await page.getByRole("button", { name: "Start now" }).click();
    await page.goto("/complaints/new/evidence");
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    await page.getByLabel("Choose files").setInputFiles([{ name: "scan.pdf", mimeType: "application/pdf", buffer: big }]);
    await page.getByRole("button", { name: "Upload files" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("scan.pdf is larger than 10 MB. Choose a smaller file, or split it into parts.");
    await checkA11y(page);
  });
});
