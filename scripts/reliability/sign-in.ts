import { DEMO_TOTP_KEY } from "@/lib/server/two-factor/demo-key";
import { currentTotpCode } from "@/lib/server/two-factor/totp";
import { DEMO_PASSWORD } from "../bench/sign-in";
import { Browser } from "./browser";

/**
 * Signs `browser` in through the sign-in page's own form, as a person without JavaScript would,
 * typing the authenticator code when the app asks for one (production requires it of staff).
 */
export async function signIn(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<void> {
  const page = await browser.get("/login");
  let landed = await browser.submit(Browser.form(page, /name="password"/), { email, password });
  if (new URL(landed.url).pathname === "/login/two-factor") {
    landed = await browser.submit(Browser.form(landed, /name="code"/), { code: currentTotpCode(DEMO_TOTP_KEY) });
  }
  if (new URL(landed.url).pathname.startsWith("/login") || !browser.hasCookie(/session-token/)) {
    throw new Error(`Signing in as ${email} failed (${landed.status} ${landed.url})`);
  }
}
