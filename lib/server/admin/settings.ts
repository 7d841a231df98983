import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import {
  defaultLetterhead,
  diffSettings,
  LetterheadSchema,
  type Letterhead,
  type ProcedureSettingsData,
  type SettingsChange,
} from "@/lib/domain/admin/settings";
import { defaultProcedureRules, ProcedureRulesSchema, type ProcedureRules } from "@/lib/workflow/rules";
import { appendAudit, type AuditActor } from "../audit/append";
import { AppError } from "../errors";
import { logger } from "../logger";

/** ProcedureSettings holds one current row; its data is the rules plus the letterhead. */
export const SETTINGS_ID = "current";

type SettingsReader = Pick<PrismaClient, "procedureSettings">;

export type CurrentSettings = { rules: ProcedureRules; letterhead: Letterhead; version: number; updatedAt: Date | null; stored: unknown };

export async function readSettings(db: SettingsReader): Promise<CurrentSettings> {
  const row = await db.procedureSettings.findUnique({ where: { id: SETTINGS_ID } });
  const stored: unknown = row?.data ?? {};
  return { rules: rulesFrom(stored), letterhead: letterheadFrom(stored), version: row?.version ?? 0, updatedAt: row?.updatedAt ?? null, stored };
}

function rulesFrom(stored: unknown): ProcedureRules {
  const parsed = ProcedureRulesSchema.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  logger.warn({ issues: parsed.error.issues.slice(0, 5) }, "stored procedure settings are invalid; using the defaults");
  return defaultProcedureRules;
}

function letterheadFrom(stored: unknown): Letterhead {
  const raw = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>).letterhead : undefined;
  const parsed = LetterheadSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultLetterhead;
}

/**
 * The procedure rules in force, for the workflow: read when a deadline opens, so a change applies
 * to deadlines opened afterwards. Falls back to the defaults when nothing (valid) is stored.
 */
export async function getProcedureRules(db: SettingsReader): Promise<ProcedureRules> {
  return (await readSettings(db)).rules;
}

export async function getLetterhead(db: SettingsReader): Promise<Letterhead> {
  return (await readSettings(db)).letterhead;
}

/**
 * Saves the settings if nobody else saved since `expectedVersion` (0 = nothing stored yet),
 * auditing each changed value with its before and after. Saving identical values writes nothing.
 */
export async function saveSettings(
  db: PrismaClient,
  data: ProcedureSettingsData,
  expectedVersion: number,
  actor: AuditActor,
): Promise<{ version: number; changes: SettingsChange[] }> {
  const conflict = () => new AppError("CONFLICT", "Someone else changed the settings since you opened this page. Your values are below: reload the page to see theirs, then make your change again.");
  try {
    return await db.$transaction(async (tx) => {
      const current = await readSettings(tx);
      if (current.version !== expectedVersion) throw conflict();
      const before = { ...current.rules, letterhead: current.letterhead };
      const changes = diffSettings(before, data);
      if (changes.length === 0) return { version: current.version, changes };
      const json = data as unknown as Prisma.InputJsonValue;
      const updatedById = actor.kind === "PERSON" ? actor.id : null;
      if (expectedVersion === 0) {
        await tx.procedureSettings.create({ data: { id: SETTINGS_ID, data: json, version: 1, updatedById } });
      } else {
        const updated = await tx.procedureSettings.updateMany({
          where: { id: SETTINGS_ID, version: expectedVersion },
          data: { data: json, version: { increment: 1 }, updatedById },
        });
        if (updated.count === 0) throw conflict();
      }
      await appendAudit(tx, {
        stream: "settings",
        actor,
        type: "SETTINGS_CHANGED",
        payload: { version: expectedVersion + 1, changes },
      });
      return { version: expectedVersion + 1, changes };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict();
    throw error;
  }
}
