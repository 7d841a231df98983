import "server-only";
import type { DbOrTx } from "../db-factory";
import { audienceOf } from "./audience";
import { isLinkToken, linkTokenDigest } from "./link-token";
import { noticeLink } from "./templates";

export interface LinkOpen {
  /** Path (same origin) the reader is sent on to; "/" for an unknown or malformed token. */
  location: string;
  noticeId: string | null;
  /** True only for the open that set firstOpenedAt. */
  firstOpen: boolean;
}

/**
 * Follows a notice's tracking link: the first open is recorded (firstOpenedAt, evidence of
 * service) with a conditional update so two simultaneous clicks record one instant, then the
 * reader goes to the page the notice points to, where access is checked as usual.
 */
export async function openNoticeLink(db: DbOrTx, token: string, now: Date = new Date()): Promise<LinkOpen> {
  if (!isLinkToken(token)) return { location: "/", noticeId: null, firstOpen: false };
  const notice = await db.notice.findUnique({
    where: { linkTokenHash: linkTokenDigest(token) },
    select: { id: true, complaintId: true, recipientKind: true },
  });
  if (!notice?.complaintId) return { location: "/", noticeId: notice?.id ?? null, firstOpen: false };
  const { count } = await db.notice.updateMany({ where: { id: notice.id, firstOpenedAt: null }, data: { firstOpenedAt: now } });
  return { location: noticeLink(audienceOf(notice.recipientKind), notice.complaintId, "").href || "/", noticeId: notice.id, firstOpen: count === 1 };
}
