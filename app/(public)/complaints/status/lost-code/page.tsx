import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { param, type SearchParams } from "@/lib/server/intake/pages";
import { LostCodeForm } from "./form";

export const metadata: Metadata = { title: "Get a new access code" };

export default async function LostCodePage({ searchParams }: { searchParams: SearchParams }) {
  const sent = param(await searchParams, "sent");
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href="/complaints/status" />
      <h1>Get a new access code</h1>
      {sent ? (
        <NoticeBanner title="Check your email">
          <p>
            If the reference and email address match a complaint, we have sent a new access code to that email address. It can take a few minutes to
            arrive. Your old access code no longer works.
          </p>
        </NoticeBanner>
      ) : (
        <>
          <p>
            Enter your case reference and the email address you gave when you made the complaint. We will send a new access code to that address; the
            old one will stop working.
          </p>
          <LostCodeForm />
        </>
      )}
      <p>If you no longer use that email address, contact the ethics coordinator.</p>
    </div>
  );
}
