import { seedCatalogue } from "@/prisma/seed/catalogue";
import type { Cast } from "@/lib/server/cases/case-paths";
import type { Db } from "@/lib/server/db-factory";
import { makeCertification, makePerson, type MadePerson, type PersonActor } from "./people";

/**
 * One cast of people per database: staff, a Chair and Vice-Chair, three members, three
 * commissioners, the respondent CCM (with account and certification), another CCM, a
 * representative and an administrator. The committee roster is global, so a second cast in the
 * same database would change every majority: getWorld returns the same one each time.
 */
export interface World {
  staff: MadePerson;
  chair: MadePerson;
  vice: MadePerson;
  members: [MadePerson, MadePerson, MadePerson];
  commissioners: [MadePerson, MadePerson, MadePerson];
  respondent: PersonActor;
  respondentCertificationId: string;
  otherCcm: PersonActor;
  representative: MadePerson;
  admin: MadePerson;
  /** Every committee person, all of whom vote FOR in scripted decisions. */
  committeeIds: string[];
  cast: Cast;
}

const worlds = new WeakMap<Db, Promise<World>>();

export function getWorld(db: Db): Promise<World> {
  let world = worlds.get(db);
  if (!world) {
    world = buildWorld(db);
    worlds.set(db, world);
  }
  return world;
}

async function buildWorld(db: Db): Promise<World> {
  // Cited provisions are rows the case links to: the reference catalogue must be there.
  await seedCatalogue(db);
  const staff = await makePerson(db, { roles: ["STAFF"], name: "Sam Staff" });
  const chair = await makePerson(db, { roles: ["COMMITTEE_CHAIR", "COMMITTEE_MEMBER"], name: "Chris Chair" });
  const vice = await makePerson(db, { roles: ["COMMITTEE_VICE_CHAIR", "COMMITTEE_MEMBER"], name: "Val Vice" });
  const members = [
    await makePerson(db, { roles: ["COMMITTEE_MEMBER"], name: "Mo Member" }),
    await makePerson(db, { roles: ["COMMITTEE_MEMBER"], name: "Mia Member" }),
    await makePerson(db, { roles: ["COMMITTEE_MEMBER"], name: "Max Member" }),
  ] as const;
  const commissioners = [
    await makePerson(db, { roles: ["APPEAL_PANEL"], name: "Ann Appeal" }),
    await makePerson(db, { roles: ["APPEAL_PANEL"], name: "Ben Appeal" }),
    await makePerson(db, { roles: ["APPEAL_PANEL"], name: "Cat Appeal" }),
  ] as const;
  const respondentCert = await makeCertification(db);
  const otherCert = await makeCertification(db);
  const representative = await makePerson(db, { roles: [], name: "Rae Representative" });
  const admin = await makePerson(db, { roles: ["ADMIN"], name: "Ada Admin" });
  const committeeIds = [chair.id, vice.id, ...members.map((m) => m.id)];
  const respondent = respondentCert.person!.actor;
  return {
    staff,
    chair,
    vice,
    members: [...members],
    commissioners: [...commissioners],
    respondent,
    respondentCertificationId: respondentCert.certificationId,
    otherCcm: otherCert.person!.actor,
    representative,
    admin,
    committeeIds,
    cast: {
      staff: staff.actor,
      chair: chair.actor,
      voterIds: committeeIds,
      hearingPanelIds: [chair.id, members[0].id, members[1].id],
      appealPanelIds: commissioners.map((c) => c.id),
      respondent,
      respondentCertificationId: respondentCert.certificationId,
    },
  };
}

/**
 * The world's cast with a new respondent CCM (account + ACTIVE certification of their own), for
 * tests that follow one certification's status without other cases' sanctions on it.
 */
export async function castWithNewRespondent(db: Db): Promise<{ cast: Cast; respondent: PersonActor; certificationId: string }> {
  const world = await getWorld(db);
  const made = await makeCertification(db);
  const respondent = made.person!.actor;
  return { cast: { ...world.cast, respondent, respondentCertificationId: made.certificationId }, respondent, certificationId: made.certificationId };
}
