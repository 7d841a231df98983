import "server-only";
import type { Role } from "@/lib/domain/roles";
import type { Actor } from "@/lib/workflow";
import { readAccount, readAccountWith } from "../account";
import { db as defaultDb, type DbOrTx } from "../db";

/**
 * The workflow actor for a signed-in person, read fresh from the database (roles and the
 * certifications they hold as a CCM), never from the client. An inactive or unknown person is null.
 */
export async function actorForPerson(personId: string, options: { db?: DbOrTx } = {}): Promise<Extract<Actor, { kind: "person" }> | null> {
  // On the app's own client, the account the session check read in this request (readAccount).
  const person = !options.db || options.db === defaultDb ? await readAccount(personId) : await readAccountWith(options.db, personId);
  if (!person?.active) return null;
  return {
    kind: "person",
    personId: person.id,
    roles: person.roles as Role[],
    certificationIds: person.certificant?.certifications.map((c) => c.id) ?? [],
  };
}

/** The complainant signed in to their own case (status page, access code). */
export function complainantActor(complaintId: string): Actor {
  return { kind: "complainant", complaintId };
}
