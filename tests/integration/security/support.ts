import fc from "fast-check";
import { expect } from "vitest";
import type { FormState } from "@/lib/domain/form-state";
import type { Db } from "@/lib/server/db-factory";
import type { StepOutcome } from "@/lib/server/intake/form-result";
import { assertPrototypeClean, tamperedForm, tamperingOf } from "@/tests/support/hostile-inputs";

/**
 * Every table of the database, each as its row count and a digest of its rows: a refused request
 * must leave all of it identical (an update changes the digest even when no row is added).
 * Throttle is left out: counting attempts, refused ones included, is what it is for.
 */
const SKIPPED = ["_prisma_migrations", "Throttle"];
const tableLists = new WeakMap<Db, Promise<string[]>>();

async function tablesOf(db: Db): Promise<string[]> {
  let tables = tableLists.get(db);
  if (!tables) {
    tables = db
      .$queryRawUnsafe<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`)
      .then((rows) => rows.map((row) => row.name).filter((name) => !SKIPPED.includes(name)));
    tableLists.set(db, tables);
  }
  return tables;
}

export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await tablesOf(db);
  const sql = tables
    .map((name) => `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS digest FROM "${name}" t`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; digest: string }[]>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

export async function tableCount(db: Db): Promise<number> {
  return (await tablesOf(db)).length;
}

/** A form outcome that is a generic failure (the "Something went wrong" with a reference): the 5xx of a form. */
export function isUnexpectedFailure(outcome: StepOutcome): boolean {
  return outcome.kind === "state" && outcome.state.status === "error" && outcome.state.reference !== undefined;
}

/** Tallies per surface, printed once so the report can quote them. */
export class FuzzTally {
  private readonly counts = new Map<string, { runs: number; refused: number; accepted: number }>();

  record(surface: string, refused: boolean): void {
    const entry = this.counts.get(surface) ?? { runs: 0, refused: 0, accepted: 0 };
    entry.runs += 1;
    if (refused) entry.refused += 1;
    else entry.accepted += 1;
    this.counts.set(surface, entry);
  }

  get(surface: string) {
    return this.counts.get(surface) ?? { runs: 0, refused: 0, accepted: 0 };
  }

  print(title: string): void {
    const rows = [...this.counts.entries()].map(([surface, c]) => `  ${surface}: ${c.runs} cases (${c.refused} refused, ${c.accepted} accepted)`);
    const total = [...this.counts.values()].reduce((sum, c) => sum + c.runs, 0);
    process.stdout.write(`${title}: ${total} fuzz cases\n${rows.join("\n")}\n`);
  }
}

/** A refused form: a validation error or a user-facing message, never the generic failure, and nothing written. */
export async function expectRefusedCleanly(db: Db, outcome: StepOutcome, before: Record<string, string>, label: string): Promise<void> {
  expect(isUnexpectedFailure(outcome), `${label}: unexpected failure ${JSON.stringify(outcome).slice(0, 300)}`).toBe(false);
  expect(await databaseFingerprint(db), `${label}: a refused request wrote to the database`).toEqual(before);
}

/** A form action's FormState as a step outcome, so one runner serves both kinds of handler. */
export const asOutcome = (state: FormState): StepOutcome => ({ kind: "state", state });

export interface FormFuzz {
  db: Db;
  surface: string;
  tally: FuzzTally;
  /** A form that would be accepted as it stands; each run tampers with it. */
  valid: Record<string, string | readonly string[]>;
  /** Field names the tampering picks from (the form's own, plus any the handler reads). */
  fields: readonly string[];
  numRuns: number;
  run: (form: FormData) => Promise<StepOutcome>;
}

/**
 * Posts `numRuns` tampered copies of a valid form. Each outcome is a redirect (accepted) or an
 * error state; an error state is never the generic failure, echoes back only what was posted, and
 * leaves every table as it was. Nothing may reach Object.prototype.
 */
export async function fuzzForm(options: FormFuzz): Promise<void> {
  const { db, surface, tally } = options;
  await fc.assert(
    fc.asyncProperty(tamperingOf(options.fields), async (tampering) => {
      const before = await databaseFingerprint(db);
      const outcome = await options.run(tamperedForm(options.valid, tampering));
      assertPrototypeClean();
      const refused = outcome.kind === "state" && outcome.state.status === "error";
      if (refused) {
        await expectRefusedCleanly(db, outcome, before, surface);
        const echoed = Object.values(outcome.state.status === "error" ? (outcome.state.values ?? {}) : {});
        expect(echoed.some((value) => typeof value !== "string" || value.includes("[native code]")), `${surface}: echoed values`).toBe(false);
      }
      tally.record(surface, refused);
    }),
    { numRuns: options.numRuns },
  );
}
