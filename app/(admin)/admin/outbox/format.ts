import type { DeliveryState } from "@/lib/server/notifications/delivery-state";

/** "2026-03-02 09:00 UTC": every time in the outbox is shown in UTC, like the audit log. */
export function utc(date: Date | null | undefined): string {
  return date ? `${date.toISOString().replace("T", " ").slice(0, 16)} UTC` : "—";
}

/** States an administrator should look at. */
export function needsAttention(state: DeliveryState): boolean {
  return state === "failed" || state === "bounced" || state === "no-address" || state === "retrying";
}
