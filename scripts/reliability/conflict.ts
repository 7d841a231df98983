import { sampleNewCase } from "@/lib/server/cases/case-paths";
import { createCase } from "@/lib/server/cases/create-case";
import type { Db } from "@/lib/server/db-factory";
import { Browser } from "./browser";
import type { Instance } from "./instances";
import type { Check } from "./report";
import { signIn } from "./sign-in";

export interface ConflictFigures {
  attempts: number;
  applied: number;
  conflicts: number;
  other: number;
  fiveHundreds: number;
  perInstance: Record<string, number>;
}

const EVENT = "START_INTAKE";

/**
 * 50 staff submissions of "Start the intake check" on one new case, all from the same page (so
 * with the same expected version), fired at once and split across the instances: exactly one may
 * apply; the others must come back as the form's "this case changed" message, never a 5xx.
 * The form is the case file's own server action form, posted as a browser without JavaScript
 * posts it, with one signed-in session used on both instances.
 */
export async function conflictingTransitions(db: Db, instances: readonly Instance[], attempts: number): Promise<{ figures: ConflictFigures; checks: Check[] }> {
  const made = await createCase(sampleNewCase({ idempotencyKey: `reliability-conflict-${Date.now()}` }), { db });
  const staff = new Browser(instances[0]!.url, [], "10.77.0.1");
  await signIn(staff, "staff@docket.test");
  const page = await staff.get(`/committee/cases/${made.id}?act=${EVENT}`);
  const form = Browser.form(page, new RegExp(`name="eventType" value="${EVENT}"`));
  const versionField = form.fields.find(([name]) => name === "version")?.[1];

  const statuses: number[] = [];
  const perInstance: Record<string, number> = {};
  const outcomes = await Promise.all(
    Array.from({ length: attempts }, async (_, i) => {
      const instance = instances[i % instances.length]!;
      perInstance[instance.name] = (perInstance[instance.name] ?? 0) + 1;
      const browser = staff.at(instance.url, statuses);
      const path = new URL(form.url).pathname + new URL(form.url).search;
      try {
        const result = await browser.submit({ ...form, url: new URL(path, instance.url).toString() });
        if (new URL(result.url).searchParams.get("done") === EVENT) return "applied";
        if (result.status === 200 && result.html.includes("This case changed since you opened it")) return "conflict";
        return `other: ${result.status} ${result.url}`;
      } catch (error) {
        return `other: ${error instanceof Error ? error.message : String(error)}`;
      }
    }),
  );

  const after = await db.complaint.findUniqueOrThrow({ where: { id: made.id }, select: { version: true, state: true } });
  const audits = await db.auditEvent.count({ where: { complaintId: made.id, type: EVENT } });
  const figures: ConflictFigures = {
    attempts,
    applied: outcomes.filter((o) => o === "applied").length,
    conflicts: outcomes.filter((o) => o === "conflict").length,
    other: outcomes.filter((o) => o.startsWith("other")).length,
    fiveHundreds: statuses.filter((s) => s >= 500).length,
    perInstance,
  };
  const others = [...new Set(outcomes.filter((o) => o.startsWith("other")))].slice(0, 3).join("; ");
  return {
    figures,
    checks: [
      { name: "the form carried the case's version", ok: versionField === String(made.version), detail: `version field ${versionField}, case at ${made.version}` },
      { name: "exactly one submission applied", ok: figures.applied === 1, detail: `${figures.applied} applied` },
      { name: "every other submission was told the case changed", ok: figures.conflicts === attempts - 1 && figures.other === 0, detail: `${figures.conflicts} conflicts, ${figures.other} other${others ? ` (${others})` : ""}` },
      { name: "no response was a 5xx", ok: figures.fiveHundreds === 0, detail: `${figures.fiveHundreds} of ${statuses.length} responses` },
      { name: "one audit event and version + 1 in the database", ok: audits === 1 && after.version === made.version + 1 && after.state === "INTAKE", detail: `${audits} ${EVENT} events, version ${made.version} → ${after.version}, state ${after.state}` },
    ],
  };
}
