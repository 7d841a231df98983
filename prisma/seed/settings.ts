import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db-factory";
import { defaultProcedureRules } from "@/lib/workflow/rules";

/** Also read by is-seeded.ts (kept apart so db:setup need not load the seed). */
export const SETTINGS_ID = "current";

/** The procedure rules row, with the defaults; an existing row (maybe edited by an admin) is kept. */
export async function seedSettings(db: Db): Promise<boolean> {
  if (await db.procedureSettings.findUnique({ where: { id: SETTINGS_ID }, select: { id: true } })) return false;
  await db.procedureSettings.create({
    data: { id: SETTINGS_ID, data: defaultProcedureRules as unknown as Prisma.InputJsonValue },
  });
  return true;
}
