import type { Metadata } from "next";
import Link from "next/link";
import { WarningText } from "@/components/ui/panel";
import { longDate } from "@/lib/domain/intake/dates";
import { appUrl } from "@/lib/server/notifications/templates";
import { readDraftCode } from "@/lib/server/intake/draft-cookie";
import { requireDraft } from "@/lib/server/intake/pages";

export const metadata: Metadata = { title: "Your answers have been saved" };

export default async function SavedPage() {
  const draft = await requireDraft();
  const code = (await readDraftCode()) ?? "";
  const link = `${appUrl()}/complaints/new/resume?code=${encodeURIComponent(code)}`;
  return (
    <div className="max-w-3xl space-y-6">
      <h1>Your answers have been saved</h1>
      <p>
        You can come back to your complaint until {longDate(draft.expiresAt)}. On this device and browser it will open where you left off. Anywhere else,
        use this resume code:
      </p>
      <p className="inline-block border-4 border-slate-900 px-4 py-3 font-mono text-2xl tracking-wider" data-testid="resume-code">
        {code}
      </p>
      <p>
        Or bookmark this link: <span className="break-all font-mono">{link}</span>
      </p>
      <WarningText>Anyone with the code can read your answers. Keep it private.</WarningText>
      <p>
        <Link href="/complaints/new">Continue with your complaint now</Link>
      </p>
    </div>
  );
}
