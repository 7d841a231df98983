import { z } from "zod";

/**
 * Rules of Conduct and Standards of the CCMC Code (DOMAIN.md §6) as versioned reference data.
 * A complaint cites the code version in force when the conduct happened. Only Rules and
 * Standards are citable; Principles are advisory (SRC1) and listed so a citation of one gets a
 * clear refusal rather than "unknown provision".
 *
 * Evidence: titles of S1–S6 are verified for 2009 (SRC4); everything else is [R] and the order of
 * S10–S12 and S15–S18 is unverified. Load the official 2023 PDF before go-live (§9.9).
 */

export const CODE_VERSIONS = [2009, 2015, 2023] as const;
export type CodeVersion = (typeof CODE_VERSIONS)[number];
export const CodeVersionSchema = z.union([z.literal(2009), z.literal(2015), z.literal(2023)]);

export type ProvisionKind = "RULE" | "STANDARD" | "PRINCIPLE";

export interface Provision {
  /** Stable id used by the database: `${codeVersion}:${code}`, e.g. "2015:S3". */
  readonly id: string;
  readonly codeVersion: CodeVersion;
  readonly code: string;
  readonly kind: ProvisionKind;
  readonly groupNumber: number | null;
  readonly groupName: string | null;
  readonly title: string;
  /** The obligation as the Code frames it. */
  readonly description: string;
  /** What it means, for a complainant choosing what to allege. */
  readonly plainLanguage: string;
  readonly citable: boolean;
  readonly sortOrder: number;
}

export const STANDARD_GROUPS = {
  1: "The Client Advocate",
  2: "Professional Responsibility",
  3: "Case Manager/Client Relationships",
  4: "Confidentiality, Privacy, Security and Recordkeeping",
  5: "Professional Relationships",
} as const;

type RuleRow = readonly [code: string, description: string, plain: string];
type StandardRow = readonly [code: string, group: keyof typeof STANDARD_GROUPS, title: string, plain: string];

// "A CCM will not: ..." (wording [R]).
const RULES: readonly RuleRow[] = [
  ["R1", "Intentionally falsify an application or other documents.", "The case manager knowingly gave false information on a CCM application or other documents."],
  ["R2", "Be convicted of a felony.", "The case manager was convicted of a felony."],
  ["R3", "Violate the code of ethics of the profession on which CCM eligibility is based.", "The case manager broke the ethics code of their underlying profession (for example nursing or social work)."],
  ["R4", "Lose the primary professional credential on which CCM eligibility is based.", "The case manager lost the professional licence or credential that made them eligible for CCM certification."],
  ["R5", "Violate or breach the Standards for Professional Conduct.", "The case manager broke one of the Standards listed below."],
  ["R6", "Violate the rules and regulations on taking the certification examination and maintaining CCM certification.", "The case manager broke the rules for the CCM exam or for keeping the certification."],
];

const STANDARDS: readonly StandardRow[] = [
  ["S1", 1, "The Advocate", "Did not act for the client: for example did not assess needs, explain options or help reach available services."],
  ["S2", 2, "Representation of Practice", "Worked outside their field or beyond what they are qualified to do."],
  ["S3", 2, "Competence", "Neglected the client, used undue influence, or repeatedly did careless work."],
  ["S4", 2, "Representation of Qualifications", "Misstated their qualifications, education or credentials."],
  ["S5", 2, "Legal and Benefit System Requirements", "Ignored laws or the rules of insurance and benefit programmes that apply to the case."],
  ["S6", 2, "Use of CCM Designation", "Used the CCM title or logo in a misleading or unauthorised way."],
  ["S7", 2, "Conflict of Interest", "Did not tell the client about a conflict of interest."],
  ["S8", 2, "Reporting Misconduct", "Knew of another case manager's misconduct and did not report it."],
  ["S9", 2, "Compliance with Proceedings", "Did not cooperate with a CCMC complaint procedure."],
  ["S10", 3, "Description of Services", "Did not explain the services, their benefits, risks, alternatives, cost, or the right to refuse them."],
  ["S11", 3, "Termination of Services", "Stopped services without proper, documented notice."],
  ["S12", 3, "Objectivity", "Imposed personal values, or had a relationship that affected their judgement."],
  ["S13", 4, "Legal Compliance", "Did not follow the law on consent, confidentiality or release of information."],
  ["S14", 4, "Disclosure", "Did not tell the client when information would be shared with others."],
  ["S15", 4, "Client Identity", "Did not protect the client's identity or health information."],
  ["S16", 4, "Record Keeping", "Did not keep proper records."],
  ["S17", 4, "Electronic Media", "Did not protect information sent or stored electronically."],
  ["S18", 4, "Records: Maintenance, Storage and Destruction", "Stored or destroyed records improperly."],
  ["S19", 5, "Testimony", "Gave testimony that was not truthful or objective."],
  ["S20", 5, "Dual Relationships", "Had a personal, business or other relationship with the client that was not appropriate."],
  ["S21", 5, "Unprofessional Behavior", "Behaved dishonestly, abusively or otherwise unprofessionally."],
  ["S22", 5, "Fees", "Charged fees improperly or did not explain them."],
  ["S23", 5, "Advertising", "Advertised in a false or misleading way."],
  ["S24", 5, "Solicitation", "Solicited clients improperly."],
  ["S25", 5, "Research: Legal Compliance", "Did research without following the law."],
  ["S26", 5, "Research: Subject Privacy", "Did research without protecting participants' privacy."],
];

