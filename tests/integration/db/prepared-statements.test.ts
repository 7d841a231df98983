import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePerson } from "../../factories";
import { createTestDb, type TestDb } from "../../support/test-db";

/**
 * On PostgreSQL the client's statements are prepared once per connection and run by name
 * (lib/server/prepared-statements.ts); the embedded database sends them unnamed. Either way a read
 * repeated past PostgreSQL's switch to a generic plan (after five runs) answers for its own values.
 */
describe("prepared statements", () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb();
  });

  afterAll(async () => {
    await t?.close();
  });

  const readByEmail = (email: string) => t.db.person.findUnique({ where: { email }, select: { email: true } });

  it("are kept by name on PostgreSQL, with the client's own SQL text, and not on the embedded database", async () => {
    const person = await makePerson(t.db, { roles: ["STAFF"] });
    const prepared = await t.db.$transaction(async (tx) => {
      await tx.person.findUnique({ where: { email: person.email }, select: { email: true } });
      await tx.person.findUnique({ where: { email: person.email }, select: { email: true } });
      return tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
    });
    const reads = prepared.filter((row) => row.statement.includes(`FROM "public"."Person"`) && row.statement.includes(`"email" = $1`));
    if (t.url) {
      expect(reads).toHaveLength(1);
      expect(reads[0]!.name).toMatch(/^docket_\d+$/);
    } else {
      expect(prepared).toEqual([]);
    }
  });

  it("answer each run for its own parameters, past the generic-plan switch", async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => makePerson(t.db, { roles: [] })));
    for (let round = 0; round < 2; round++) {
      for (const person of people) expect(await readByEmail(person.email)).toEqual({ email: person.email });
      expect(await readByEmail(`nobody-${round}@docket.test`)).toBeNull();
    }
  });
});
