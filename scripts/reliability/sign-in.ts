import { createHmac } from "node:crypto";
import { Browser } from "./browser";

/** Every demo account's password (README, prisma/seed/demo-accounts.ts). */
export const DEMO_PASSWORD = "docket-demo-2026";
/** The public authenticator key of the demo staff, committee and admin accounts (README). */
export const DEMO_TOTP_KEY = "DOCKETDEMOTOTPKEYDOCKETDEMOTOTP2";

function base32(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of text.replace(/=+$/, "").toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  return Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
}

/** RFC 6238 with an authenticator app's defaults (SHA-1, 6 digits, 30 s), as a person would type it. */
export function totpCode(key: string, now = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30_000)));
  const mac = createHmac("sha1", base32(key)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

/**
 * Signs `browser` in through the sign-in page's own form, as a person without JavaScript would,
 * typing the authenticator code when the app asks for one (production requires it of staff).
 */
export async function signIn(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<void> {
  const page = await browser.get("/login");
  let landed = await browser.submit(Browser.form(page, /name="password"/), { email, password });
  if (new URL(landed.url).pathname === "/login/two-factor") {
    landed = await browser.submit(Browser.form(landed, /name="code"/), { code: totpCode(DEMO_TOTP_KEY) });
  }
  if (new URL(landed.url).pathname.startsWith("/login") || !browser.hasCookie(/session-token/)) {
    throw new Error(`Signing in as ${email} failed (${landed.status} ${landed.url})`);
  }
}
