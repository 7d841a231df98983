import "server-only";
import type { z } from "zod";
import type { ActivationRequestSchema } from "@/lib/domain/portal/forms";
import type { Role } from "@/lib/domain/roles";
import { appendAudit } from "../audit/append";
import { personStream } from "../admin/people";
import type { Db, TxClient } from "../db";
import { logger } from "../logger";
import { checkThrottle, recordThrottleEvent, type ThrottleRule } from "../throttle";
import { ACTIVATION_TTL_DAYS, issueActivationLink } from "./activation-link";
import { enqueuePlainNotice } from "./notices";

/** Per client address and per certification number: enough for typos, too few to sweep the registry. */
export const ACTIVATION_ADDRESS_RULE: ThrottleRule = { limit: 10, windowSeconds: 60 * 60, lockSeconds: 60 * 60 };
export const ACTIVATION_NUMBER_RULE: ThrottleRule = { limit: 5, windowSeconds: 60 * 60, lockSeconds: 60 * 60 };

export type ActivationRequestResult = { status: "accepted" } | { status: "throttled"; retryAfterSeconds: number };

type Matched = {
  certificationId: string;
  name: string;
  registryEmail: string;
  person: { id: string; active: boolean; roles: string[]; certificantId: string | null } | null;
};

async function findMatch(db: Db, input: z.output<typeof ActivationRequestSchema>): Promise<Matched | null> {
  const certification = await db.certification.findUnique({
    where: { number: input.ccmNumber.trim().toUpperCase() },
    select: {
      id: true,
      certificant: {
        select: { firstName: true, lastName: true, email: true, person: { select: { id: true, active: true, roles: true, certificant: { select: { id: true } } } } },
      },
    },
  });
  const certificant = certification?.certificant;
  // The link goes only to the email address on the registry record, never to one typed here.
  if (!certification || !certificant?.email || certificant.email.trim().toLowerCase() !== input.email) return null;
  const person = certificant.person;
  return {
    certificationId: certification.id,
    name: `${certificant.firstName} ${certificant.lastName}`,
    registryEmail: certificant.email.trim().toLowerCase(),
    person: person && { id: person.id, active: person.active, roles: person.roles, certificantId: person.certificant?.id ?? null },
  };
}

/** The account the registry record belongs to: its linked person, one with the registry email, or a new CCM account. */
async function accountFor(tx: TxClient, match: Matched): Promise<string | null> {
  if (match.person) return match.person.active ? match.person.id : null;
  const certificant = await tx.certificant.findFirst({ where: { certifications: { some: { id: match.certificationId } } }, select: { id: true } });
  if (!certificant) return null;
  const existing = await tx.person.findUnique({ where: { email: match.registryEmail }, select: { id: true, active: true, roles: true, certificant: { select: { id: true } } } });
  if (existing && (!existing.active || existing.certificant)) return null;
  const personId = existing
    ? existing.id
    : (await tx.person.create({ data: { email: match.registryEmail, name: match.name, roles: ["CCM"] }, select: { id: true } })).id;
  if (existing && !existing.roles.includes("CCM")) await tx.person.update({ where: { id: existing.id }, data: { roles: [...(existing.roles as Role[]), "CCM"] } });
  await tx.certificant.update({ where: { id: certificant.id }, data: { personId } });
  return personId;
}

/**
 * A CCM asks for their account: when the number and email match a registry record, a one-time
 * activation link goes to the registry's email address (a CCM_ACTIVATION notice in the outbox).
 * The result never says whether anything matched; only the throttle is visible.
 */
export async function requestCcmActivation(
  db: Db,
  input: z.output<typeof ActivationRequestSchema>,
  context: { address: string; now?: Date },
): Promise<ActivationRequestResult> {
  const now = context.now ?? new Date();
  const keys: [string, ThrottleRule][] = [
    [`ccm-activation:address:${context.address}`, ACTIVATION_ADDRESS_RULE],
    [`ccm-activation:number:${input.ccmNumber.trim().toUpperCase()}`, ACTIVATION_NUMBER_RULE],
  ];
  for (const [key] of keys) {
    const verdict = await checkThrottle(key, now, db);
    if (!verdict.allowed) return { status: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  }
  for (const [key, rule] of keys) await recordThrottleEvent(key, rule, now, db);

  const match = await findMatch(db, input);
  if (!match) return { status: "accepted" };
  await db.$transaction(async (tx) => {
    const personId = await accountFor(tx, match);
    if (!personId) {
      logger.warn({ certificationId: match.certificationId }, "CCM activation matched a record whose account cannot be activated");
      return;
    }
    const { link } = await issueActivationLink(tx, personId, now);
    await enqueuePlainNotice(tx, {
      template: "CCM_ACTIVATION",
      recipientKind: "PERSON",
      recipientPersonId: personId,
      toAddress: match.registryEmail,
      subject: "Activate your CCM portal account",
      paragraphs: [
        `Dear ${match.name},`,
        `Someone asked to activate the Docket CCM portal account for your certification. Set your password with the link below within ${ACTIVATION_TTL_DAYS} days; it works once.`,
        "If this was not you, ignore this email: nothing changes until the link is used.",
      ],
      link: { prompt: "Set your password:", href: link },
      now,
    });
    await appendAudit(tx, {
      stream: personStream(personId),
      actor: { kind: "SYSTEM" },
      type: "CCM_ACTIVATION_REQUESTED",
      payload: { certificationId: match.certificationId },
      at: now,
    });
  });
  return { status: "accepted" };
}
