import { NoticeBanner } from "@/components/ui/notice-banner";
import { UNFILED_WARNING_MINUTES } from "@/lib/domain/intake/filing";
import { utc } from "./format";

/** Complaints the public form accepted a while ago that no worker has filed (ADR 0030); nothing when there are none. */
export function UnfiledBanner({ count, oldestAcceptedAt }: { count: number; oldestAcceptedAt: Date | null }) {
  if (count === 0) return null;
  const them = count === 1 ? "it" : "them";
  return (
    <NoticeBanner tone="info" title={`${count} ${count === 1 ? "complaint is" : "complaints are"} waiting to be filed`}>
      <p>
        The public form accepted {them} more than {UNFILED_WARNING_MINUTES} minutes ago{oldestAcceptedAt ? ` (the oldest on ${utc(oldestAcceptedAt)})` : ""}
        , and no worker has filed {them} yet. Check that a worker is running (in the app unless <code>DOCKET_WORKER=off</code>, or{" "}
        <code>npm run worker</code>) and its log for &ldquo;filing an accepted complaint failed&rdquo;. Nothing is lost: each is filed, dated when it was
        sent, as soon as a worker can.
      </p>
    </NoticeBanner>
  );
}
