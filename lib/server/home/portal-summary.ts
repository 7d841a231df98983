import "server-only";
import { db } from "../db";

/** The signed-in CCM's certifications, for the portal's certification card. */
export async function certificationsOfPerson(personId: string) {
  return db.certification.findMany({
    where: { certificant: { personId } },
    select: {
      id: true,
      number: true,
      status: true,
      validThrough: true,
      onProbation: true,
      certificant: { select: { firstName: true, lastName: true } },
    },
    orderBy: { issuedAt: "desc" },
  });
}
