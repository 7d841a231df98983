import type { NewCaseInput } from "@/lib/domain/new-case";
import type { SanctionAction } from "@/lib/domain/sanctions";
import { driveCaseTo, ManualClock, sampleNewCase, type Cast } from "@/lib/server/cases/case-paths";
import type { Db } from "@/lib/server/db-factory";
import type { Actor, CaseState } from "@/lib/workflow";
import { getWorld, type World } from "./world";

/** Monday 2 March 2026, 09:00 UTC: a fixed start so due dates are predictable. */
export const T0 = new Date("2026-03-02T09:00:00Z");

export interface MakeCaseOptions {
  /** Any state a case can rest in (DECIDED, APPEAL_DECIDED and FINAL are left at once). */
  to: CaseState;
  clock?: ManualClock;
  /** Defaults to the database's shared world (getWorld). */
  cast?: Cast;
  complaint?: Partial<NewCaseInput>;
  actions?: SanctionAction[];
  provisionCodes?: string[];
}

export interface MadeCase {
  id: string;
  reference: string;
  state: CaseState;
  version: number;
  complainant: Actor;
  clock: ManualClock;
  world: World;
}

/**
 * A case in state `to`, reached by replaying real events through createCase and runTransition
 * (never by writing rows), with an injected clock the caller can keep moving.
 */
export async function makeCase(db: Db, options: MakeCaseOptions): Promise<MadeCase> {
  const world = await getWorld(db);
  const clock = options.clock ?? new ManualClock(T0);
  const made = await driveCaseTo(options.to, {
    db,
    cast: options.cast ?? world.cast,
    clock,
    complaint: sampleNewCase(options.complaint),
    ...(options.actions && { actions: options.actions }),
    ...(options.provisionCodes && { provisionCodes: options.provisionCodes }),
  });
  const row = await db.complaint.findUniqueOrThrow({ where: { id: made.id }, select: { state: true, version: true } });
  if (row.state !== options.to) throw new Error(`makeCase: expected ${options.to}, the case is in ${row.state}`);
  return { ...made, state: row.state, version: row.version, clock, world };
}
