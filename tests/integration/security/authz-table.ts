import { makeCertification, makePerson } from "@/tests/factories";
import { findDraft } from "@/lib/server/intake/drafts";
import type { CaseState } from "@/lib/workflow";
import { fillDraft, freshContext } from "../intake/support";
import { formWith, pdfFile } from "../portal/support";
import { redirectTarget, type Token } from "./authz-outcome";
import type { ActorKind, Arrangement, AuthzWorld, TargetCase } from "./authz-world";
import type { Identity } from "./identity";
import type { Outcome } from "./next-request";
import { registryFile } from "../admin/fixtures";
import { activationToken, args as a, cert, committeeForm, draftOf, get, idle, inactiveMember, notice, portalForm, settingsForm, signInForm, unique } from "./authz-probes";

/**
 * THE AUTHORIZATION MATRIX: every server action and route handler (keyed "file#export", found
 * on disk by surface.ts) × every kind of caller, and what must happen. Columns, in order:
 *
 *   anon  nobody signed in          cOwn  the complainant of the target case (their access-code session)
 *   cOth  a complainant of another case
 *   resp  the respondent CCM        ccm2  a different CCM       rep   the respondent's representative
 *   mem   a Committee member        recu  a member recused from the case
 *   chair the Committee Chair       appl  an appeal panel member (not sitting on this case)
 *   staff the ethics coordinator    admin an administrator
 *
 * Tokens (authz-outcome.ts): ok · val (allowed; the probe stops at a non-authorization check) ·
 * own (allowed, on the caller's own case only) · 401 · 403 · 404 (refusals: the database must be
 * unchanged) · "-" not applicable (the reason is in `why`).
 */

export interface ProbeContext {
  w: AuthzWorld;
  actor: ActorKind;
  /** The case the probe acts on (its `state`), at its current version. */
  target: TargetCase | null;
}

export interface Probe {
  /** "file#export"; several probes may share one (e.g. one per workflow event a form can send). */
  key: string;
  label?: string;
  /** The target case's state, when the call acts on a case. */
  state?: CaseState;
  /** How the target got to `state` when the factories' own path would not let the call succeed. */
  arrange?: Arrangement;
  expect: string;
  why?: string;
  /** The arguments of the call, and any cookie the caller also holds (an intake draft). */
  call: (ctx: ProbeContext) => Promise<{ args: unknown[]; also?: Identity }>;
  /** Tables a refusal may write, and why (attempt counters behind a lockout). */
  refusalWrites?: { tables: string[]; why: string };
  /** An allowed call leaves the target unfit for the next caller even with its state unchanged. */
  consumes?: boolean;
  /** Allowed calls that must still write nothing (an unknown capability token). */
  writesNothing?: boolean;
  /** A refusal the generic classifier cannot see (e.g. a wrong access code is a form error). */
  classify?: (outcome: Outcome) => Token | null;
}

const ADMIN_ONLY = "401  401  401  403  403  403  403  403  403  403  403  ok";
const ADMIN_ROUTE = "404  404  404  404  404  404  404  404  404  404  404  ok";
const PORTAL = "401  401  401  ok   404  ok   403  403  403  403  403  403";
const EVERYONE = "ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok";
const STATUS_WRITE = "401  ok   own  401  401  401  401  401  401  401  401  401";

const ADMIN = "app/(admin)/admin";
const CASE = "app/(committee)/committee/cases/[caseId]";
const PORTAL_CASE = "app/(portal)/portal/cases/[caseId]";
const PUBLIC = "app/(public)";

