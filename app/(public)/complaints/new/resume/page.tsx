import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { param, type SearchParams } from "@/lib/server/intake/pages";
import { ResumeForm } from "./form";

export const metadata: Metadata = { title: "Continue a saved complaint" };

export default async function ResumePage({ searchParams }: { searchParams: SearchParams }) {
  const code = param(await searchParams, "code") ?? "";
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href="/complaints/new" />
      <h1>Continue a saved complaint</h1>
      <p>Enter the resume code you were given when you saved your answers.</p>
      <ResumeForm code={code} />
    </div>
  );
}
