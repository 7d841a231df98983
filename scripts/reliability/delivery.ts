import type { ReceivedMail, SmtpSink } from "@/tests/integration/notifications/support/smtp-sink";

/** How many of `messageIds` the sink never accepted, and how many it accepted more than once. */
export function deliveredOnce(messageIds: readonly string[], sink: SmtpSink): { missing: number; duplicated: number } {
  const counts = new Map<string, number>();
  for (const mail of sink.accepted) counts.set(mail.messageId, (counts.get(mail.messageId) ?? 0) + 1);
  return {
    missing: messageIds.filter((id) => !counts.has(id)).length,
    duplicated: messageIds.filter((id) => (counts.get(id) ?? 0) > 1).length,
  };
}

/** The instance that sent a message, from its From header (each instance has its own MAIL_FROM). */
export function senderOf(mail: ReceivedMail): string {
  return /^From:.*no-reply-([a-z0-9-]+)@reliability\.test/im.exec(mail.raw)?.[1] ?? "unknown";
}
