import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Panel, WarningText } from "@/components/ui/panel";
import { longDate } from "@/lib/domain/intake/dates";
import { db } from "@/lib/server/db";
import { loadConfirmation } from "@/lib/server/intake/confirmation";
import { currentDraft } from "@/lib/server/intake/draft-cookie";
import { finishIntakeAction } from "../actions";

export const metadata: Metadata = { title: "Complaint sent" };

export default async function ConfirmationPage() {
  const draft = await currentDraft(db);
  const confirmation = draft ? await loadConfirmation(db, draft) : null;
  if (!confirmation) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1>This page is no longer available</h1>
        <p>
          For your security the access code is shown only once, just after you send a complaint. To follow your complaint, use{" "}
          <Link href="/complaints/status">your reference and access code</Link>. If you have lost the access code, you can{" "}
          <Link href="/complaints/status/lost-code">ask for a new one</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-6">
      <Panel title="Complaint sent">
        Your reference is
        <br />
        <strong className="text-3xl" data-testid="reference">
          {confirmation.reference}
        </strong>
      </Panel>
      <h2>Your access code</h2>
      <p>You need this code with your reference to follow your complaint, answer questions and send us messages.</p>
      <p className="inline-block border-4 border-slate-900 px-4 py-3 font-mono text-3xl tracking-wider" data-testid="access-code">
        {confirmation.accessCode}
      </p>
      <WarningText>
        Write down or save your reference and access code now. For your security we will not show the access code again and we cannot tell you what it
        is. If you lose it, you can ask for a new one to be sent to your email address.
      </WarningText>
      {confirmation.email ? <p>We are also emailing your reference (but not the access code) to {confirmation.email}.</p> : null}

      <h2>What happens next</h2>
      <ol className="list-decimal space-y-3 pl-6">
        <li>
          We received your complaint on {longDate(confirmation.receivedAt)}.
          {confirmation.acknowledgeBy ? ` The ethics coordinator will check it by ${longDate(confirmation.acknowledgeBy)}.` : ""} If anything is missing
          we will ask you for it.
        </li>
        <li>The Committee Chair then reviews whether the complaint can go forward. This usually takes up to {confirmation.preliminaryReviewDays} days.</li>
        <li>
          If it goes forward, the case manager is sent the complaint and has {confirmation.responseDays} days to respond. The Committee then reviews
          it and may ask you for more information.
        </li>
        <li>You can check progress at any time on the status page. Many complaints take 6 months or more.</li>
      </ol>
      <form action={finishIntakeAction}>
        <Button type="submit">I have saved my reference and access code</Button>
      </form>
    </div>
  );
}
