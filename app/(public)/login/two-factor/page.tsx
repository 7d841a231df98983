import type { Metadata } from "next";
import QRCode from "qrcode";
import { db } from "@/lib/server/db";
import { DEMO_TOTP_KEY } from "@/lib/server/two-factor/demo-key";
import { readPendingSignIn } from "@/lib/server/two-factor/pending";
import { currentTotpCode, decryptTotpKey, totpUri } from "@/lib/server/two-factor/totp";
import { CodeForm } from "./code-form";

export const metadata: Metadata = { title: "Two-factor sign-in" };

/** The key in groups of four, as authenticator apps ask for it to be typed. */
const grouped = (key: string) => key.match(/.{1,4}/g)?.join(" ") ?? key;

export default async function TwoFactorPage() {
  const pending = await readPendingSignIn();
  const person = pending
    ? await db.person.findUnique({ where: { id: pending.personId }, select: { email: true, active: true, totpSecret: true, totpEnabledAt: true } })
    : null;
  if (!pending || !person?.active) {
    return (
      <div className="max-w-xl space-y-6">
        <h1>Your sign-in has timed out</h1>
        <p>
          For your security, the code step lasts 10 minutes. <a href="/login">Sign in again</a> with your email address and password.
        </p>
      </div>
    );
  }
  const enrolling = !person.totpEnabledAt;
  const key = enrolling ? pending.enrollingKey : person.totpSecret ? decryptTotpKey(person.totpSecret) : null;
  // A demo install outside production fills in the code of the public demo key (README).
  const demoCode = process.env.NODE_ENV !== "production" && key === DEMO_TOTP_KEY ? currentTotpCode(key) : undefined;

  if (enrolling && key) {
    const qr = await QRCode.toString(totpUri(key, person.email), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    return (
      <div className="max-w-xl space-y-6">
        <h1>Set up two-factor sign-in</h1>
        <p>
          Your account can see confidential case records, so signing in needs a code from an authenticator app on your phone as well as
          your password. Any app that supports time-based codes works (for example Google Authenticator, Microsoft Authenticator or
          1Password).
        </p>
        <ol className="list-decimal space-y-4 pl-6">
          <li>
            Open the app and add an account by scanning this QR code:
            {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URI, not an optimisable image */}
            <img
              src={`data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}`}
              alt="QR code for adding your Docket account to an authenticator app"
              width={200}
              height={200}
              className="mt-2 border border-slate-300 bg-white"
            />
          </li>
          <li>
            If you cannot scan it, enter this key instead (time-based, 6 digits):{" "}
            <code className="block break-all text-lg font-semibold" data-testid="totp-key">
              {grouped(key)}
            </code>
          </li>
          <li>Enter the 6-digit code the app shows.</li>
        </ol>
        {demoCode ? <p className="border-l-4 border-slate-400 pl-3">Demo account: its key is public, so the current code is filled in.</p> : null}
        <CodeForm enrolling demoCode={demoCode} />
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-6">
      <h1>Enter your authentication code</h1>
      <p>Open the authenticator app on your phone and enter the code it shows for Docket.</p>
      {demoCode ? <p className="border-l-4 border-slate-400 pl-3">Demo account: its key is public, so the current code is filled in.</p> : null}
      <CodeForm enrolling={false} demoCode={demoCode} />
      <p>
        Lost your phone? Ask an administrator to reset two-factor sign-in for your account. <a href="/login">Start again</a>
      </p>
    </div>
  );
}
