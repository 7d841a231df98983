/**
 * What the event forms need to know about a case to offer sensible choices (plain data, passed
 * from the server page to the client forms). The workflow still checks every choice on submit.
 */
export interface FormMember {
  id: string;
  name: string;
  recused: boolean;
}

export interface FormCondition {
  id: string;
  label: string;
}

export interface RegistryCandidate {
  certificationId: string;
  number: string;
  name: string;
  status: string;
}

export interface EventFormContext {
  caseId: string;
  version: number;
  codeVersion: 2009 | 2015 | 2023;
  /** Codes currently charged (or alleged, before any charge): the default selection. */
  chargedCodes: string[];
  /** Non-recused Committee members (Chair and Vice-Chair included). */
  committee: FormMember[];
  /** Commissioners who took no part in the decision and are not recused. */
  appealCandidates: FormMember[];
  /** The current hearing's panel (non-recused). */
  hearingPanel: FormMember[];
  /** The appeal panel assigned to the current appeal. */
  appealPanel: FormMember[];
  outstandingConditions: FormCondition[];
  /** Registry records that may be the respondent (intake's match search). */
  registryCandidates: RegistryCandidate[];
  /** What the respondent was called in the complaint, to start the registry search. */
  respondentQuery: string;
  lateFiling: boolean;
  /** The earliest hearing date the notice period allows (YYYY-MM-DD). */
  earliestHearingDay: string;
  minPanel: number;
}
