import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SummaryList } from "@/components/ui/summary-list";
import { requireAdminPage } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { deliveryConfig, emailEnabled } from "@/lib/server/notifications/config";
import { deliveryState, DELIVERY_STATE_LABELS } from "@/lib/server/notifications/delivery-state";
import { letterSummary, outboxNotice } from "@/lib/server/notifications/outbox-list";
import { utc } from "../format";
import { RetryForm } from "./retry-form";

export const metadata: Metadata = { title: "Notice" };

export default async function OutboxNoticePage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const { id } = await params;
  const notice = await outboxNotice(db, id);
  if (!notice) notFound();
  const emailOn = emailEnabled();
  const state = deliveryState(notice, emailOn);
  const letter = await letterSummary(db, notice.letterDocumentId);
  const retryable = state === "failed" || state === "bounced";
  const asSent = state === "sent" ? "The email as sent" : "The email as it would be sent";

  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/outbox">Back to the outbox</Link>
      </p>
      <h1>{notice.subject}</h1>
      <section aria-labelledby="delivery-heading" className="space-y-4">
        <h2 id="delivery-heading">Delivery</h2>
        <SummaryList
          rows={[
            { key: "State", value: DELIVERY_STATE_LABELS[state] },
            { key: "Case", value: notice.complaint?.reference ?? "—" },
            { key: "Recipient", value: notice.recipientKind.toLowerCase().replaceAll("_", " ") },
            { key: "To", value: notice.toAddress ?? "No email address on file" },
            { key: "Queued", value: utc(notice.createdAt) },
            { key: "Attempts", value: String(notice.attempts) },
            ...(state === "retrying" || state === "queued" ? [{ key: "Next attempt", value: utc(notice.nextAttemptAt) }] : []),
            { key: "Sent", value: utc(notice.sentAt) },
            { key: "Link first opened", value: notice.firstOpenedAt ? utc(notice.firstOpenedAt) : "Not yet" },
            ...(notice.lastError ? [{ key: state === "sent" ? "Note" : "Last error", value: notice.lastError }] : []),
            { key: "Message-ID", value: <code className="break-all">{notice.messageId}</code> },
          ]}
        />
        {retryable ? <RetryForm noticeId={notice.id} /> : null}
      </section>
      <section aria-labelledby="email-heading" className="space-y-4">
        <h2 id="email-heading">{asSent}</h2>
        <SummaryList
          rows={[
            { key: "From", value: deliveryConfig().from },
            { key: "To", value: notice.toAddress ?? "—" },
            { key: "Subject", value: notice.subject },
            {
              key: "Attachment",
              value: letter ? `${letter.filename} (${Math.ceil(letter.size / 1024)} KB${letter.purgedAt ? ", since purged" : ""})` : notice.letterKind ? "No letter PDF is linked" : "None",
            },
          ]}
        />
        <pre className="max-w-3xl whitespace-pre-wrap border-2 border-slate-300 bg-slate-50 p-4 font-sans">{notice.bodyText}</pre>
        <p className="max-w-3xl text-sm text-slate-700">
          When sent, the link is replaced by a personal tracking link that records the first time it is opened (evidence of service) and then opens the same page.
        </p>
        <details>
          <summary className="cursor-pointer font-semibold">HTML version (source)</summary>
          <pre className="mt-2 max-w-3xl overflow-x-auto whitespace-pre-wrap border-2 border-slate-300 bg-slate-50 p-4 text-xs">{notice.bodyHtml}</pre>
        </details>
      </section>
    </div>
  );
}