export const TABLE: Probe[] = [
  // ── Administration: administrators only ──────────────────────────────────────────────────
  { key: `${ADMIN}/audit/actions.ts#verifyChainAction`, expect: ADMIN_ONLY, call: async () => a() },
  { key: `${ADMIN}/outbox/[id]/actions.ts#retryNoticeAction`, expect: ADMIN_ONLY, call: async ({ w }) => a(idle, formWith({ noticeId: await notice(w) })) },
  { key: `${ADMIN}/people/actions.ts#invitePersonAction`, expect: ADMIN_ONLY, call: async () => a(idle, formWith({ name: "Ivy Invite", email: `${unique()}@invite.example`, roles: "STAFF" })) },
  { key: `${ADMIN}/people/actions.ts#setRolesAction`, expect: ADMIN_ONLY, call: async ({ w }) => a(idle, formWith({ personId: (await makePerson(w.db, { roles: [] })).id, roles: "STAFF" })) },
  {
    key: `${ADMIN}/people/actions.ts#setTermAction`,
    expect: ADMIN_ONLY,
    // An inactive member: an active one would join the roster every majority is counted on.
    call: async ({ w }) => a(idle, formWith({ personId: (await inactiveMember(w)).id, termFrom: "2026-01-01", termTo: "2028-12-31" })),
  },
  { key: `${ADMIN}/people/actions.ts#resetTwoFactorAction`, expect: ADMIN_ONLY, call: async ({ w }) => a(idle, formWith({ personId: (await makePerson(w.db, { roles: ["STAFF"] })).id })) },
  { key: `${ADMIN}/people/actions.ts#setActiveAction`, expect: ADMIN_ONLY, call: async ({ w }) => a(idle, formWith({ personId: (await makePerson(w.db, { roles: ["STAFF"] })).id, active: "false" })) },
  {
    key: `${ADMIN}/people/actions.ts#reissueInviteAction`,
    expect: ADMIN_ONLY,
    call: async ({ w }) => {
      const person = await makePerson(w.db, { roles: ["STAFF"] });
      return a(idle, formWith({ personId: person.id, name: "Test Person", email: person.email }));
    },
  },
  {
    key: `${ADMIN}/registry/actions.ts#createCertificationAction`,
    expect: ADMIN_ONLY,
    call: async () =>
      a(idle, formWith({ firstName: "Nia", lastName: "New", number: `N${unique().toUpperCase()}`.slice(0, 20), issuedAt: "2024-01-01", validThrough: "2029-01-01", lifecycleStatus: "ACTIVE" })),
  },
  {
    key: `${ADMIN}/registry/actions.ts#updateCertificationAction`,
    expect: ADMIN_ONLY,
    call: async ({ w }) => {
      const made = await cert(w);
      return a(idle, formWith({ certificationId: made.id, version: String(made.version), firstName: "Casey", lastName: "Edited", number: made.number, issuedAt: "2022-01-15", validThrough: "2030-01-31" }));
    },
  },
  {
    key: `${ADMIN}/registry/actions.ts#correctStatusAction`,
    expect: ADMIN_ONLY,
    call: async ({ w }) => {
      const made = await cert(w);
      return a(idle, formWith({ certificationId: made.id, version: String(made.version), lifecycleStatus: "EXPIRED", reason: "Renewal was never received" }));
    },
  },
  {
    key: `${ADMIN}/registry/import/actions.ts#registryImportAction`,
    expect: ADMIN_ONLY,
    why: "the admin's dry run of a valid file previews it (and writes nothing)",
    call: async () => a(idle, formWith({ file: new File([registryFile(3, 9_000_000)], "registry.csv", { type: "text/csv" }) })),
  },
  { key: `${ADMIN}/retention/actions.ts#legalHoldAction`, state: "SUBMITTED", expect: ADMIN_ONLY, call: async ({ target }) => a(idle, formWith({ reference: target!.reference, hold: "on", reason: "Litigation pending" })) },
  { key: `${ADMIN}/retention/actions.ts#runPurgeAction`, expect: ADMIN_ONLY, call: async () => a(idle, formWith({ confirm: "yes" })) },
  {
    key: `${ADMIN}/settings/actions.ts#saveSettingsAction`,
    expect: ADMIN_ONLY,
    why: "the admin saves the form as the page fills it: every setting as it is",
    call: async ({ w }) => a(idle, await settingsForm(w)),
  },
  { key: `${ADMIN}/audit/export/route.ts#GET`, expect: ADMIN_ROUTE, call: async () => a(get("/admin/audit/export")) },
  { key: `${ADMIN}/registry/export/route.ts#GET`, expect: ADMIN_ROUTE, call: async () => a(get("/admin/registry/export")) },

  // ── Committee workspace: the case file's forms ───────────────────────────────────────────
  //                                                          anon cOwn cOth resp ccm2 rep  mem  recu chair appl staff admin
  { key: `${CASE}/actions.ts#sendEventAction`, label: "START_INTAKE (staff)", state: "SUBMITTED", expect: "401  401  401  403  403  403  403  403  403  404  ok   403", call: async ({ target }) => a(idle, committeeForm(target!, { eventType: "START_INTAKE" })) },
  {
    key: `${CASE}/actions.ts#sendEventAction`,
    label: "DISMISS (the Chair)",
    state: "PRELIMINARY_REVIEW",
    expect: "401  401  401  403  403  403  403  403  ok   404  403  403",
    call: async ({ target }) => a(idle, committeeForm(target!, { eventType: "DISMISS", reasonCode: "FRIVOLOUS", reasons: "No serious basis." })),
  },
  { key: `${CASE}/record-actions.ts#addNoteAction`, state: "COMMITTEE_REVIEW", expect: "401  401  401  403  403  403  ok   403  ok   404  ok   403", call: async ({ target }) => a(idle, formWith({ caseId: target!.id, noteBody: "Check the dates." })) },
  { key: `${CASE}/record-actions.ts#sendMessageAction`, state: "COMMITTEE_REVIEW", expect: "401  401  401  403  403  403  403  403  403  403  ok   403", call: async ({ target }) => a(idle, formWith({ caseId: target!.id, messageBody: "We received your documents." })) },
  { key: `${CASE}/record-actions.ts#declareConflictAction`, state: "COMMITTEE_REVIEW", expect: "401  401  401  403  403  403  ok   403  ok   404  403  403", call: async ({ target }) => a(idle, formWith({ caseId: target!.id, conflictKind: "NONE" })) },
  {
    key: `${CASE}/record-actions.ts#recuseAction`,
    state: "COMMITTEE_REVIEW",
    consumes: true,
    expect: "401  401  401  403  403  403  403  403  ok   404  403  403",
    call: async ({ w, target }) => a(idle, formWith({ caseId: target!.id, recusePersonId: w.world.members[1].id, recusalReason: "Same employer" })),
  },
  {
    key: `${CASE}/record-actions.ts#recordChallengeAction`,
    state: "COMMITTEE_REVIEW",
    expect: "401  401  401  403  403  403  403  403  403  403  ok   403",
    call: async ({ w, target }) => a(idle, formWith({ caseId: target!.id, challengedMemberId: w.world.members[1].id, challengeGrounds: "Knows the respondent" })),
  },
  {
    key: `${CASE}/record-actions.ts#ruleOnChallengeAction`,
    state: "COMMITTEE_REVIEW",
    expect: "401  401  401  403  403  403  403  403  ok   404  403  403",
    call: async ({ w, target }) => {
      const challenge = await w.db.memberChallenge.create({ data: { complaintId: target!.id, memberId: w.world.members[1].id, filedById: w.world.staff.id, grounds: "Knows the respondent", filedAt: new Date() } });
      return a(idle, formWith({ caseId: target!.id, challengeId: challenge.id, challengeRuling: "REJECTED" }));
    },
  },
  { key: `${CASE}/record-actions.ts#grantDisclosureAction`, state: "COMMITTEE_REVIEW", expect: "401  401  401  403  403  403  403  403  ok   404  403  403", call: async ({ target }) => a(idle, formWith({ caseId: target!.id, confirmDisclosure: "on" })) },
  {
    key: `${CASE}/record-actions.ts#shareDocumentAction`,
    state: "COMMITTEE_REVIEW",
    expect: "401  401  401  403  403  403  403  403  403  403  ok   403",
    call: async ({ target, w }) => {
      const document = await w.db.document.create({
        data: { complaintId: target!.id, kind: "EVIDENCE", audience: "COMMITTEE_ONLY", filename: "evidence.txt", mimeType: "text/plain", size: 4, sha256: "0".repeat(64), uploaderKind: "COMPLAINANT", blob: { create: { data: new Uint8Array([1, 2, 3, 4]) } } },
        select: { id: true },
      });
      return a(idle, formWith({ caseId: target!.id, shareDocumentId: document.id, confirmShare: "on" }));
    },
  },
  { key: `${CASE}/record-actions.ts#assignAction`, state: "COMMITTEE_REVIEW", expect: "401  401  401  403  403  403  403  403  403  403  ok   403", call: async ({ w, target }) => a(idle, formWith({ caseId: target!.id, assigneeId: w.world.staff.id })) },
  {
    key: "app/(committee)/committee/reports/export/route.ts#GET",
    expect: "404  404  404  404  404  404  ok   ok   ok   404  ok   404",
    why: "figures over every case; a member recused from one case still sees them",
    call: async () => a(),
  },

  // ── CCM portal: the respondent and their representative, on a case they were told of ────
  { key: `${PORTAL_CASE}/actions.ts#respondAction`, state: "AWAITING_RESPONSE", expect: PORTAL, call: async ({ target }) => a(idle, portalForm(target!, { statement: "The handover was arranged." })) },
  { key: `${PORTAL_CASE}/actions.ts#extensionAction`, state: "AWAITING_RESPONSE", expect: PORTAL, call: async ({ target }) => a(idle, portalForm(target!, { days: "10", reason: "Records are with my employer." })) },
  { key: `${PORTAL_CASE}/actions.ts#electionAction`, state: "PROPOSED_DISPOSITION", expect: PORTAL, call: async ({ target }) => a(idle, portalForm(target!, { choice: "hearing", signedName: "Casey Manager" })) },
  { key: `${PORTAL_CASE}/actions.ts#infoReplyAction`, state: "AWAITING_INFO", arrange: "infoAskedOfCcm", expect: PORTAL, call: async ({ target }) => a(idle, portalForm(target!, { note: "Here is the schedule." })) },
  { key: `${PORTAL_CASE}/actions.ts#commentAction`, state: "COMMITTEE_REVIEW", arrange: "adverseMaterialOpen", expect: PORTAL, call: async ({ target }) => a(idle, portalForm(target!, { statement: "The new letter is not mine." })) },
  {
    key: `${PORTAL_CASE}/actions.ts#appealAction`,
    state: "APPEAL_WINDOW",
    expect: PORTAL,
    call: async ({ target }) => a(idle, portalForm(target!, { grounds: "FINDINGS_UNSUPPORTED", statement: "The record does not show it." })),
  },
  {
    key: `${PORTAL_CASE}/actions.ts#reopenAction`,
    state: "CLOSED",
    expect: PORTAL,
    call: async ({ target }) => a(idle, portalForm(target!, { newEvidence: "A signed handover note.", whyNotAvailableBefore: "Found in storage last week." })),
  },
  { key: `${PORTAL_CASE}/actions.ts#challengeAction`, state: "HEARING_SCHEDULED", expect: PORTAL, consumes: true, call: async ({ w, target }) => a(idle, portalForm(target!, { memberId: w.world.members[0].id, grounds: "Worked with my employer." })) },
  { key: `${PORTAL_CASE}/actions.ts#hearingMaterialAction`, state: "HEARING_SCHEDULED", expect: PORTAL, call: async ({ target }) => a(idle, portalForm(target!, { statement: "My written statement." })) },
  { key: `${PORTAL_CASE}/actions.ts#postponementAction`, state: "HEARING_SCHEDULED", expect: PORTAL, call: async ({ target }) => a(idle, portalForm(target!, { reason: "I am in hospital that week." })) },
  {
    key: `${PORTAL_CASE}/actions.ts#complianceAction`,
    state: "SANCTION_ACTIVE",
    expect: PORTAL,
    call: async ({ w, target }) => {
      const condition = await w.db.sanctionCondition.findFirstOrThrow({ where: { sanction: { complaintId: target!.id } } });
      return a(idle, portalForm(target!, { conditionId: condition.id, evidence: pdfFile("certificate.pdf") }));
    },
  },
  {
    key: `${PORTAL_CASE}/representative-actions.ts#designateRepresentativeAction`,
    state: "AWAITING_RESPONSE",
    consumes: true,
    expect: "401  401  401  ok   404  403  403  403  403  403  403  403",
    why: "only the CCM appoints; a representative may not appoint another",
    call: async ({ target }) => a(idle, portalForm(target!, { name: "Robin Counsel", email: `${unique()}@counsel.example` })),
  },
  {
    key: `${PORTAL_CASE}/representative-actions.ts#revokeRepresentativeAction`,
    state: "AWAITING_RESPONSE",
    consumes: true,
    expect: "401  401  401  ok   404  403  403  403  403  403  403  403",
    call: async ({ w, target }) => {
      const rep = await w.db.caseRepresentative.findFirstOrThrow({ where: { complaintId: target!.id, personId: w.world.representative.id, revokedAt: null } });
      return a(idle, portalForm(target!, { representativeId: rep.id }));
    },
  },

  // ── Public: intake (anyone may file; the draft cookie is the only key to a draft) ────────
  { key: `${PUBLIC}/complaints/new/actions.ts#startIntakeAction`, expect: EVERYONE, call: async () => a(idle, formWith({})) },
  {
    key: `${PUBLIC}/complaints/new/actions.ts#saveStepAction`,
    expect: EVERYONE,
    why: "each caller posts to a draft of their own",
    call: async ({ w }) => draftOf(w, formWith({ step: "about-you", intent: "continue", name: "Pat", email: "pat@example.org", relationship: "CLIENT", preferredContact: "EMAIL", shareWithRespondent: "no" })),
  },
  {
    key: `${PUBLIC}/complaints/new/actions.ts#submitComplaintAction`,
    expect: EVERYONE,
    call: async ({ w }) => {
      const code = await fillDraft(w.db, { registryNumber: (await makeCertification(w.db, { withAccount: false })).number, context: freshContext(new Date()) });
      const draft = await findDraft(w.db, code);
      return { args: [idle, formWith({ idempotencyKey: draft!.data.idempotencyKey })], also: { draftCode: code } };
    },
  },
  { key: `${PUBLIC}/complaints/new/actions.ts#resumeIntakeAction`, expect: EVERYONE, call: async ({ w }) => ({ args: [idle, formWith({ code: (await draftOf(w, null)).also!.draftCode! })] }) },
  { key: `${PUBLIC}/complaints/new/actions.ts#removeListItemAction`, expect: EVERYONE, call: async ({ w }) => draftOf(w, formWith({ step: "witnesses", index: "0" }), { single: true }) },
  { key: `${PUBLIC}/complaints/new/actions.ts#removeFileAction`, expect: EVERYONE, call: async ({ w }) => draftOf(w, formWith({ fileId: "no-such-file" }), { single: true }) },
  { key: `${PUBLIC}/complaints/new/actions.ts#finishIntakeAction`, expect: EVERYONE, call: async ({ w }) => draftOf(w, null, { none: true }) },
  { key: `${PUBLIC}/complaints/new/actions.ts#discardDraftAction`, expect: EVERYONE, call: async ({ w }) => draftOf(w, null, { none: true }) },

  // ── Public: the complainant's status page (the access code is the key) ─────────────────
  {
    key: `${PUBLIC}/complaints/status/actions.ts#signInComplainantAction`,
    state: "SUBMITTED",
    expect: "-    ok   401  -    -    -    -    -    -    -    -    -",
    why: "only a complainant holds an access code: the target's own opens it, another case's code does not; a signed-in person has none to type",
    refusalWrites: { tables: ["Complainant"], why: "a wrong code is counted toward the reference's lockout" },
    classify: (outcome) => ((outcome.value as { fieldErrors?: { accessCode?: unknown } } | undefined)?.fieldErrors?.accessCode ? "401" : null),
    call: async ({ w, actor, target }) => a(idle, formWith({ reference: target!.reference, accessCode: actor === "complainant" ? target!.accessCode : (await w.other()).accessCode })),
  },
  { key: `${PUBLIC}/complaints/status/actions.ts#sendMessageAction`, state: "SUBMITTED", expect: STATUS_WRITE, call: async () => a(idle, formWith({ body: "Is there any news?" })) },
  { key: `${PUBLIC}/complaints/status/actions.ts#answerRequestAction`, state: "AWAITING_COMPLAINANT_INFO", expect: STATUS_WRITE.replace("own", "val"), why: "the other complainant's own case has no open request", call: async () => a(idle, formWith({ answer: "The dates were 5 and 6 January." })) },
  { key: `${PUBLIC}/complaints/status/actions.ts#requestWithdrawalAction`, state: "SUBMITTED", expect: STATUS_WRITE, call: async () => a(idle, formWith({ reason: "We settled it ourselves.", confirm: "yes" })) },
  {
    key: `${PUBLIC}/complaints/status/actions.ts#lostCodeAction`,
    state: "SUBMITTED",
    expect: EVERYONE,
    why: "the same neutral answer to all; a new code goes only to the address on file",
    call: async ({ target }) => a(idle, formWith({ reference: target!.reference, email: "someone@else.example" })),
  },
  {
    key: `${PUBLIC}/complaints/status/actions.ts#signOutComplainantAction`,
    expect: EVERYONE,
    why: "signing out lands on the signed-out page",
    classify: (outcome) => (redirectTarget(outcome.thrown) === "/complaints/status?signedout=1" ? "ok" : null),
    call: async () => a(),
  },

  // ── Public: sign-in, activation ──────────────────────────────────────────────────────────
  {
    key: `${PUBLIC}/login/actions.ts#signInAction`,
    expect: EVERYONE,
    why: "anyone may sign in with a right password, whoever is signed in already",
    call: async ({ w }) => a(idle, await signInForm(w)),
  },
  { key: `${PUBLIC}/login/actions.ts#signOutAction`, expect: EVERYONE, call: async () => a() },
  {
    key: `${PUBLIC}/login/two-factor/actions.ts#twoFactorAction`,
    expect: "401  401  401  401  401  401  401  401  401  401  401  401",
    why: "the code is asked only after a correct password, which leaves a pending sign-in cookie; a session is no substitute",
    classify: (outcome) => (/^Your sign-in has timed out/.test((outcome.value as { message?: string } | undefined)?.message ?? "") ? "401" : null),
    call: async () => a(idle, formWith({ code: "123456" })),
  },
  { key: `${PUBLIC}/activate-ccm/actions.ts#requestActivationAction`, expect: EVERYONE, call: async () => a(idle, formWith({ ccmNumber: `T-${unique()}`.slice(0, 30), email: `${unique()}@example.org` })) },
  {
    key: `${PUBLIC}/activate/[token]/actions.ts#setPasswordAction`,
    expect: EVERYONE,
    why: "the one-time link is the key, whoever holds it",
    call: async ({ w }) => a(idle, formWith({ token: await activationToken(w), password: "correct horse battery", confirm: "correct horse battery" })),
  },

  // ── Route handlers ───────────────────────────────────────────────────────────────────────
  {
    key: "app/api/documents/[id]/route.ts#GET",
    state: "AWAITING_RESPONSE",
    expect: "404  404  404  ok   404  ok   ok   404  ok   404  ok   404",
    why: "the Notice of Complaint letter: the committee side and the respondent's side",
    call: async ({ w, target }) => {
      const doc = await w.db.document.findFirstOrThrow({ where: { complaintId: target!.id, audience: "COMMITTEE_AND_RESPONDENT" } });
      return a(get(`/api/documents/${doc.id}`), { params: Promise.resolve({ id: doc.id }) });
    },
  },
  { key: "app/api/health/route.ts#GET", expect: EVERYONE, writesNothing: true, call: async () => a() },
  { key: "app/api/bench/static/route.ts#GET", expect: "404  404  404  404  404  404  404  404  404  404  404  404", why: "exists only under DOCKET_BENCH=1", call: async () => a() },
  {
    key: "app/api/bench/insert/route.ts#POST",
    expect: "404  404  404  404  404  404  404  404  404  404  404  404",
    why: "exists only under DOCKET_BENCH=1",
    call: async () => a(new Request("http://localhost:3000/api/bench/insert", { method: "POST", body: formWith({ idempotencyKey: "probe" }) })),
  },
  {
    key: "app/api/v1/certifications/[number]/route.ts#GET",
    expect: EVERYONE,
    writesNothing: true,
    why: "the public register",
    call: async ({ w }) => {
      const { number } = await w.db.certification.findUniqueOrThrow({ where: { id: w.world.respondentCertificationId } });
      return a(get(`/api/v1/certifications/${number}`), { params: Promise.resolve({ number }) });
    },
  },
  { key: "app/n/[token]/route.ts#GET", expect: EVERYONE, writesNothing: true, why: "the link's token is the capability; an unknown one goes home", call: async () => a(get("/n/unknown"), { params: Promise.resolve({ token: "unknown" }) }) },
  { key: "app/api/auth/[...nextauth]/route.ts#GET", expect: EVERYONE, writesNothing: true, why: "next-auth's own session endpoint", call: async () => a(get("/api/auth/session")) },
  {
    key: "app/api/auth/[...nextauth]/route.ts#POST",
    expect: "403  403  403  403  403  403  403  403  403  403  403  403",
    why: "a credentials post without next-auth's CSRF token is refused for everyone",
    classify: (outcome) => (outcome.value instanceof Response && /error=MissingCSRF/.test(outcome.value.headers.get("location") ?? "") ? "403" : null),
    call: async () => a(new Request("http://localhost:3000/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "email=a%40b.example&password=x" })),
  },
];
