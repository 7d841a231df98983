import type { Metadata } from "next";
import { findActivation } from "@/lib/server/admin/activation";
import { db } from "@/lib/server/db";
import { SetPasswordForm } from "./set-password-form";

// The token is in the URL: never send it on as a referrer.
export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer", robots: { index: false } };

export default async function ActivatePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const activation = token.length >= 20 && token.length <= 200 ? await findActivation(db, token) : null;
  if (!activation) {
    return (
      <div className="max-w-xl space-y-4">
        <h1>This link has expired or has already been used</h1>
        <p>Invitation links work once and for 7 days. Ask the administrator who invited you for a new one.</p>
        <p>
          If you have already set your password, <a href="/login">sign in</a>.
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-xl space-y-6">
      <h1>Set your password</h1>
      <p>
        Welcome, {activation.name}. Choose a password for {activation.email}. You will use it with your email address to sign in to Docket.
      </p>
      <SetPasswordForm token={token} email={activation.email} />
    </div>
  );
}
