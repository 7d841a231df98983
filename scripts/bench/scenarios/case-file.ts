import { randomBytes } from "node:crypto";
import { addInternalNote } from "@/lib/server/committee/records";
import type { Db } from "@/lib/server/db-factory";
import { load, type LoadFigures } from "../load";

export const STAFF_EMAIL = "staff@docket.test";
const EVENTS = 200;
const DOCUMENTS = 20;

/**
 * A seeded case in committee review brought to 200 audit events (internal notes, each with its
 * audit entry, as staff add them) and 20 documents, so D measures the case file at that size.
 */
async function prepareCase(db: Db): Promise<string> {
  const staff = await db.person.findUniqueOrThrow({ where: { email: STAFF_EMAIL }, select: { id: true, roles: true } });
  const actor = { kind: "person" as const, personId: staff.id, roles: staff.roles as never, certificationIds: [] };
  const complaint = await db.complaint.findFirstOrThrow({ where: { state: "COMMITTEE_REVIEW" }, orderBy: { receivedAt: "asc" }, select: { id: true } });
  const events = await db.auditEvent.count({ where: { complaintId: complaint.id } });
  for (let i = events; i < EVENTS; i++) await addInternalNote(db, actor, complaint.id, `Benchmark note ${i + 1}: checked the record.`);
  const documents = await db.document.count({ where: { complaintId: complaint.id } });
  for (let i = documents; i < DOCUMENTS; i++) {
    const data = randomBytes(2048);
    await db.document.create({
      data: {
        complaintId: complaint.id,
        kind: "EVIDENCE",
        audience: "COMMITTEE_ONLY",
        filename: `bench-evidence-${i + 1}.pdf`,
        mimeType: "application/pdf",
        size: data.byteLength,
        sha256: randomBytes(32).toString("hex"),
        uploaderKind: "STAFF",
        uploadedById: staff.id,
        blob: { create: { data } },
      },
    });
  }
  return complaint.id;
}

/**
 * D. The committee case file page with 200 events and 20 documents, signed in as staff (`cookie`), one
 * request at a time: the page's own latency as a member opening it sees it (the target is a p95,
 * not a throughput). The page opens on the latest timeline entries and notes; `whole` is the same
 * page with both lists asked for whole (`?show=timeline&show=notes`), reported beside it.
 */
export async function caseFilePage(
  serverUrl: string,
  db: Db,
  seconds: number,
  cookie: string,
): Promise<{ latest: LoadFigures; whole: LoadFigures; events: number; documents: number }> {
  const caseId = await prepareCase(db);
  const measure = async (url: string) => {
    const check = await fetch(url, { headers: { cookie } });
    if (check.status !== 200) throw new Error(`The case file answered ${check.status} for staff at ${url}`);
    return load({ url, connections: 1, seconds, headers: { cookie } });
  };
  const url = `${serverUrl}/committee/cases/${caseId}`;
  const latest = await measure(url);
  const whole = await measure(`${url}?show=timeline&show=notes`);
  return {
    latest,
    whole,
    events: await db.auditEvent.count({ where: { complaintId: caseId } }),
    documents: await db.document.count({ where: { complaintId: caseId } }),
  };
}
