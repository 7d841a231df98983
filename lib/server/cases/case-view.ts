import "server-only";
import type { Actor } from "@/lib/workflow";
import { db as defaultDb, type DbOrTx } from "../db";
import { AppError } from "../errors";
import { CASE_VIEW_SELECT, type CaseViewRow } from "./case-view-query";
import { loadCaseForActor } from "./visibility";
import { seesDocument, seesVotes, type CaseAccess } from "./visibility-rules";

/**
 * The case record cut down to what `actor` may see (DOMAIN §8), for the committee workspace,
 * the CCM portal and the complainant's status page alike. Cutting happens here, on the server,
 * so a page cannot show what it was never given:
 * - full record (staff, non-recused committee, the case's appeal panel): everything, notes included;
 * - respondent: the complaint and their own material, the complainant's identity only if shared
 *   or disclosed, decisions once issued (votes with them), their sanctions; never internal notes;
 * - complainant: their own submission, what was shared with them, milestones and outcomes
 *   (no findings, reasons or votes), published sanctions only; never the CCM's response;
 * - recused member: the reference only (`detail` is null).
 */

/** The record's fields; `notes` is null for anyone without the full record. */
type Detail = Omit<CaseViewRow, "notes"> & { notes: CaseViewRow["notes"] | null };

export interface CaseView {
  id: string;
  reference: string;
  access: CaseAccess;
  detail: Detail | null;
}

function forRespondent(row: CaseViewRow, access: CaseAccess): Detail {
  return {
    ...row,
    complainant: access.seesComplainantIdentity ? row.complainant : null,
    deadlines: row.deadlines.filter((d) => d.waitingOn === "CCM"),
    decisions: row.decisions
      .filter((d) => d.issuedAt !== null)
      .map((d) => ({ ...d, votes: seesVotes(access, d) ? d.votes : [] })),
    documents: row.documents.filter((d) => seesDocument(access, d)),
    notes: null,
  };
}

function forComplainant(row: CaseViewRow, access: CaseAccess): Detail {
  return {
    ...row,
    deadlines: row.deadlines.filter((d) => d.waitingOn === "COMPLAINANT"),
    // A hearing's date may matter to a witness; its panel, place and link do not.
    hearings: row.hearings.map((h) => ({ ...h, location: null, link: null, panel: [] })),
    decisions: row.decisions
      .filter((d) => d.issuedAt !== null && d.stage !== "PROPOSED")
      .map((d) => ({ ...d, findings: null, reasons: null, provisions: [], actions: [], votes: [] })),
    sanctions: row.sanctions.filter((s) => s.publishedAt !== null).map((s) => ({ ...s, conditions: [] })),
    documents: row.documents.filter((d) => seesDocument(access, d)),
    notes: null,
  };
}

export async function loadCaseView(caseId: string, actor: Actor, options: { db?: DbOrTx } = {}): Promise<CaseView> {
  const db = options.db ?? defaultDb;
  const handle = await loadCaseForActor(caseId, actor, { db });
  const base = { id: handle.id, reference: handle.reference, access: handle.access };
  if (handle.access.kind === "RECUSED") return { ...base, detail: null };
  const row = await db.complaint.findUnique({ where: { id: caseId }, select: CASE_VIEW_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "There is no case with that reference that you can see.");
  if (handle.access.fullRecord) return { ...base, detail: row };
  if (handle.access.kind === "RESPONDENT") return { ...base, detail: forRespondent(row, handle.access) };
  return { ...base, detail: forComplainant(row, handle.access) };
}
