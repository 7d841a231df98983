import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseAccess } from "../../cases/visibility";
import type { DbOrTx } from "../../db";

/** The case's own columns the case file shows (summary, parties, allegation, provisions). */
const SUMMARY_SELECT = {
  id: true,
  reference: true,
  state: true,
  version: true,
  channel: true,
  receivedAt: true,
  ownMotion: true,
  codeVersion: true,
  respondentName: true,
  respondentCcmNumber: true,
  respondentEmployer: true,
  respondentLocation: true,
  respondentContact: true,
  respondentNotifiedAt: true,
  respondentCertification: {
    select: { id: true, number: true, status: true, onProbation: true, validThrough: true, certificant: { select: { firstName: true, lastName: true } } },
  },
  conductFrom: true,
  conductTo: true,
  learnedAt: true,
  settingRegion: true,
  practiceSetting: true,
  narrative: true,
  harm: true,
  lateFiling: true,
  lateFilingWaived: true,
  noRegistryMatch: true,
  possibleDuplicateOfId: true,
  withdrawalRequestedAt: true,
  extensionRequested: true,
  identityDisclosureGranted: true,
  // Who decided the case, kept off its appeal panel (the forms' context).
  decidingPersonIds: true,
  assignedStaff: { select: { id: true, name: true } },
  complainant: {
    select: {
      name: true,
      organisation: true,
      email: true,
      phone: true,
      postalAddress: true,
      relationship: true,
      relationshipOther: true,
      preferredContact: true,
      accommodationNeeds: true,
      shareWithRespondent: true,
    },
  },
  provisions: {
    orderBy: [{ source: "asc" }, { provision: { sortOrder: "asc" } }],
    select: { source: true, provision: { select: { code: true, title: true, codeVersion: true } } },
  },
  witnesses: { select: { id: true, name: true, contact: true, relation: true } },
  proceedings: { select: { id: true, kind: true, body: true, status: true, reference: true } },
} satisfies Prisma.ComplaintSelect;

type SummaryRow = Prisma.ComplaintGetPayload<{ select: typeof SUMMARY_SELECT }>;

export type ComplainantView =
  | { shown: true; details: NonNullable<SummaryRow["complainant"]> }
  | { shown: false; reason: string }
  | null;

export type CaseSummary = Omit<SummaryRow, "complainant"> & { complainant: ComplainantView };

/** The summary as `access` may see it: the complainant's identity is withheld unless allowed. */
export async function loadSummary(db: DbOrTx, caseId: string, access: CaseAccess): Promise<CaseSummary | null> {
  const row = await db.complaint.findUnique({ where: { id: caseId }, select: SUMMARY_SELECT });
  if (!row) return null;
  const { complainant, ...rest } = row;
  let view: ComplainantView = null;
  if (complainant) {
    view = access.seesComplainantIdentity
      ? { shown: true, details: complainant }
      : { shown: false, reason: "The complainant did not agree to share their identity and disclosure has not been granted." };
  }
  // Contact details of witnesses may identify the complainant's circle: members see names only.
  const witnesses = access.seesComplainantIdentity ? rest.witnesses : rest.witnesses.map((w) => ({ ...w, contact: null }));
  return { ...rest, witnesses, complainant: view };
}
