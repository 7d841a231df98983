import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("./next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./next-request")).nextCacheMock);
vi.mock("@/lib/server/errors", async (original) => (await import("./next-request")).errorsMock(await original()));

import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { classify, describe as describeOutcome, REFUSALS, type Token } from "./authz-outcome";
import { TABLE, type Probe } from "./authz-table";
import { ACTORS, AuthzWorld, type ActorKind } from "./authz-world";
import { writeFingerprint as databaseFingerprint } from "./authz-fingerprint";
import { cookiesFor } from "./identity";
import { runInRequest } from "./next-request";
import { discoverSurface, importSurface, surfaceFiles } from "./surface";

process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";

let testDb: TestDb;
let w: AuthzWorld;
const figures = { tried: 0, refused: 0, allowed: 0, stoppedAtValidation: 0, notApplicable: 0 };

beforeAll(async () => {
  testDb = await createTestDb();
  (globalThis as { __docketDb?: unknown }).__docketDb = testDb.db;
  w = await AuthzWorld.create(testDb.db);
});
afterAll(async () => {
  delete (globalThis as { __docketDb?: unknown }).__docketDb;
  await testDb?.close();
  const keys = new Set(TABLE.map((probe) => probe.key)).size;
  process.stdout.write(
    `authorization matrix: ${keys} actions and routes (${TABLE.length} probes) × ${ACTORS.length} kinds of caller = ${figures.tried} calls tried: ` +
      `${figures.refused} refused with the database unchanged, ${figures.allowed} allowed (${figures.stoppedAtValidation} of them stopped by a check that is not about the caller); ${figures.notApplicable} pairs not applicable\n`,
  );
});

function expectations(probe: Probe): Map<ActorKind, Token | "-"> {
  const tokens = probe.expect.trim().split(/\s+/);
  expect(tokens, `${probe.key}: one token per kind of caller`).toHaveLength(ACTORS.length);
  return new Map(ACTORS.map((actor, i) => [actor, tokens[i] as Token | "-"]));
}

/** The rows of one case a call on another case must not touch. */
async function caseRows(caseId: string) {
  const db = testDb.db;
  return {
    complaint: await db.complaint.findUniqueOrThrow({ where: { id: caseId } }),
    audit: await db.auditEvent.count({ where: { complaintId: caseId } }),
    messages: await db.message.count({ where: { complaintId: caseId } }),
  };
}

async function tryPair(probe: Probe, actor: ActorKind, expected: Token, fn: (...args: unknown[]) => Promise<unknown>): Promise<string | null> {
  const target = probe.state ? await w.fresh(await w.caseIn(probe.state, probe.arrange)) : null;
  const { args, also } = await probe.call({ w, actor, target });
  const cookies = await cookiesFor(testDb.db, { ...(await w.identity(actor, target)), ...also });
  const mayRefuse = REFUSALS.includes(expected) || probe.writesNothing;
  const before = mayRefuse ? await databaseFingerprint(testDb.db) : null;
  const caseBefore = target && (await caseRows(target.id));
  const outcome = await runInRequest(cookies, () => fn(...args));
  figures.tried += 1;
  let got = probe.classify?.(outcome) ?? classify(outcome);
  const caseAfter = target && (await caseRows(target.id));
  const caseTouched = JSON.stringify(caseAfter) !== JSON.stringify(caseBefore);
  const caseMoved = JSON.stringify(caseAfter?.complaint) !== JSON.stringify(caseBefore?.complaint);
  if (got === "ok" && expected === "own" && !caseTouched) got = "own";
  if (got !== expected) return `${actor}: expected ${expected}, got ${got} (${describeOutcome(outcome)})`;
  if (before) {
    const after = await databaseFingerprint(testDb.db);
    const tolerated = REFUSALS.includes(got) ? (probe.refusalWrites?.tables ?? []) : [];
    const tables = Object.keys(after).filter((name) => after[name] !== before[name] && !tolerated.includes(name));
    if (tables.length > 0) return `${actor}: ${got === "ok" ? "allowed" : "refused"}, but the database changed (${tables.join(", ")})`;
  }
  if (REFUSALS.includes(got)) figures.refused += 1;
  else {
    figures.allowed += 1;
    if (got === "val") figures.stoppedAtValidation += 1;
    if (probe.state && (caseMoved || probe.consumes)) w.spend(probe.state, probe.arrange);
  }
  return null;
}

/** Refusals first: they share one target case; each allowed call may use up one. */
const refusalsFirst = (a: [ActorKind, Token | "-"], b: [ActorKind, Token | "-"]) => Number(!REFUSALS.includes(a[1] as Token)) - Number(!REFUSALS.includes(b[1] as Token));

describe("the surface is registered", () => {
  it("every server action and route handler found on disk has a row in the table, and every row names one", () => {
    const discovered = discoverSurface();
    const registered = [...new Set(TABLE.map((probe) => probe.key))].sort();
    expect(discovered.length).toBeGreaterThan(40);
    expect(discovered.filter((key) => !registered.includes(key)), "actions or routes missing from authz-table.ts").toEqual([]);
    expect(registered.filter((key) => !discovered.includes(key)), "table rows for nothing on disk").toEqual([]);
    expect(surfaceFiles().inline, "inline \"use server\" functions cannot be listed: move them to an actions file").toEqual([]);
  });

  it("every registered name is a function the module really exports", async () => {
    for (const key of new Set(TABLE.map((probe) => probe.key))) {
      const [file, name] = key.split("#") as [string, string];
      expect(typeof (await importSurface(file))[name], key).toBe("function");
    }
  });
});

describe("each action and route × each kind of caller", () => {
  for (const probe of TABLE) {
    it(`${probe.key}${probe.label ? ` — ${probe.label}` : ""}`, async () => {
      const [file, name] = probe.key.split("#") as [string, string];
      const fn = (await importSurface(file))[name] as (...args: unknown[]) => Promise<unknown>;
      const wrong: string[] = [];
      for (const [actor, expected] of [...expectations(probe)].sort(refusalsFirst)) {
        if (expected === "-") {
          figures.notApplicable += 1;
          continue;
        }
        const problem = await tryPair(probe, actor, expected as Token, fn);
        if (problem) wrong.push(problem);
      }
      expect(wrong, probe.why ?? "").toEqual([]);
    });
  }
});
