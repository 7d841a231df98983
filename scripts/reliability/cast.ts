import type { Role } from "@/lib/domain/roles";
import type { Cast } from "@/lib/server/cases/case-paths";
import type { Db } from "@/lib/server/db-factory";
import type { Actor } from "@/lib/workflow";

/** The seeded demo accounts as the cast the scripted procedures (case-paths) play cases with. */
export async function demoCast(db: Db): Promise<Cast> {
  const people = await db.person.findMany({ where: { email: { endsWith: "@docket.test" } }, select: { id: true, email: true, roles: true } });
  const byEmail = (email: string) => {
    const person = people.find((p) => p.email === email);
    if (!person) throw new Error(`Demo account ${email} is missing`);
    return person;
  };
  const actor = (email: string, certificationIds: string[] = []): Actor => {
    const person = byEmail(email);
    return { kind: "person", personId: person.id, roles: person.roles as Role[], certificationIds };
  };
  const committee = people.filter((p) => p.roles.some((role) => role.startsWith("COMMITTEE_"))).map((p) => p.id);
  const appeals = people.filter((p) => p.roles.includes("APPEAL_PANEL")).map((p) => p.id);
  const certification = await db.certification.findFirstOrThrow({ where: { certificant: { personId: byEmail("ccm@docket.test").id } }, select: { id: true } });
  return {
    staff: actor("staff@docket.test"),
    chair: actor("chair@docket.test"),
    voterIds: committee,
    hearingPanelIds: committee,
    appealPanelIds: appeals,
    respondent: actor("ccm@docket.test", [certification.id]),
    respondentCertificationId: certification.id,
  };
}
