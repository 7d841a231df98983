import type { Metadata } from "next";
import Link from "next/link";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { currentComplainant } from "@/lib/server/complainant-session";
import { db } from "@/lib/server/db";
import { param, type SearchParams } from "@/lib/server/intake/pages";
import { loadStatusView } from "@/lib/server/intake/status/view";
import { SignInForm } from "./sign-in-form";
import { StatusDetails } from "./status-details";

export const metadata: Metadata = { title: "Your complaint" };

const SENT: Record<string, string> = {
  message: "Your message has been sent",
  answer: "Your answer has been sent. Thank you.",
  withdrawal: "Your request to withdraw has been sent. The Committee Chair will decide and we will write to you.",
};

export default async function StatusPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const complainant = await currentComplainant(db);
  const view = complainant ? await loadStatusView(db, complainant.complaintId) : null;
  if (!view) {
    return (
      <div className="max-w-3xl space-y-6">
        {param(params, "signedout") ? (
          <NoticeBanner title="You are signed out" tone="info">
            <p>For your security you are signed out after 60 minutes without activity, or when you choose to sign out.</p>
          </NoticeBanner>
        ) : null}
        <h1>Check a complaint you made</h1>
        <p>Use the reference and access code you were given when you sent the complaint.</p>
        <SignInForm />
        <p>
          <Link href="/complaints/status/lost-code">I have lost my access code</Link>
        </p>
        <p>
          Not made a complaint yet? <Link href="/complaints/new">Make a complaint</Link>.
        </p>
      </div>
    );
  }
  const sent = SENT[param(params, "sent") ?? ""];
  return (
    <div className="max-w-3xl space-y-8">
      {sent ? <NoticeBanner title={sent} /> : null}
      <StatusDetails view={view} />
    </div>
  );
}
