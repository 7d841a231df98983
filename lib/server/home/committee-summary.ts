import "server-only";
import { db } from "../db";

/** Open cases per state, for the committee landing page. */
export async function openCaseCountsByState(): Promise<{ state: string; count: number }[]> {
  const rows = await db.complaint.groupBy({
    by: ["state"],
    where: { state: { notIn: ["CLOSED", "CLOSED_DISMISSED", "CLOSED_WITHDRAWN", "CLOSED_ABANDONED"] } },
    _count: { _all: true },
    orderBy: { state: "asc" },
  });
  return rows.map((row) => ({ state: row.state, count: row._count._all }));
}
