import type { NewCaseInput } from "../new-case";
import type { IntakeAnswers } from "./draft";

export interface RegistryMatch {
  certificationId: string;
  number: string;
  name: string;
  status: string;
  validThrough: string;
}

export interface FilingExtras {
  idempotencyKey: string;
  accessCodeHash: string;
  /** The register record picked by the complainant, as it is at filing; null when none. */
  registry: RegistryMatch | null;
  documents: NonNullable<NewCaseInput["documents"]>;
  triage: { noRegistryMatch: boolean; possibleDuplicateOfId?: string };
}

/** The answers of a complete draft as createCase's input (the web channel, filed by the complainant). */
export function toNewCase(answers: IntakeAnswers, extras: FilingExtras): NewCaseInput {
  const { aboutYou, caseManager, whatHappened, consents } = answers;
  return {
    idempotencyKey: extras.idempotencyKey,
    channel: "WEB",
    codeVersion: answers.codeVersion,
    complainant: {
      name: aboutYou.name,
      organisation: aboutYou.organisation,
      postalAddress: aboutYou.postalAddress,
      email: aboutYou.email,
      phone: aboutYou.phone,
      relationship: aboutYou.relationship,
      relationshipOther: aboutYou.relationship === "OTHER" ? aboutYou.relationshipOther : undefined,
      preferredContact: aboutYou.preferredContact,
      accommodationNeeds: aboutYou.accommodationNeeds,
      shareWithRespondent: aboutYou.shareWithRespondent,
      accessCodeHash: extras.accessCodeHash,
    },
    respondent: {
      name: extras.registry?.name ?? caseManager.name ?? "",
      ccmNumber: extras.registry?.number ?? caseManager.ccmNumber,
      employer: caseManager.employer,
      location: caseManager.location,
      contact: caseManager.contact,
    },
    ...(extras.registry && { registrySnapshot: { ...extras.registry, matchedBy: "COMPLAINANT" } }),
    allegation: {
      conductFrom: whatHappened.conductFrom,
      conductTo: whatHappened.conductTo,
      learnedAt: whatHappened.learnedAt,
      settingRegion: whatHappened.settingRegion,
      practiceSetting: whatHappened.practiceSetting,
      narrative: whatHappened.narrative,
      harm: whatHappened.harm,
      allegedProvisions: answers.provisions.map((code) => ({ codeVersion: answers.codeVersion, code })),
    },
    witnesses: answers.witnesses,
    proceedings: answers.proceedings,
    consents: {
      releaseOfInformation: consents.releaseOfInformation,
      healthRecordsAuthorization: consents.healthRecordsAuthorization,
      confidentiality: consents.confidentiality,
      truthfulnessAttestation: consents.truthfulnessAttestation,
      signedName: consents.signedName,
    },
    documents: extras.documents,
    triage: extras.triage,
  };
}
