import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { requireAdminPage } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { overdueFilings } from "@/lib/server/intake/file-accepted";
import { emailEnabled } from "@/lib/server/notifications/config";
import { listOutbox, OUTBOX_VIEWS, type OutboxView } from "@/lib/server/notifications/outbox-list";
import { OutboxTable } from "./outbox-table";
import { UnfiledBanner } from "./unfiled-banner";

export const metadata: Metadata = { title: "Outbox" };

const VIEW_LABELS: Record<OutboxView, string> = {
  all: "All notices",
  attention: "Failed or retrying",
  waiting: "Waiting to be sent",
  sent: "Sent",
};

function one(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdminPage();
  const raw = await searchParams;
  const view = (OUTBOX_VIEWS as readonly string[]).includes(one(raw.view)) ? (one(raw.view) as OutboxView) : "all";
  const reference = one(raw.reference).trim().slice(0, 40);
  const emailOn = emailEnabled();
  const [result, overdue] = await Promise.all([
    listOutbox(db, { view, reference, page: Number.parseInt(one(raw.page), 10) || 1, emailOn }),
    overdueFilings(db),
  ]);

  return (
    <div className="space-y-8">
      <h1>Outbox</h1>
      <p className="max-w-3xl">
        Every notice the procedure sends is recorded here with the change that caused it, then delivered by email. A notice that cannot be delivered after
        several attempts, or that the recipient&apos;s server refuses, is marked failed: open it to see why and send it again.
      </p>
      {emailOn ? null : (
        <NoticeBanner tone="info" title="Email is off: nothing is being sent">
          <p>
            <code>SMTP_URL</code> is not set, so notices are recorded and shown here exactly as they would have been sent. Once it is set, the ones still
            recorded are sent.
          </p>
        </NoticeBanner>
      )}
      <UnfiledBanner count={overdue.count} oldestAcceptedAt={overdue.oldestAcceptedAt} />
      <form method="get" action="/admin/outbox" className="grid gap-4 sm:grid-cols-3 sm:items-end" noValidate>
        <TextField name="reference" label="Case reference" hint="For example EPC-2026-0001." defaultValue={reference} spellCheck={false} />
        <SelectField name="view" label="Show" options={OUTBOX_VIEWS.map((value) => ({ value, label: VIEW_LABELS[value] }))} defaultValue={view} />
        <div>
          <Button type="submit">Show notices</Button>
        </div>
      </form>
      <OutboxTable rows={result.rows} total={result.total} />
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/outbox" params={{ reference, view: view === "all" ? undefined : view }} />
    </div>
  );
}
