import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("../security/next-request")).nextHeadersMock);

import { encode } from "next-auth/jwt";
import { authConfig } from "@/lib/server/auth-config";
import { currentUser } from "@/lib/server/authz";
import { makePerson, type MadePerson } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { runInRequest } from "../security/next-request";

/**
 * `currentUser` reads the session cookie as Auth.js issues it (lib/server/session-token.ts) and
 * re-checks the account behind it on every call (sessionAccount): the cookie alone never signs
 * anyone in.
 */
let t: TestDb;
let person: MadePerson;

const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

const NAME = "Dana Okafor";

async function tokenFor(p: { id: string; email: string }, options: { name?: string; sessionVersion?: number; maxAge?: number; secret?: string } = {}) {
  const salt = options.name ?? PLAIN;
  const token = { name: NAME, email: p.email, personId: p.id, roles: ["STAFF"], sessionVersion: options.sessionVersion ?? 1 };
  return encode({ token, secret: options.secret ?? authConfig.secret, salt, ...(options.maxAge !== undefined && { maxAge: options.maxAge }) });
}

const asUser = async (cookies: Record<string, string>) => (await runInRequest(new Map(Object.entries(cookies)), () => currentUser())).value;

beforeAll(async () => {
  t = await createTestDb();
  (globalThis as { __docketDb?: unknown }).__docketDb = t.db;
  person = await makePerson(t.db, { roles: ["STAFF"] });
});

afterAll(async () => {
  delete (globalThis as { __docketDb?: unknown }).__docketDb;
  await t?.close();
});

describe("currentUser", () => {
  it("is the person a valid session names, with the roles the database holds now (not the cookie's)", async () => {
    await t.db.person.update({ where: { id: person.id }, data: { roles: ["COMMITTEE_MEMBER"] } });
    expect(await asUser({ [PLAIN]: await tokenFor(person) })).toEqual({ id: person.id, name: NAME, email: person.email, roles: ["COMMITTEE_MEMBER"] });
    expect(await asUser({ [SECURE]: await tokenFor(person, { name: SECURE }) })).toMatchObject({ id: person.id });
  });

  it("is no one without a cookie, with a token under the other cookie's name, or one sealed with another secret", async () => {
    expect(await asUser({})).toBeNull();
    expect(await asUser({ [PLAIN]: await tokenFor(person, { name: SECURE }) })).toBeNull();
    expect(await asUser({ [PLAIN]: await tokenFor(person, { secret: "another-secret-0123456789abcdefghijkl" }) })).toBeNull();
    expect(await asUser({ [PLAIN]: "not-a-token" })).toBeNull();
  });

  it("is no one once the session has expired", async () => {
    expect(await asUser({ [PLAIN]: await tokenFor(person, { maxAge: -60 }) })).toBeNull();
  });

  it("is no one once the account is deactivated, or its sessions were ended (sessionVersion)", async () => {
    const other = await makePerson(t.db, { roles: ["STAFF"] });
    const cookie = { [PLAIN]: await tokenFor(other) };
    expect(await asUser(cookie)).toMatchObject({ id: other.id });
    await t.db.person.update({ where: { id: other.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await asUser(cookie)).toBeNull();
    expect(await asUser({ [PLAIN]: await tokenFor(other, { sessionVersion: 2 }) })).toMatchObject({ id: other.id });
    await t.db.person.update({ where: { id: other.id }, data: { active: false } });
    expect(await asUser({ [PLAIN]: await tokenFor(other, { sessionVersion: 2 }) })).toBeNull();
  });
});
