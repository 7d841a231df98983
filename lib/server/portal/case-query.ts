import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the portal reads of a case for its respondent. Nothing here names the complainant: their
 * identity is read separately, and only when the complainant shared it or disclosure was granted
 * (identityFor). Internal notes, votes, witnesses, consents and other proceedings are never read.
 */
export const PORTAL_CASE_SELECT = {
  id: true,
  reference: true,
  state: true,
  version: true,
  receivedAt: true,
  respondentNotifiedAt: true,
  respondentName: true,
  respondentCertificationId: true,
  respondentCertification: { select: { number: true } },
  codeVersion: true,
  conductFrom: true,
  conductTo: true,
  settingRegion: true,
  practiceSetting: true,
  narrative: true,
  harm: true,
  finalAt: true,
  closedAt: true,
  provisions: {
    select: { source: true, provision: { select: { code: true, codeVersion: true, title: true, sortOrder: true } } },
    orderBy: { provision: { sortOrder: "asc" } },
  },
  deadlines: {
    where: { status: { in: ["OPEN", "PAUSED"] }, waitingOn: "CCM" },
    orderBy: { dueAt: "asc" },
    select: { id: true, kind: true, dueAt: true, pausedAt: true, ref: true },
  },
  hearings: {
    where: { status: { not: "CANCELLED" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 1,
    select: {
      id: true,
      status: true,
      initiatedBy: true,
      scheduledFor: true,
      format: true,
      location: true,
      link: true,
      noticeSentAt: true,
      heldAt: true,
      inAbsentia: true,
      writtenStatementReceived: true,
      panel: { select: { personId: true, person: { select: { name: true } } }, orderBy: { person: { name: "asc" } } },
    },
  },
  // Only decisions that were issued (the letter went out); never their votes.
  decisions: {
    where: { issuedAt: { not: null } },
    orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      stage: true,
      outcome: true,
      reasonCode: true,
      findings: true,
      reasons: true,
      provisions: true,
      actions: true,
      adoptsProposal: true,
      decidedAt: true,
      issuedAt: true,
      acceptedAt: true,
    },
  },
  sanctions: {
    where: { status: { not: "PROPOSED" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      status: true,
      termMonths: true,
      startsAt: true,
      endsAt: true,
      isPublic: true,
      publishedAt: true,
      completedAt: true,
      conditions: {
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, description: true, hours: true, dueAt: true, metAt: true },
      },
    },
  },
  appeals: {
    orderBy: [{ filedAt: "asc" }, { id: "asc" }],
    select: { id: true, grounds: true, statement: true, filedAt: true, outcome: true, reasons: true, instructions: true, decidedAt: true },
  },
  extensionRequests: {
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: { id: true, daysAsked: true, requestedAt: true, ruling: true, daysGranted: true, ruledAt: true },
  },
  infoRequests: {
    where: { party: "CCM" },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: { id: true, items: true, requestedAt: true, dueAt: true, answeredAt: true },
  },
  challenges: {
    orderBy: [{ filedAt: "asc" }, { id: "asc" }],
    select: { id: true, memberId: true, grounds: true, filedAt: true, ruling: true, ruledAt: true },
  },
  messages: {
    where: { thread: "RESPONDENT" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, authorKind: true, body: true, createdAt: true },
  },
  representatives: {
    where: { revokedAt: null },
    orderBy: { designatedAt: "asc" },
    select: { id: true, designatedAt: true, person: { select: { id: true, name: true, email: true, passwordHash: true } } },
  },
  documents: {
    where: { purgedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, audience: true, filename: true, size: true, uploaderKind: true, conditionId: true, createdAt: true },
  },
} satisfies Prisma.ComplaintSelect;

export type PortalCaseRow = Prisma.ComplaintGetPayload<{ select: typeof PORTAL_CASE_SELECT }>;

/** Notices written to the respondent on this case: the letters they may read again here. */
export const LETTER_SELECT = {
  id: true,
  template: true,
  letterKind: true,
  subject: true,
  bodyText: true,
  letterDocumentId: true,
  createdAt: true,
} satisfies Prisma.NoticeSelect;

export type LetterRow = Prisma.NoticeGetPayload<{ select: typeof LETTER_SELECT }>;
