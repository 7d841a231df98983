import type { Metadata } from "next";
import { ActivationForm } from "./activation-form";

export const metadata: Metadata = { title: "Activate your CCM account" };

export default function ActivateCcmPage() {
  return (
    <div className="max-w-xl space-y-6">
      <h1>Activate your CCM account</h1>
      <p>
        Board-Certified Case Managers use the CCM portal to see and answer complaints made about them, and to follow their certification record. Enter
        your certification number and the email address CCMC holds for you. We will email you a one-time link to set your password.
      </p>
      <ActivationForm />
      <p>
        Already activated? <a href="/login">Sign in</a>.
      </p>
    </div>
  );
}
