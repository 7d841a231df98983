import { NoticeBanner } from "@/components/ui/notice-banner";
import { DONE_MESSAGES, isDoneKey } from "@/lib/domain/portal/pages";

/** The result of the action that redirected here (?done=…), announced politely. */
export function DoneBanner({ done }: { done: unknown }) {
  if (!isDoneKey(done)) return null;
  return <NoticeBanner title={DONE_MESSAGES[done]} />;
}
