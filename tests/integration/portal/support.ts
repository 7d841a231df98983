import type { Db } from "@/lib/server/db-factory";
import { castWithNewRespondent, makeCase, type MadeCase, type MakeCaseOptions, type PersonActor } from "@/tests/factories";

/** A case against a CCM of its own (account + certification), so their portal shows only their cases. */
export async function caseForNewCcm(db: Db, options: Omit<MakeCaseOptions, "cast">): Promise<MadeCase & { ccm: PersonActor }> {
  const { cast, respondent } = await castWithNewRespondent(db);
  const made = await makeCase(db, { ...options, cast });
  return { ...made, ccm: respondent };
}

/**
 * Everything a portal action could write, counted (plus the case row itself): a refused call must
 * leave it identical.
 */
export async function portalFingerprint(db: Db, caseId: string) {
  const complaint = await db.complaint.findUniqueOrThrow({ where: { id: caseId } });
  return {
    complaint,
    counts: {
      auditEvents: await db.auditEvent.count(),
      notices: await db.notice.count(),
      deadlines: await db.deadline.count({ where: { status: { in: ["OPEN", "PAUSED"] } } }),
      decisions: await db.decision.count(),
      hearings: await db.hearing.count(),
      appeals: await db.appeal.count(),
      documents: await db.document.count(),
      extensionRequests: await db.extensionRequest.count(),
      infoRequests: await db.infoRequest.count({ where: { answeredAt: { not: null } } }),
      challenges: await db.memberChallenge.count(),
      messages: await db.message.count(),
      representatives: await db.caseRepresentative.count(),
      people: await db.person.count(),
      authTokens: await db.authToken.count(),
      reopenPetitions: await db.reopenPetition.count(),
    },
  };
}

/** A small real PDF, checked by the upload layer's magic-byte sniffer like any browser upload. */
export function pdfFile(name = "evidence.pdf"): File {
  const body = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  return new File([body], name, { type: "application/pdf" });
}

export function formWith(fields: Record<string, string | File | (string | File)[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  return form;
}
