import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { DEMO_CCM, PDF } from "./intake-support";

/** Moves focus with Tab only until `target` has it (as a keyboard user would). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

async function press(page: Page, target: Locator, key: "Enter" | "Space"): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

const heading = (page: Page, name: string | RegExp) => expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

test.use({ extraHTTPHeaders: { "x-forwarded-for": "10.20.0.3" } });

test("the whole intake with the keyboard only (Tab, Enter, Space)", async ({ page }) => {
  test.setTimeout(180_000);
  const continueButton = page.getByRole("button", { name: "Continue", exact: true });
  await page.goto("/complaints/new");
  await press(page, page.getByRole("button", { name: "Start now" }), "Enter");

  await heading(page, "About you");
  await typeInto(page, page.getByLabel("Full name"), "Kim Keyboard");
  await typeInto(page, page.getByLabel("Email address"), "kim.keyboard@example.org");
  await press(page, page.getByLabel("I am (or was) their client"), "Space");
  await press(page, page.getByRole("group", { name: "How would you like us to contact you?" }).getByLabel("Email"), "Space");
  await press(page, page.getByLabel("Yes, you can tell them who I am"), "Space");
  await press(page, continueButton, "Enter");

  await heading(page, "Who is the case manager?");
  await typeInto(page, page.getByLabel("Name or CCM number"), DEMO_CCM.number);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("1 person matches");
  await expect(page.getByLabel(new RegExp(DEMO_CCM.name))).toBeChecked();
  await press(page, continueButton, "Enter");

  await heading(page, "What happened?");
  const from = page.getByRole("group", { name: "When did it happen, or start to happen?" });
  await typeInto(page, from.getByLabel("Day"), "2");
  await typeInto(page, from.getByLabel("Month"), "3");
  await typeInto(page, from.getByLabel("Year"), "2026");
  const learned = page.getByRole("group", { name: "When did you find out about it?" });
  await typeInto(page, learned.getByLabel("Day"), "4");
  await typeInto(page, learned.getByLabel("Month"), "3");
  await typeInto(page, learned.getByLabel("Year"), "2026");
  await typeInto(page, page.getByLabel("Describe what happened"), "The case manager shared my records with my employer without asking me.");
  await press(page, continueButton, "Enter");

  await heading(page, /Which parts of the Code/);
  await press(page, page.getByLabel("Did not protect the client's identity or health information."), "Space");
  await press(page, continueButton, "Enter");

  await heading(page, "Have you reported this anywhere else?");
  await press(page, continueButton, "Enter");

  await heading(page, "Upload documents or photos (optional)");
  await tabTo(page, page.getByLabel("Choose files"));
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles([{ name: "records-request.pdf", mimeType: "application/pdf", buffer: PDF }]);
  await press(page, page.getByRole("button", { name: "Upload files" }), "Enter");
  await expect(page.getByRole("heading", { name: "Files uploaded (1 of 10)" })).toBeVisible();
  await press(page, continueButton, "Enter");

  await heading(page, /Did anyone else see/);
  await press(page, continueButton, "Enter");

  await heading(page, "Consents and declaration");
  await press(page, page.getByLabel(/I agree that CCMC may share my complaint/), "Space");
  await press(page, page.getByLabel(/keep confidential/), "Space");
  await press(page, page.getByLabel(/true and complete/), "Space");
  await typeInto(page, page.getByLabel("Type your full name to sign"), "Kim Keyboard");
  await press(page, continueButton, "Enter");

  await heading(page, "Check your answers before sending your complaint");
  await expect(page.getByText("records-request.pdf", { exact: false })).toBeVisible();
  await press(page, page.getByRole("button", { name: "Submit complaint" }), "Enter");

  await heading(page, "Complaint sent");
  await expect(page.getByTestId("reference")).toHaveText(/^EPC-\d{4}-\d{4}$/);
  await expectNoAxeViolations(page);
});
