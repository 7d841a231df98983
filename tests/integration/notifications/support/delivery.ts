import { createHash } from "node:crypto";
import type { DocumentAudience } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db-factory";
import { deliverDueNotices, type DeliverOptions, type DeliveryReport } from "@/lib/server/notifications/delivery/deliver-due";
import { smtpTransport } from "@/lib/server/notifications/delivery/transport";
import { appUrl } from "@/lib/server/notifications/templates";

export const LINK_SECRET = "integration-test-link-secret-0123456789abcdef";
export const FROM = '"CCMC Ethics Committee" <no-reply@docket.test>';

/** One delivery run against `smtpUrl` with the test secret and the app URL the bodies were rendered with. */
export async function deliver(db: Db, smtpUrl: string, options: Partial<Omit<DeliverOptions, "db" | "transport">> = {}): Promise<DeliveryReport> {
  const transport = smtpTransport(smtpUrl);
  try {
    return await deliverDueNotices({ db, transport, linkSecret: LINK_SECRET, from: FROM, appUrl: appUrl(), ...options });
  } finally {
    transport.close();
  }
}

export function fakePdf(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, "latin1");
}

/** A LETTER Document with its bytes, as the committee's letter renderer stores one. */
export async function insertLetter(
  db: Db,
  input: { complaintId: string; letterKind: string; audience: DocumentAudience; createdAt: Date; bytes?: Buffer },
): Promise<{ id: string; filename: string; bytes: Buffer }> {
  const bytes = input.bytes ?? fakePdf(`${input.letterKind} for ${input.complaintId}`);
  const filename = `${input.letterKind.toLowerCase().replace(/_/g, "-")}.pdf`;
  const document = await db.document.create({
    data: {
      complaintId: input.complaintId,
      kind: "LETTER",
      audience: input.audience,
      letterKind: input.letterKind,
      filename,
      mimeType: "application/pdf",
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploaderKind: "SYSTEM",
      createdAt: input.createdAt,
      blob: { create: { data: new Uint8Array(bytes) } },
    },
    select: { id: true },
  });
  return { id: document.id, filename, bytes };
}
