import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { TOTP } from "otpauth";
import { DEMO_TOTP_KEY } from "@/lib/server/two-factor/demo-key";

export const DEMO_PASSWORD = "docket-demo-2026";

export const DEMO_ACCOUNTS = {
  admin: { email: "admin@docket.test", home: "/admin" },
  staff: { email: "staff@docket.test", home: "/committee" },
  chair: { email: "chair@docket.test", home: "/committee" },
  member: { email: "member1@docket.test", home: "/committee" },
  appeals: { email: "appeals1@docket.test", home: "/committee" },
  ccm: { email: "ccm@docket.test", home: "/portal" },
  ccm2: { email: "ccm2@docket.test", home: "/portal" },
  ccm3: { email: "ccm3@docket.test", home: "/portal" },
} as const;
export type DemoRole = keyof typeof DEMO_ACCOUNTS;

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;

/** Each role's session cookies from its first sign-in in this worker (the tests run in one). */
const sessions = new Map<DemoRole, Cookies>();

/**
 * Signs in through the real form, as a person would, the first time a role signs in; later
 * sign-ins of that role reuse its session cookie (the session is a signed JWT, and no demo
 * account's session is ended by the tests) and open the role's home. `viaForm` always uses the
 * form: the sign-in specs test the form itself.
 */
export async function signInAs(page: Page, role: DemoRole, options: { viaForm?: boolean } = {}): Promise<void> {
  const account = DEMO_ACCOUNTS[role];
  const saved = options.viaForm ? undefined : sessions.get(role);
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto(account.home);
    await page.waitForURL(`**${account.home}`);
    return;
  }
  await page.goto("/login");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === account.home || url.pathname === "/login/two-factor");
  if (new URL(page.url()).pathname === "/login/two-factor") await enterDemoCode(page, account.email);
  await page.waitForURL(`**${account.home}`);
  sessions.set(role, await page.context().cookies());
}

const demoTotp = new TOTP({ secret: DEMO_TOTP_KEY, algorithm: "SHA1", digits: 6, period: 30 });
const PERIOD_MS = 30_000;

/** The 30-second step whose code each demo account last used in this worker. */
const usedSteps = new Map<string, number>();

/**
 * The code step of a demo staff, committee or admin account (the built app runs in production,
 * where two-factor is required). A code works once per account, and the server accepts one step
 * of clock drift either way: a second sign-in of the same account within the same 30 seconds
 * sends the next step's code (as a phone whose clock runs a little ahead would), and only a third
 * waits for the clock. (Waiting on the page's "already used" message instead was flaky: the
 * message from the first try is still on the page when the second code is sent, so a retry could
 * read it as a second refusal.)
 */
export async function enterDemoCode(page: Page, email: string): Promise<void> {
  const current = () => Math.floor(Date.now() / PERIOD_MS);
  const last = usedSteps.get(email) ?? -1;
  if (last > current()) await page.waitForTimeout(last * PERIOD_MS - Date.now() + 500);
  const step = Math.max(current(), last + 1);
  usedSteps.set(email, step);
  await page.getByLabel(/Code from your authenticator app/).fill(demoTotp.generate({ timestamp: step * PERIOD_MS + 1 }));
  await page.getByRole("button", { name: /Continue|Turn on two-factor/ }).click();
  await page.waitForURL((url) => url.pathname !== "/login/two-factor");
}

/**
 * axe-core with the WCAG 2.0–2.2 A/AA rules: any violation fails the test. Legacy mode runs
 * `axe.run` in the page itself; the default mode finishes each run in a new blank page, which
 * took 1.2–1.8 s a check here against 0.2–0.3 s (the app has no cross-origin frames, the one
 * case legacy mode does not cover).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

const EXPECTED_REFUSAL = /^Failed to load resource: the server responded with a status of 40[34]\b/;

/** Every test fails on a console error or an uncaught page error. */
export const test = base.extend<{ consoleGuard: void }>({
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        // Chromium logs its own line for every 403/404 response; tests that open refused or
        // missing pages on purpose assert the status themselves. A 5xx or an app error still fails.
        if (message.type() !== "error" || EXPECTED_REFUSAL.test(message.text())) return;
        problems.push(`console.error: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, "browser console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
