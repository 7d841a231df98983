import "server-only";
import { entriesToRead, type CaseFileList, type ListWindow } from "@/lib/domain/committee/case-file-lists";
import type { EventFormContext } from "@/lib/domain/committee/form-context";
import type { EventType } from "@/lib/workflow";
import { loadProcedureRules } from "../../cases/procedure-rules";
import { allowedEventsFor, findCaseForActor, type CaseAccess } from "../../cases/visibility";
import type { DbOrTx } from "../../db";
import { noticeReceiptsFor, type NoticeReceipt } from "../../notifications/receipts";
import type { PersonActor } from "../actor";
import { buildFormContext } from "./form-context";
import { loadImpartiality, type CaseImpartiality } from "./impartiality";
import { loadOutcomes, type CaseOutcomes } from "./outcomes";
import { loadCaseRoster, type RosterMember } from "./people";
import {
  loadComplainantMessages,
  loadNotes,
  loadRecord,
  type CaseDeadline,
  type CaseDocument,
  type CaseMessage,
  type CaseNote,
  type CaseRequests,
} from "./record";
import { loadSummary, type CaseSummary } from "./summary";
import { loadTimeline, type TimelineEntry } from "./timeline";

export interface FullCaseFile {
  kind: "full";
  access: CaseAccess;
  summary: CaseSummary;
  documents: CaseDocument[];
  deadlines: CaseDeadline[];
  /** Null when the complainant's identity is withheld from the viewer. */
  messages: ListWindow<CaseMessage> | null;
  /** Null when the viewer may not see internal notes. */
  notes: ListWindow<CaseNote> | null;
  requests: CaseRequests;
  /** Delivery receipts of the case's notices; staff only (they carry both parties' addresses). */
  receipts: NoticeReceipt[] | null;
  outcomes: CaseOutcomes;
  impartiality: CaseImpartiality;
  timeline: ListWindow<TimelineEntry>;
  roster: { committee: RosterMember[]; appealBody: RosterMember[] };
  allowedEvents: EventType[];
  formContext: EventFormContext;
}

/** What a recused member is shown: the reference, and nothing else. */
export interface RecusedCaseFile {
  kind: "recused";
  id: string;
  reference: string;
}

/**
 * The case file as `actor` may see it, or null when the case is not theirs to see (a 404). Every
 * section selects only the columns the page shows; the long lists hold their latest entries unless
 * `shown` asks for them whole.
 */
export async function loadCaseFile(
  db: DbOrTx,
  caseId: string,
  actor: PersonActor,
  options: { now?: Date; match?: string; shown?: ReadonlySet<CaseFileList> } = {},
): Promise<FullCaseFile | RecusedCaseFile | null> {
  const now = options.now ?? new Date();
  const shown = options.shown ?? new Set<CaseFileList>();
  // The rules serve both the actions allowed now and the forms' context: read once, beside the case.
  const [handle, rules] = await Promise.all([findCaseForActor(caseId, actor, { db }), loadProcedureRules(db)]);
  if (!handle) return null;
  if (handle.access.kind === "RECUSED") return { kind: "recused", id: handle.id, reference: handle.reference };
  // The party view belongs to the portal; the committee file is for the committee side only.
  if (!handle.access.fullRecord) return null;
  const access = handle.access;
  // The sections are independent reads: on PostgreSQL they run side by side on the pool's
  // connections (the page waits for the slowest, not the sum); PGlite queues them. The roster
  // read serves both the impartiality section and the actions allowed now.
  const rosterAndEvents = loadCaseRoster(db, caseId, now).then(async ({ ids, ...roster }) => ({
    roster,
    allowedEvents: await allowedEventsFor(caseId, actor, { db, now, handle, rules, roster: ids }),
  }));
  const [summary, outcomes, { roster, allowedEvents }, { documents, deadlines, requests }, messages, notes, receipts, impartiality, timeline] = await Promise.all([
    loadSummary(db, caseId, access),
    loadOutcomes(db, caseId),
    rosterAndEvents,
    loadRecord(db, caseId),
    // Messages are the complainant's own words (often signed): only for those who may know who they are.
    access.seesComplainantIdentity ? loadComplainantMessages(db, caseId, entriesToRead("messages", shown)) : null,
    access.seesInternalNotes ? loadNotes(db, caseId, entriesToRead("notes", shown)) : null,
    access.kind === "STAFF" ? noticeReceiptsFor(caseId, { db }) : null,
    loadImpartiality(db, caseId),
    loadTimeline(db, caseId, entriesToRead("timeline", shown)),
  ]);
  if (!summary) return null;
  const { decidingPersonIds } = summary;
  return {
    kind: "full",
    access,
    summary,
    documents,
    deadlines,
    messages,
    notes,
    requests,
    receipts,
    outcomes,
    impartiality,
    timeline,
    roster,
    allowedEvents,
    formContext: await buildFormContext(db, { summary, outcomes, roster, decidingPersonIds, allowedEvents, rules, now, ...(options.match !== undefined && { match: options.match }) }),
  };
}
