import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, pendingMigrations } from "@/scripts/db/apply-migrations";
import { readMigrationScripts } from "@/scripts/db/migration-files";
import { currentSchema, pendingSchemaDiff } from "@/scripts/db/schema-engine";
import { createTestDb, type TestDb } from "../support/test-db";

describe("committed migrations", () => {
  it("produce exactly prisma/schema.prisma (a schema change without a migration fails here)", async () => {
    const drift = await pendingSchemaDiff();
    expect(drift, `prisma/schema.prisma differs from prisma/migrations; run npm run db:migration -- <name>:\n${drift}`).toBeNull();
  });

  it("are compared for real: a model missing from them is reported as drift", async () => {
    const schema = currentSchema();
    const extended = { files: [...schema.files, { path: "drift-probe.prisma", content: "model DriftProbe {\n  id Int @id\n}\n" }] };
    expect(await pendingSchemaDiff(extended)).toContain(`CREATE TABLE "DriftProbe"`);
  });
});

describe("db:migrate on an empty database", () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb({ migrated: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  it("applies every migration once and records it like prisma migrate deploy", async () => {
    const names = readMigrationScripts().map((script) => script.name);
    expect(await pendingMigrations(t)).toEqual(names);
    expect(await migrateDatabase(t)).toEqual(names);
    const recorded = await t.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(recorded.map((row) => row.migration_name)).toEqual(names);
    expect(await pendingMigrations(t)).toEqual([]);
    expect(await migrateDatabase(t)).toEqual([]);
  });

  it("leaves the session ready for enum-array parameters (a seed runs right after migrating)", async () => {
    await t.db.person.create({ data: { email: "chair@example.org", name: "Chair", roles: ["COMMITTEE_CHAIR", "COMMITTEE_MEMBER"] } });
    const found = await t.db.person.findMany({ where: { roles: { hasSome: ["COMMITTEE_CHAIR", "APPEAL_PANEL"] } } });
    expect(found.map((person) => person.email)).toEqual(["chair@example.org"]);
  });
});
