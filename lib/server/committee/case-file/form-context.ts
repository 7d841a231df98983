import "server-only";
import type { EventFormContext, FormMember, RegistryCandidate } from "@/lib/domain/committee/form-context";
import { looksLikeCcmNumber } from "@/lib/domain/registry";
import { SANCTION_INFO, type SanctionType } from "@/lib/domain/sanctions";
import { addPeriod, type EventType, type ProcedureRules } from "@/lib/workflow";
import type { DbOrTx } from "../../db";
import { registryWhere } from "../../registry/search";
import type { CaseSummary } from "./summary";
import type { CaseOutcomes } from "./outcomes";
import type { RosterMember } from "./people";

/**
 * The register records the intake officer may match the respondent to. A CCM number is looked up
 * by number alone first (the unique index); names are searched only when no number matches, as a
 * name search reads every certificant.
 */
async function registryCandidates(db: DbOrTx, query: string): Promise<RegistryCandidate[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const select = { id: true, number: true, status: true, certificant: { select: { firstName: true, lastName: true } } } as const;
  const byNumber = looksLikeCcmNumber(trimmed)
    ? await db.certification.findMany({ where: { number: { startsWith: trimmed.toUpperCase() } }, orderBy: { number: "asc" }, take: 10, select })
    : [];
  const rows = byNumber.length > 0 ? byNumber : await db.certification.findMany({
    where: registryWhere(trimmed),
    orderBy: [{ certificant: { lastName: "asc" } }, { number: "asc" }],
    take: 10,
    select,
  });
  return rows.map((row) => ({ certificationId: row.id, number: row.number, name: `${row.certificant.firstName} ${row.certificant.lastName}`, status: row.status }));
}

const formMember = (member: { id: string; name: string; recused: boolean }): FormMember => ({ id: member.id, name: member.name, recused: member.recused });

export interface FormContextInput {
  summary: CaseSummary;
  outcomes: CaseOutcomes;
  roster: { committee: RosterMember[]; appealBody: RosterMember[] };
  decidingPersonIds: string[];
  rules: ProcedureRules;
  /** What the viewer may do now: the register is searched only when they may match the respondent. */
  allowedEvents: readonly EventType[];
  /** The intake officer's registry search (?match=), else the complaint's CCM number or name. */
  match?: string;
  now: Date;
}

export async function buildFormContext(db: DbOrTx, input: FormContextInput): Promise<EventFormContext> {
  const { summary, outcomes, roster, rules, now } = input;
  const charged = summary.provisions.filter((p) => p.source === "CHARGED");
  const cited = (charged.length > 0 ? charged : summary.provisions.filter((p) => p.source === "ALLEGED")).map((p) => p.provision.code);
  const hearing = outcomes.hearings.find((h) => h.status !== "CANCELLED");
  const appeal = outcomes.appeals[0];
  const recused = new Set(roster.committee.concat(roster.appealBody).filter((m) => m.recused).map((m) => m.id));
  const outstanding = outcomes.sanctions
    .filter((s) => s.status === "ACTIVE")
    .flatMap((s) =>
      s.conditions
        .filter((c) => c.metAt === null)
        .map((c) => ({ id: c.id, label: `${SANCTION_INFO[s.type as SanctionType].label}: ${c.description}${c.hours ? ` (${c.hours} hours)` : ""}` })),
    );
  const respondentQuery = input.match ?? summary.respondentCcmNumber ?? summary.respondentName;
  const earliest = addPeriod(now, rules.clocks.hearingNotice, { ...rules, rollForwardOffNonBusinessDays: false });
  return {
    caseId: summary.id,
    version: summary.version,
    codeVersion: summary.codeVersion as EventFormContext["codeVersion"],
    chargedCodes: [...new Set(cited)],
    committee: roster.committee.filter((m) => !m.recused).map(formMember),
    appealCandidates: roster.appealBody.filter((m) => !m.recused && !input.decidingPersonIds.includes(m.id)).map(formMember),
    hearingPanel: (hearing?.panel ?? []).filter((p) => !recused.has(p.personId)).map((p) => ({ id: p.personId, name: p.person.name, recused: false })),
    appealPanel: (appeal?.panel ?? []).map((p) => ({ id: p.personId, name: p.person.name, recused: recused.has(p.personId) })),
    outstandingConditions: outstanding,
    registryCandidates: input.allowedEvents.includes("ACCEPT_FOR_REVIEW") ? await registryCandidates(db, respondentQuery) : [],
    respondentQuery,
    lateFiling: summary.lateFiling && !summary.lateFilingWaived,
    earliestHearingDay: new Date(earliest.getTime() + 86_400_000 - 1).toISOString().slice(0, 10),
    minPanel: rules.hearing.quorum,
  };
}
