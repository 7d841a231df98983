import type { Db } from "@/lib/server/db-factory";
import { seedCatalogue } from "./catalogue";
import { seedDemoCases } from "./demo-cases";
import { utcDay } from "./dates";
import { DEMO_CERTIFICATION_NUMBERS, seedDemoAccounts } from "./demo-accounts";
import { seedRegistry } from "./registry";
import { seedSettings } from "./settings";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
export { REGISTRY_SIZE } from "./registry";
export { isSeeded } from "./is-seeded";

export interface SeedOptions {
  /** Demo accounts and the generated registry; reference data is always seeded. */
  demo?: boolean;
  /** The day registry dates are relative to (default: today, UTC). */
  today?: Date;
}

export interface SeedSummary {
  provisionsCreated: number;
  provisionsUpdated: number;
  accountsCreated: number;
  certificationsCreated: number;
  /** Demo complaints filed and moved through the workflow (prisma/seed/demo-cases.ts); absent when none were. */
  demoCasesCreated?: number;
  settingsCreated: boolean;
}

/**
 * Idempotent: every part is keyed by a natural key (provision id, email, certification number,
 * settings id) and only writes what is missing or changed, so a second run writes nothing.
 * Settings go last: their presence marks a database as seeded (see is-seeded.ts).
 */
export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const today = utcDay(options.today ?? new Date());
  const demo = options.demo ?? true;
  const provisions = await seedCatalogue(db);
  const accountsCreated = demo ? await seedDemoAccounts(db, today) : 0;
  const certificationsCreated = demo ? await seedRegistry(db, today, DEMO_CERTIFICATION_NUMBERS) : 0;
  // Demo cases go through the real workflow, so they need the accounts and registry above.
  const demoCasesCreated = demo ? await seedDemoCases(db, today) : 0;
  const settingsCreated = await seedSettings(db);
  return {
    provisionsCreated: provisions.created,
    provisionsUpdated: provisions.updated,
    accountsCreated,
    certificationsCreated,
    ...(demoCasesCreated > 0 && { demoCasesCreated }),
    settingsCreated,
  };
}

/**
 * Demo data (known password, invented registry) unless told otherwise: DOCKET_SEED_DEMO=true/false
 * decides; without it, a production PostgreSQL database gets reference data only.
 */
export function demoDataWanted(env: NodeJS.ProcessEnv, targetKind: "pglite" | "postgres"): boolean {
  if (env.DOCKET_SEED_DEMO === "true") return true;
  if (env.DOCKET_SEED_DEMO === "false") return false;
  return !(env.NODE_ENV === "production" && targetKind === "postgres");
}

export function describeSeed(summary: SeedSummary): string {
  return [
    `provisions +${summary.provisionsCreated} (~${summary.provisionsUpdated})`,
    `accounts +${summary.accountsCreated}`,
    `certifications +${summary.certificationsCreated}`,
    `demo cases +${summary.demoCasesCreated ?? 0}`,
    `settings ${summary.settingsCreated ? "+1" : "kept"}`,
  ].join(", ");
}
