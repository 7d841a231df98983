import type { Metadata } from "next";
import Link from "next/link";
import { InsetText } from "@/components/ui/panel";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { firstUnanswered } from "@/lib/domain/intake/draft";
import { CHECK_ANSWERS_PATH, stepPath } from "@/lib/domain/intake/steps";
import { MAX_FILE_BYTES, MAX_FILES, describeSize } from "@/lib/domain/intake/uploads";
import { db } from "@/lib/server/db";
import { currentDraft } from "@/lib/server/intake/draft-cookie";
import { param, type SearchParams } from "@/lib/server/intake/pages";
import { discardDraftAction } from "./actions";
import { StartForm } from "./start-form";

export const metadata: Metadata = { title: "Make a complaint about a case manager" };

export default async function StartPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const draft = await currentDraft(db);
  const inProgress = draft && !draft.data.submitted ? draft : null;
  const unanswered = inProgress ? firstUnanswered(inProgress.data) : undefined;
  const continueHref = unanswered ? stepPath(unanswered) : CHECK_ANSWERS_PATH;

  return (
    <div className="max-w-3xl space-y-6">
      {param(params, "expired") ? (
        <NoticeBanner title="We could not find your saved answers" tone="info">
          <p>Saved complaints are kept for 30 days. If you have a resume code, <Link href="/complaints/new/resume">enter it here</Link>; otherwise start again.</p>
        </NoticeBanner>
      ) : null}
      {param(params, "discarded") ? <NoticeBanner title="Your answers have been deleted" /> : null}
      <h1>Make a complaint about a Board-Certified Case Manager</h1>
      <p className="text-lg">
        Use this service to tell the Commission for Case Manager Certification (CCMC) that a certified case manager (CCM) may have broken the Code of
        Professional Conduct. It takes about 20 to 30 minutes.
      </p>
      {inProgress ? (
        <NoticeBanner title="You have a complaint in progress" tone="info">
          <p>
            <Link href={continueHref}>Continue your complaint</Link>
          </p>
          <form action={discardDraftAction}>
            <button type="submit" className="min-h-11 text-brand underline underline-offset-2">
              Delete my answers and start again
            </button>
          </form>
        </NoticeBanner>
      ) : null}
      <h2>Before you start</h2>
      <p>
        <Link href="/complaints/check">Check the person is, or was, a certified case manager</Link>. We can only act on conduct while someone held CCM
        certification. For other professionals, contact the state licensing board, their employer, or the police if a crime was committed.
      </p>
      <p>You will be asked for:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>your name and contact details (we do not accept anonymous complaints)</li>
        <li>who the case manager is, and where they work if you know</li>
        <li>what happened, when, and when you found out</li>
        <li>any other complaints or legal action about the same events</li>
        <li>
          any documents or photos (up to {MAX_FILES} files, each up to {describeSize(MAX_FILE_BYTES)}) and the names of any witnesses
        </li>
      </ul>
      <InsetText>
        You can save your answers and come back later: your complaint is kept for 30 days. If you need help or a different way to complain, tell us
        about any support you need on the first page.
      </InsetText>
      <StartForm />
      <h2>Already started?</h2>
      <p>
        <Link href="/complaints/new/resume">Continue a saved complaint with your resume code</Link>
      </p>
      <h2>Already made a complaint?</h2>
      <p>
        <Link href="/complaints/status">Check its progress with your reference and access code</Link>
      </p>
    </div>
  );
}
