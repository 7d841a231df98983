import "server-only";
import { z } from "zod";
import { ProvisionRefSchema } from "@/lib/domain/catalogue";
import { SanctionActionSchema, type SanctionAction } from "@/lib/domain/sanctions";
import { challengeDeadline, POSTPONEMENT_PREFIX } from "@/lib/domain/portal/hearing";
import type { CaseAccess } from "../cases/visibility-rules";
import { seesDocument } from "../cases/visibility-rules";
import type { DbOrTx } from "../db";
import type { LetterRow, PortalCaseRow } from "./case-query";

/** Mappers from the portal's rows to the plain shapes its pages render. */

export interface ProvisionView {
  code: string;
  codeVersion: number;
  title: string;
}

export function provisionsBySource(row: PortalCaseRow): Record<"ALLEGED" | "CHARGED" | "BREACHED", ProvisionView[]> {
  const out: Record<"ALLEGED" | "CHARGED" | "BREACHED", ProvisionView[]> = { ALLEGED: [], CHARGED: [], BREACHED: [] };
  for (const { source, provision } of row.provisions) out[source].push({ code: provision.code, codeVersion: provision.codeVersion, title: provision.title });
  return out;
}

const ProvisionRefsSchema = z.array(ProvisionRefSchema).catch([]);
const ActionsSchema = z.array(SanctionActionSchema).catch([]);

/** A decision's provisions and actions are kept as JSON with the record: read them defensively. */
export async function decisionViews(db: DbOrTx, row: PortalCaseRow) {
  const refs = row.decisions.flatMap((d) => ProvisionRefsSchema.parse(d.provisions));
  const titles = refs.length
    ? await db.codeProvision.findMany({
        where: { OR: refs.map((ref) => ({ codeVersion: ref.codeVersion, code: ref.code })) },
        select: { code: true, codeVersion: true, title: true },
      })
    : [];
  const titleOf = (ref: { code: string; codeVersion: number }) =>
    titles.find((t) => t.code === ref.code && t.codeVersion === ref.codeVersion)?.title ?? "";
  return row.decisions.map((decision) => ({
    id: decision.id,
    stage: decision.stage,
    outcome: decision.outcome,
    findings: decision.findings,
    reasons: decision.reasons,
    provisions: ProvisionRefsSchema.parse(decision.provisions).map((ref) => ({ ...ref, title: titleOf(ref) })),
    actions: ActionsSchema.parse(decision.actions) as SanctionAction[],
    adoptsProposal: decision.adoptsProposal,
    decidedAt: decision.decidedAt,
    issuedAt: decision.issuedAt,
    acceptedAt: decision.acceptedAt,
  }));
}
export type DecisionView = Awaited<ReturnType<typeof decisionViews>>[number];

export function documentViews(row: PortalCaseRow, access: CaseAccess) {
  return row.documents
    .filter((document) => seesDocument(access, document))
    .map((document) => ({
      id: document.id,
      kind: document.kind,
      filename: document.filename,
      size: document.size,
      createdAt: document.createdAt,
      conditionId: document.conditionId,
      fromYou: document.uploaderKind === "RESPONDENT",
    }));
}
export type DocumentView = ReturnType<typeof documentViews>[number];

export function hearingView(row: PortalCaseRow) {
  const hearing = row.hearings[0];
  if (!hearing) return null;
  const challengeUntil = hearing.status === "SCHEDULED" && hearing.noticeSentAt ? challengeDeadline(hearing.noticeSentAt) : null;
  return {
    id: hearing.id,
    status: hearing.status,
    initiatedBy: hearing.initiatedBy,
    scheduledFor: hearing.scheduledFor,
    format: hearing.format,
    location: hearing.location,
    link: hearing.link,
    noticeSentAt: hearing.noticeSentAt,
    heldAt: hearing.heldAt,
    inAbsentia: hearing.inAbsentia,
    writtenStatementReceived: hearing.writtenStatementReceived,
    panel: hearing.panel.map((member) => ({ personId: member.personId, name: member.person.name })),
    challengeUntil,
  };
}
export type HearingView = NonNullable<ReturnType<typeof hearingView>>;

/** Challenges with the member's name as the panel lists it (a member no longer on the panel keeps their id). */
export async function challengeViews(db: DbOrTx, row: PortalCaseRow) {
  const ids = [...new Set(row.challenges.map((c) => c.memberId))];
  const people = ids.length ? await db.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return row.challenges.map((challenge) => ({
    id: challenge.id,
    memberName: people.find((p) => p.id === challenge.memberId)?.name ?? "A former panel member",
    grounds: challenge.grounds,
    filedAt: challenge.filedAt,
    ruling: challenge.ruling,
    ruledAt: challenge.ruledAt,
  }));
}

export function postponementRequests(row: PortalCaseRow) {
  return row.messages
    .filter((message) => message.authorKind === "RESPONDENT" && message.body.startsWith(POSTPONEMENT_PREFIX))
    .map((message) => ({ id: message.id, reason: message.body.slice(POSTPONEMENT_PREFIX.length), createdAt: message.createdAt }));
}

export function sanctionViews(row: PortalCaseRow, documents: readonly DocumentView[]) {
  return row.sanctions.map((sanction) => ({
    ...sanction,
    conditions: sanction.conditions.map((condition) => ({
      ...condition,
      evidence: documents.filter((document) => document.conditionId === condition.id),
    })),
  }));
}
export type SanctionView = ReturnType<typeof sanctionViews>[number];

/**
 * Letters the respondent was sent on this case, once each (the CCM and each representative get a
 * copy), newest first, with the formal letter's file when the respondent may open it.
 */
export function letterViews(rows: readonly LetterRow[], documents: readonly DocumentView[]) {
  const seen = new Set<string>();
  const letters: { id: string; subject: string; body: string; sentAt: Date; documentId: string | null; formal: boolean }[] = [];
  for (const row of rows) {
    const key = `${row.template}:${row.createdAt.getTime()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const documentId = row.letterDocumentId && documents.some((d) => d.id === row.letterDocumentId) ? row.letterDocumentId : null;
    letters.push({ id: row.id, subject: row.subject, body: row.bodyText, sentAt: row.createdAt, documentId, formal: row.letterKind !== null });
  }
  return letters;
}
export type LetterView = ReturnType<typeof letterViews>[number];