/** Principles per version: 8 in 2015 (SRC6), 7 in the 2023 text; the 2009 count is unverified. */
const PRINCIPLE_COUNTS: Record<CodeVersion, number> = { 2009: 0, 2015: 8, 2023: 7 };

function buildCatalogue(version: CodeVersion): readonly Provision[] {
  const rules = RULES.map(([code, description, plain], index): Provision => ({
    id: `${version}:${code}`,
    codeVersion: version,
    code,
    kind: "RULE",
    groupNumber: null,
    groupName: "Rules of Conduct",
    title: `Rule ${code.slice(1)}`,
    description: `A CCM will not: ${description.charAt(0).toLowerCase()}${description.slice(1)}`,
    plainLanguage: plain,
    citable: true,
    sortOrder: index + 1,
  }));
  const standards = STANDARDS.map(([code, group, title, plain], index): Provision => ({
    id: `${version}:${code}`,
    codeVersion: version,
    code,
    kind: "STANDARD",
    groupNumber: group,
    groupName: STANDARD_GROUPS[group],
    title,
    description: `Standard ${code.slice(1)}: ${title}.`,
    plainLanguage: plain,
    citable: true,
    sortOrder: 100 + index + 1,
  }));
  const principles = Array.from({ length: PRINCIPLE_COUNTS[version] }, (_, index): Provision => ({
    id: `${version}:P${index + 1}`,
    codeVersion: version,
    code: `P${index + 1}`,
    kind: "PRINCIPLE",
    groupNumber: null,
    groupName: "Principles",
    title: `Principle ${index + 1}`,
    description: "Principles are advisory and are not cited in a complaint.",
    plainLanguage: "Principles describe ideals; a complaint cites a Rule or Standard instead.",
    citable: false,
    sortOrder: 200 + index + 1,
  }));
  return [...rules, ...standards, ...principles];
}

export const CATALOGUE: Readonly<Record<CodeVersion, readonly Provision[]>> = {
  2009: buildCatalogue(2009),
  2015: buildCatalogue(2015),
  2023: buildCatalogue(2023),
};

export function findProvision(codeVersion: CodeVersion, code: string): Provision | undefined {
  return CATALOGUE[codeVersion].find((provision) => provision.code === code);
}

export function citableProvisions(codeVersion: CodeVersion): readonly Provision[] {
  return CATALOGUE[codeVersion].filter((provision) => provision.citable);
}

/** A citation of a provision in a given code version; refuses unknown codes and Principles. */
export const ProvisionRefSchema = z
  .object({ codeVersion: CodeVersionSchema, code: z.string().regex(/^[RSP][0-9]{1,2}$/) })
  .superRefine((ref, ctx) => {
    const provision = findProvision(ref.codeVersion, ref.code);
    if (!provision) {
      ctx.addIssue({ code: "custom", message: `${ref.code} is not in the ${ref.codeVersion} Code`, path: ["code"] });
    } else if (!provision.citable) {
      ctx.addIssue({ code: "custom", message: `${ref.code} is a Principle; cite a Rule or Standard`, path: ["code"] });
    }
  });
export type ProvisionRef = z.infer<typeof ProvisionRefSchema>;

export function provisionId(ref: ProvisionRef): string {
  return `${ref.codeVersion}:${ref.code}`;
}
