import type { PartyEvent } from "@/lib/server/portal/events";

/** Why an action of the respondent's is not open now, in the workflow's own words (e.g. the deadline that passed). */
export function RefusalNotice({ event, what }: { event: PartyEvent | undefined; what: string }) {
  if (!event || event.open || !event.reason) return null;
  return (
    <div className="my-4 max-w-2xl border-l-8 border-danger bg-red-50 p-4">
      <p className="font-bold">You cannot {what} now.</p>
      <p className="mt-1">{event.reason}</p>
    </div>
  );
}
