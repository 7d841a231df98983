import "server-only";
import Papa from "papaparse";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AUDIT_PAGE_SIZE, type AuditSearch } from "@/lib/domain/admin/audit";

const DAY_MS = 24 * 60 * 60 * 1000;
const ACTOR_KINDS = ["PERSON", "COMPLAINANT", "SYSTEM"];

/** The filters as a where clause; `null` when a named case or actor does not exist (no results). */
export async function auditWhere(db: PrismaClient, search: AuditSearch): Promise<{ where: Prisma.AuditEventWhereInput | null; notes: string[] }> {
  const where: Prisma.AuditEventWhereInput = {};
  const notes: string[] = [];
  if (search.caseRef) {
    // References are upper case (EPC-2026-0001): an exact match on the upper-cased input uses the unique index.
    const complaint = await db.complaint.findUnique({ where: { reference: search.caseRef.trim().toUpperCase() }, select: { id: true } });
    if (!complaint) return { where: null, notes: [`No case has the reference ${search.caseRef}.`] };
    where.complaintId = complaint.id;
  }
  if (search.actor) {
    if (ACTOR_KINDS.includes(search.actor.toUpperCase())) {
      where.actorKind = search.actor.toUpperCase();
    } else {
      const people = await db.person.findMany({
        where: { OR: [{ email: { contains: search.actor, mode: "insensitive" } }, { name: { contains: search.actor, mode: "insensitive" } }, { id: search.actor }] },
        select: { id: true },
        take: 100,
      });
      if (people.length === 0) return { where: null, notes: [`No person matches “${search.actor}”.`] };
      where.actorId = { in: people.map((person) => person.id) };
    }
  }
  if (search.type) where.type = search.type;
  if (search.from || search.to) {
    where.at = {
      ...(search.from ? { gte: new Date(`${search.from}T00:00:00.000Z`) } : {}),
      ...(search.to ? { lt: new Date(new Date(`${search.to}T00:00:00.000Z`).getTime() + DAY_MS) } : {}),
    };
  }
  return { where, notes };
}

type EventRow = Awaited<ReturnType<PrismaClient["auditEvent"]["findMany"]>>[number];

/** Names for the actors and references for the cases on a page of events. */
async function describe(db: PrismaClient, rows: EventRow[]) {
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => Boolean(id)))];
  const complaintIds = [...new Set(rows.map((row) => row.complaintId).filter((id): id is string => Boolean(id)))];
  const [people, complaints] = await Promise.all([
    actorIds.length ? db.person.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }) : [],
    complaintIds.length ? db.complaint.findMany({ where: { id: { in: complaintIds } }, select: { id: true, reference: true } }) : [],
  ]);
  const names = new Map(people.map((person) => [person.id, `${person.name} <${person.email}>`]));
  const references = new Map(complaints.map((complaint) => [complaint.id, complaint.reference]));
  return rows.map((row) => ({
    id: row.id.toString(),
    at: row.at,
    stream: row.stream,
    seq: row.seq,
    actorKind: row.actorKind,
    actor: row.actorId ? (names.get(row.actorId) ?? row.actorId) : null,
    caseReference: row.complaintId ? (references.get(row.complaintId) ?? null) : null,
    type: row.type,
    fromState: row.fromState,
    toState: row.toState,
    reason: row.reason,
    payload: JSON.stringify(row.payload),
    prevHash: row.prevHash,
    hash: row.hash,
  }));
}
export type AuditRow = Awaited<ReturnType<typeof describe>>[number];

export async function searchAudit(db: PrismaClient, search: AuditSearch) {
  const { where, notes } = await auditWhere(db, search);
  if (!where) return { rows: [] as AuditRow[], total: 0, page: 1, pageCount: 1, notes };
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const rows = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE });
  return { rows: await describe(db, rows), total, page, pageCount, notes };
}

export async function auditEventTypes(db: PrismaClient): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ distinct: ["type"], select: { type: true }, orderBy: { type: "asc" } });
  return rows.map((row) => row.type);
}

const EXPORT_COLUMNS = ["id", "at", "stream", "seq", "actorKind", "actor", "caseReference", "type", "fromState", "toState", "reason", "payload", "prevHash", "hash"] as const;
const EXPORT_PAGE = 2_000;

/** The matching events as CSV, newest first, keyset-paginated on id. */
export async function* auditCsvChunks(db: PrismaClient, search: AuditSearch): AsyncGenerator<string> {
  yield `${EXPORT_COLUMNS.join(",")}\r\n`;
  const { where } = await auditWhere(db, search);
  if (!where) return;
  let before: bigint | undefined;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: before === undefined ? where : { AND: [where, { id: { lt: before } }] },
      orderBy: { id: "desc" },
      take: EXPORT_PAGE,
    });
    if (rows.length === 0) return;
    const described = await describe(db, rows);
    const data = described.map((row) =>
      EXPORT_COLUMNS.map((column) => {
        const value = column === "at" ? row.at.toISOString() : row[column];
        const text = value === null || value === undefined ? "" : String(value);
        return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      }),
    );
    yield `${Papa.unparse(data, { newline: "\r\n" })}\r\n`;
    if (rows.length < EXPORT_PAGE) return;
    before = rows[rows.length - 1]!.id;
  }
}
