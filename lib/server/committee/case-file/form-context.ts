import "server-only";
import type { EventFormContext, FormMember, RegistryCandidate } from "@/lib/domain/committee/form-context";
import { SANCTION_INFO, type SanctionType } from "@/lib/domain/sanctions";
import { addPeriod } from "@/lib/workflow";
import { loadProcedureRules } from "../../cases/procedure-rules";
import type { DbOrTx } from "../../db";
import { registryWhere } from "../../registry/search";
import type { CaseSummary } from "./summary";
import type { CaseOutcomes } from "./outcomes";
import type { RosterMember } from "./people";

async function registryCandidates(db: DbOrTx, query: string): Promise<RegistryCandidate[]> {
  if (!query.trim()) return [];
  const rows = await db.certification.findMany({
    where: registryWhere(query),
    orderBy: [{ certificant: { lastName: "asc" } }, { number: "asc" }],
    take: 10,
    select: { id: true, number: true, status: true, certificant: { select: { firstName: true, lastName: true } } },
  });
  return rows.map((row) => ({ certificationId: row.id, number: row.number, name: `${row.certificant.firstName} ${row.certificant.lastName}`, status: row.status }));
}

const formMember = (member: { id: string; name: string; recused: boolean }): FormMember => ({ id: member.id, name: member.name, recused: member.recused });

export interface FormContextInput {
  summary: CaseSummary;
  outcomes: CaseOutcomes;
  roster: { committee: RosterMember[]; appealBody: RosterMember[] };
  decidingPersonIds: string[];
  /** The intake officer's registry search (?match=), else the complaint's CCM number or name. */
  match?: string;
  now: Date;
}

export async function buildFormContext(db: DbOrTx, input: FormContextInput): Promise<EventFormContext> {
  const { summary, outcomes, roster, now } = input;
  const rules = await loadProcedureRules(db);
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
    registryCandidates: await registryCandidates(db, respondentQuery),
    respondentQuery,
    lateFiling: summary.lateFiling && !summary.lateFilingWaived,
    earliestHearingDay: new Date(earliest.getTime() + 86_400_000 - 1).toISOString().slice(0, 10),
    minPanel: rules.hearing.quorum,
  };
}
