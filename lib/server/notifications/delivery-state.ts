import type { NoticeStatus } from "@/lib/generated/prisma/enums";
import { NO_ADDRESS_ERROR } from "./enqueue";
import { BOUNCE_PREFIX } from "./delivery/failure";

/**
 * One word for where a notice stands, shared by the case file's receipts and the admin outbox.
 * "recorded": email is off (no SMTP_URL), so it was kept and shown, not sent.
 */
export type DeliveryState = "recorded" | "queued" | "sending" | "retrying" | "sent" | "bounced" | "failed" | "no-address";

export interface StatusFields {
  status: NoticeStatus;
  lastError: string | null;
  toAddress: string | null;
}

export function deliveryState(notice: StatusFields, emailOn: boolean): DeliveryState {
  switch (notice.status) {
    case "PENDING":
      return emailOn ? "queued" : "recorded";
    case "SENDING":
      return "sending";
    case "FAILED":
      return "retrying";
    case "SENT":
      return "sent";
    case "DEAD":
      if (notice.toAddress === null || notice.lastError === NO_ADDRESS_ERROR) return "no-address";
      return notice.lastError?.startsWith(BOUNCE_PREFIX) ? "bounced" : "failed";
  }
}

export const DELIVERY_STATE_LABELS: Record<DeliveryState, string> = {
  recorded: "Recorded, not sent (email is off)",
  queued: "Queued",
  sending: "Sending",
  retrying: "Failed, will retry",
  sent: "Sent",
  bounced: "Bounced",
  failed: "Failed (gave up)",
  "no-address": "No email address: send by post",
};
