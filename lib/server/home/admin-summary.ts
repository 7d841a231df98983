import "server-only";
import { db } from "../db";

export async function adminOverview() {
  const [certifications, people, complaints, pendingNotices] = await Promise.all([
    db.certification.count(),
    db.person.count({ where: { active: true } }),
    db.complaint.count(),
    db.notice.count({ where: { status: { in: ["PENDING", "FAILED", "DEAD"] } } }),
  ]);
  return { certifications, people, complaints, pendingNotices };
}
