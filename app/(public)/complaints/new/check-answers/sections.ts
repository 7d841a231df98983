import type { SummaryRow } from "@/components/ui/summary-list";
import { findProvision } from "@/lib/domain/catalogue";
import { AboutYouSchema, CONTACT_LABELS, RELATIONSHIP_LABELS } from "@/lib/domain/intake/about-you";
import { CaseManagerSchema, NOT_LISTED } from "@/lib/domain/intake/case-manager";
import { codeVersionInForce } from "@/lib/domain/intake/code-version";
import { ConsentsSchema } from "@/lib/domain/intake/consents";
import { longDate } from "@/lib/domain/intake/dates";
import type { DraftData } from "@/lib/domain/intake/draft";
import { PROCEEDING_LABELS } from "@/lib/domain/intake/lists";
import { placeName } from "@/lib/domain/intake/places";
import { allegedProvisionsSchema } from "@/lib/domain/intake/rules";
import { stepPath, stepTitle, type IntakeStepId } from "@/lib/domain/intake/steps";
import { describeSize } from "@/lib/domain/intake/uploads";
import { whatHappenedSchema } from "@/lib/domain/intake/what-happened";

/** The check-answers page: each page's answers as a summary list, or "not answered" with a link. */
export interface Section {
  step: IntakeStepId;
  title: string;
  answered: boolean;
  rows: SummaryRow[];
}

const change = (step: IntakeStepId) => stepPath(step, { returnToCheck: true });
const orNone = (value: string | undefined) => value || "Not given";

