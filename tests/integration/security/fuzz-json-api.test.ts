import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RegistryQuerySchema } from "@/lib/domain/intake/case-manager";
import { VerifyQuerySchema } from "@/lib/domain/registry-verification";
import { searchRegistryCandidates } from "@/lib/server/intake/registry";
import { searchPublicRegister } from "@/lib/server/verification/lookup";
import { makeCase, makeCertification } from "@/tests/factories";
import { assertPrototypeClean, hostileText } from "@/tests/support/hostile-inputs";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { databaseFingerprint, FuzzTally } from "./support";

/**
 * Fuzzing the public read endpoints: GET /api/v1/certifications/{number} (JSON), GET
 * /api/documents/{id}, GET /n/{token} (a notice's link), and the register searches behind /verify and /complaints/check. Every
 * answer is a 2xx or 4xx with its proper body, never a 5xx, and nothing is written.
 */
let complainantCase = "";
vi.mock("@/lib/server/documents/request-actors", () => ({
  requestActors: async () => [{ kind: "complainant", complaintId: complainantCase }],
}));

const RUNS = 30;
const tally = new FuzzTally();
let testDb: TestDb;
let addresses = 0;

/** Path segments as a router hands them over: hostile text, traversal, encodings, a real number nearby. */
const hostileSegment = fc.oneof(
  hostileText,
  fc.constantFrom("..", "../../etc/passwd", "%2e%2e%2f", "CCM-0001%00", "CCM-0001\u0000", "Casey\u0000", "\u0000\u0000\u0000", "*", "%", "_", "\\", "' OR 1=1 --", "null", "__proto__"),
  fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/),
);

beforeAll(async () => {
  testDb = await createTestDb();
  (globalThis as { __docketDb?: unknown }).__docketDb = testDb.db;
  await makeCertification(testDb.db, { withAccount: false });
  complainantCase = (await makeCase(testDb.db, { to: "SUBMITTED" })).id;
});
afterAll(async () => {
  tally.print("public read endpoints");
  delete (globalThis as { __docketDb?: unknown }).__docketDb;
  await testDb?.close();
});

const request = (path: string) => new Request(`http://localhost:3000${path}`, { headers: { "x-forwarded-for": `192.0.2.${(addresses += 1)}` } });

describe("public read endpoints answer hostile input with a 4xx, never a 5xx, and write nothing", () => {
  it("GET /api/v1/certifications/{number}", async () => {
    const { GET } = await import("@/app/api/v1/certifications/[number]/route");
    await fc.assert(
      fc.asyncProperty(hostileSegment, async (number) => {
        const before = await databaseFingerprint(testDb.db);
        const response = await GET(request(`/api/v1/certifications/${encodeURIComponent(number)}`), { params: Promise.resolve({ number }) });
        assertPrototypeClean();
        expect([200, 400, 404, 429], `status for ${JSON.stringify(number).slice(0, 80)}`).toContain(response.status);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        const body = (await response.json()) as { error?: string };
        if (response.status >= 400) expect(body.error).toMatch(/^(invalid_number|not_found|rate_limited)$/);
        expect(await databaseFingerprint(testDb.db)).toEqual(before);
        tally.record("certifications API", response.status >= 400);
      }),
      { numRuns: RUNS },
    );
  });

  it("GET /n/{token}, a notice's link", async () => {
    const { GET } = await import("@/app/n/[token]/route");
    await fc.assert(
      fc.asyncProperty(hostileSegment, async (token) => {
        const before = await databaseFingerprint(testDb.db);
        const response = await GET(request(`/n/${encodeURIComponent(token)}`), { params: Promise.resolve({ token }) });
        assertPrototypeClean();
        // An unknown or malformed token records nothing and goes home, with no referrer and no cache.
        expect(response.status, `status for ${JSON.stringify(token).slice(0, 80)}`).toBe(303);
        expect(response.headers.get("location")).toBe("/");
        expect(response.headers.get("referrer-policy")).toBe("no-referrer");
        expect(await databaseFingerprint(testDb.db)).toEqual(before);
        tally.record("notice link", true);
      }),
      { numRuns: RUNS },
    );
  });

  it("GET /api/documents/{id} for a signed-in complainant", async () => {
    const { GET } = await import("@/app/api/documents/[id]/route");
    await fc.assert(
      fc.asyncProperty(hostileSegment, fc.constantFrom("", "?view=inline", "?view=%00", "?view=inline&view=attachment"), async (id, query) => {
        const before = await databaseFingerprint(testDb.db);
        const response = await GET(request(`/api/documents/${encodeURIComponent(id)}${query}`), { params: Promise.resolve({ id }) });
        expect(response.status, `status for ${JSON.stringify(id).slice(0, 80)}`).toBe(404);
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        expect(await databaseFingerprint(testDb.db)).toEqual(before);
        tally.record("document download", true);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ["register search (/verify)", VerifyQuerySchema, (q: string) => searchPublicRegister(testDb.db, q)],
    ["register check (/complaints/check)", RegistryQuerySchema, (q: string) => searchRegistryCandidates(testDb.db, q)],
  ] as const)("the %s", async (surface, schema, search) => {
    await fc.assert(
      fc.asyncProperty(hostileSegment, async (typed) => {
        const before = await databaseFingerprint(testDb.db);
        const parsed = schema.safeParse(typed);
        // What the page does with the ?q= it was given: a field error, or the search.
        if (parsed.success) expect((await search(parsed.data)).kind).toMatch(/^(results|too-broad)$/);
        else expect(parsed.error.issues[0]?.message).toEqual(expect.any(String));
        expect(await databaseFingerprint(testDb.db)).toEqual(before);
        tally.record(surface, !parsed.success);
      }),
      { numRuns: RUNS },
    );
  });
});
