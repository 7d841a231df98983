import "server-only";
import { z } from "zod";
import { ProvisionRefSchema, findProvision, type CodeVersion } from "@/lib/domain/catalogue";
import { SanctionActionSchema, type SanctionAction } from "@/lib/domain/sanctions";
import type { DbOrTx } from "../db";
import { getLetterhead } from "../admin/settings";

/** Everything a letter may print about a case, read inside the transition's transaction. */
export async function loadLetterFacts(tx: DbOrTx, caseId: string) {
  const row = await tx.complaint.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      reference: true,
      receivedAt: true,
      codeVersion: true,
      ownMotion: true,
      narrative: true,
      respondentName: true,
      identityDisclosureGranted: true,
      respondentCertification: { select: { number: true, certificant: { select: { firstName: true, lastName: true, city: true, region: true } } } },
      complainant: { select: { name: true, postalAddress: true, email: true, shareWithRespondent: true } },
      provisions: { select: { source: true, provision: { select: { code: true } } } },
      deadlines: { where: { status: { in: ["OPEN", "PAUSED"] } }, orderBy: { dueAt: "asc" }, select: { kind: true, dueAt: true } },
      decisions: {
        orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { id: true, stage: true, outcome: true, reasonCode: true, findings: true, reasons: true, provisions: true, actions: true, letterDocumentId: true },
      },
      hearings: {
        where: { status: { not: "CANCELLED" } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { scheduledFor: true, format: true, location: true, link: true, panel: { select: { person: { select: { name: true } } } } },
      },
      appeals: { orderBy: [{ filedAt: "desc" }, { id: "desc" }], take: 1, select: { grounds: true, filedAt: true, outcome: true, reasons: true, instructions: true } },
      infoRequests: { orderBy: [{ requestedAt: "desc" }, { id: "desc" }], take: 1, select: { party: true, items: true, dueAt: true, thirdPartyName: true } },
      sanctions: {
        where: { status: { in: ["ACTIVE", "PENDING_FINAL", "STAYED", "COMPLETED"] } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { type: true, status: true, termMonths: true, startsAt: true, endsAt: true, conditions: { select: { description: true, hours: true, dueAt: true } } },
      },
    },
  });
  const codeVersion = row.codeVersion as CodeVersion;
  const cite = (code: string) => {
    const provision = findProvision(codeVersion, code);
    return provision ? `${code}: ${provision.kind === "RULE" ? provision.description : provision.title} (${codeVersion} Code)` : code;
  };
  const decision = row.decisions[0] ?? null;
  const registryName = row.respondentCertification ? `${row.respondentCertification.certificant.firstName} ${row.respondentCertification.certificant.lastName}` : null;
  return {
    reference: row.reference,
    receivedAt: row.receivedAt,
    codeVersion,
    ownMotion: row.ownMotion,
    narrative: row.narrative,
    respondent: {
      name: registryName ?? row.respondentName,
      number: row.respondentCertification?.number ?? null,
      place: [row.respondentCertification?.certificant.city, row.respondentCertification?.certificant.region].filter(Boolean).join(", "),
    },
    complainant: row.complainant,
    /** The CCM may be told who complained (consent, or disclosure granted). */
    identityShareable: (row.complainant?.shareWithRespondent ?? false) || row.identityDisclosureGranted,
    charged: row.provisions.filter((p) => p.source === "CHARGED").map((p) => cite(p.provision.code)),
    alleged: row.provisions.filter((p) => p.source === "ALLEGED").map((p) => cite(p.provision.code)),
    deadlines: row.deadlines,
    decision: decision && {
      ...decision,
      provisions: z.array(ProvisionRefSchema).catch([]).parse(decision.provisions).map((ref) => cite(ref.code)),
      actions: z.array(SanctionActionSchema).catch([]).parse(decision.actions) as SanctionAction[],
    },
    hearing: row.hearings[0] ?? null,
    appeal: row.appeals[0] ?? null,
    infoRequest: row.infoRequests[0] ?? null,
    sanctions: row.sanctions,
    letterhead: await getLetterhead(tx),
  };
}
export type LetterFacts = Awaited<ReturnType<typeof loadLetterFacts>>;