export function buildSections(data: DraftData, extras: { files: { filename: string; size: number }[]; registryName?: string; now: Date }): Section[] {
  const section = (step: IntakeStepId, rows: SummaryRow[] | null): Section => ({ step, title: stepTitle(step), answered: rows !== null, rows: rows ?? [] });
  const you = AboutYouSchema.safeParse(data.answers["about-you"] ?? {});
  const manager = CaseManagerSchema.safeParse(data.answers["case-manager"] ?? {});
  const happened = whatHappenedSchema(extras.now).safeParse(data.answers["what-happened"] ?? {});
  const version = codeVersionInForce(happened.success ? happened.data.conductFrom : undefined);
  const rules = allegedProvisionsSchema(version).safeParse(data.answers.rules ?? {});
  const consents = ConsentsSchema.safeParse(data.answers.consents ?? {});
  const on = (step: IntakeStepId) => data.answers[step] !== undefined;

  return [
    section(
      "about-you",
      on("about-you") && you.success
        ? [
            { key: "Name", value: you.data.name, href: change("about-you"), changeLabel: "your name" },
            { key: "Organisation", value: orNone(you.data.organisation), href: change("about-you"), changeLabel: "organisation" },
            { key: "Email", value: you.data.email, href: change("about-you"), changeLabel: "email address" },
            { key: "Phone", value: orNone(you.data.phone), href: change("about-you"), changeLabel: "phone number" },
            { key: "Postal address", value: orNone(you.data.postalAddress), href: change("about-you"), changeLabel: "postal address" },
            {
              key: "How you know them",
              value: you.data.relationship === "OTHER" ? (you.data.relationshipOther ?? "") : RELATIONSHIP_LABELS[you.data.relationship],
              href: change("about-you"),
              changeLabel: "how you know the case manager",
            },
            { key: "Contact me by", value: CONTACT_LABELS[you.data.preferredContact], href: change("about-you"), changeLabel: "how we contact you" },
            {
              key: "Tell the case manager who I am",
              value: you.data.shareWithRespondent ? "Yes" : "No, unless it becomes necessary",
              href: change("about-you"),
              changeLabel: "whether we share your identity",
            },
            { key: "Support I need", value: orNone(you.data.accommodationNeeds), href: change("about-you"), changeLabel: "support you need" },
          ]
        : null,
    ),
    section(
      "case-manager",
      on("case-manager") && manager.success
        ? [
            {
              key: "Case manager",
              value:
                manager.data.match === NOT_LISTED
                  ? `${manager.data.name}${manager.data.ccmNumber ? `, CCM ${manager.data.ccmNumber}` : ""} (described, not found in the register)`
                  : `${extras.registryName ?? ""}, CCM ${manager.data.match} (from the register)`,
              href: change("case-manager"),
              changeLabel: "the case manager",
            },
            { key: "Where they work", value: [manager.data.employer, manager.data.location].filter(Boolean).join(", ") || "Not given", href: change("case-manager"), changeLabel: "where they work" },
            { key: "Their contact details", value: orNone(manager.data.contact), href: change("case-manager"), changeLabel: "their contact details" },
          ]
        : null,
    ),
    section(
      "what-happened",
      on("what-happened") && happened.success
        ? [
            {
              key: "When it happened",
              value: happened.data.conductTo ? `${longDate(happened.data.conductFrom)} to ${longDate(happened.data.conductTo)}` : longDate(happened.data.conductFrom),
              href: change("what-happened"),
              changeLabel: "when it happened",
            },
            { key: "When you found out", value: longDate(happened.data.learnedAt), href: change("what-happened"), changeLabel: "when you found out" },
            { key: "State", value: orNone(placeName(happened.data.settingRegion)), href: change("what-happened"), changeLabel: "state" },
            { key: "Setting", value: orNone(happened.data.practiceSetting), href: change("what-happened"), changeLabel: "setting" },
            { key: "What happened", value: happened.data.narrative, href: change("what-happened"), changeLabel: "what happened" },
            { key: "Effect", value: orNone(happened.data.harm), href: change("what-happened"), changeLabel: "how it affected you" },
          ]
        : null,
    ),
    section(
      "rules",
      on("rules") && rules.success
        ? [
            {
              key: `Code (${version})`,
              value: rules.data.provisions.length
                ? rules.data.provisions.map((code) => `${code}: ${findProvision(version, code)?.title ?? code}`).join("\n")
                : "None chosen: the Committee will decide",
              href: change("rules"),
              changeLabel: "Rules and Standards",
            },
          ]
        : null,
    ),
    section(
      "other-proceedings",
      on("other-proceedings")
        ? [
            {
              key: "Reported elsewhere",
              value: data.proceedings.length
                ? data.proceedings.map((p) => [PROCEEDING_LABELS[p.kind], p.body, p.status, p.reference].filter(Boolean).join(", ")).join("\n")
                : "No",
              href: change("other-proceedings"),
              changeLabel: "other proceedings",
            },
          ]
        : null,
    ),
    section(
      "evidence",
      on("evidence")
        ? [
            {
              key: "Files",
              value: extras.files.length ? extras.files.map((f) => `${f.filename} (${describeSize(f.size)})`).join("\n") : "None",
              href: change("evidence"),
              changeLabel: "files",
            },
          ]
        : null,
    ),
    section(
      "witnesses",
      on("witnesses")
        ? [
            {
              key: "Witnesses",
              value: data.witnesses.length ? data.witnesses.map((w) => [w.name, w.relation, w.contact].filter(Boolean).join(", ")).join("\n") : "None",
              href: change("witnesses"),
              changeLabel: "witnesses",
            },
          ]
        : null,
    ),
    section(
      "consents",
      on("consents") && consents.success
        ? [
            { key: "Sharing with the case manager", value: "Agreed", href: change("consents"), changeLabel: "consent to share" },
            {
              key: "Health or case records",
              value: consents.data.healthRecordsAuthorization ? "Agreed" : "Not agreed",
              href: change("consents"),
              changeLabel: "consent to records",
            },
            { key: "Confidentiality", value: "Agreed", href: change("consents"), changeLabel: "confidentiality" },
            { key: "Signed", value: consents.data.signedName, href: change("consents"), changeLabel: "signature" },
          ]
        : null,
    ),
  ];
}
