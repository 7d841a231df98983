import type { LifecycleStatus } from "@/lib/domain/certification";
import type { Role } from "@/lib/domain/roles";
import type { Db } from "@/lib/server/db-factory";
import type { Actor } from "@/lib/workflow";

let counter = 0;
/** Unique within a process and readable in failures. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${(counter += 1).toString(36)}`;

export type PersonActor = Extract<Actor, { kind: "person" }>;

export interface MadePerson {
  id: string;
  email: string;
  actor: PersonActor;
}

export function personActor(personId: string, roles: Role[], certificationIds: string[] = []): PersonActor {
  return { kind: "person", personId, roles, certificationIds };
}

export async function makePerson(db: Db, options: { roles: Role[]; name?: string; email?: string } = { roles: [] }): Promise<MadePerson> {
  const email = options.email ?? `person-${uniqueSuffix()}@test.example`;
  const person = await db.person.create({ data: { email, name: options.name ?? "Test Person", roles: options.roles } });
  return { id: person.id, email, actor: personActor(person.id, options.roles) };
}

export interface MadeCertification {
  certificationId: string;
  number: string;
  /** The CCM's account, when made with one; its actor carries the certification. */
  person: MadePerson | null;
}

/** A registry record (ACTIVE unless told), optionally with a CCM account linked to it. */
export async function makeCertification(
  db: Db,
  options: { lifecycleStatus?: LifecycleStatus; withAccount?: boolean; email?: string | null } = {},
): Promise<MadeCertification> {
  const suffix = uniqueSuffix();
  const number = `T${suffix.toUpperCase()}`;
  const lifecycleStatus = options.lifecycleStatus ?? "ACTIVE";
  const account = options.withAccount === false ? null : await makePerson(db, { roles: ["CCM"], name: "Casey Manager" });
  const certificant = await db.certificant.create({
    data: {
      firstName: "Casey",
      lastName: `Manager ${suffix}`,
      email: options.email === undefined ? `ccm-${suffix}@test.example` : options.email,
      personId: account?.id ?? null,
      certifications: {
        create: {
          number,
          issuedAt: new Date("2022-01-15T00:00:00Z"),
          validThrough: new Date("2030-01-31T00:00:00Z"),
          lifecycleStatus,
          status: lifecycleStatus,
        },
      },
    },
    select: { certifications: { select: { id: true } } },
  });
  const certificationId = certificant.certifications[0]!.id;
  const person = account ? { ...account, actor: personActor(account.id, ["CCM"], [certificationId]) } : null;
  return { certificationId, number, person };
}
