import type { DbHandle } from "@/lib/server/db-adapter";

/** The settings row is written last by the seed, so its presence means a seed completed. */
export async function isSeeded(handle: Pick<DbHandle, "query">): Promise<boolean> {
  const rows = await handle.query(`SELECT 1 FROM "ProcedureSettings" WHERE id = 'current'`);
  return rows.length > 0;
}
