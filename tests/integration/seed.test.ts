import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { citableProvisions, CODE_VERSIONS } from "@/lib/domain/catalogue";
import { verifyPassword } from "@/lib/server/password";
import { DEMO_TOTP_KEY } from "@/lib/server/two-factor/demo-key";
import { decryptTotpKey } from "@/lib/server/two-factor/totp";
import { defaultProcedureRules } from "@/lib/workflow/rules";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isSeeded, seedDatabase, type SeedSummary } from "@/prisma/seed/index";
import { createTestDb, type TestDb } from "../support/test-db";

const TODAY = new Date(Date.UTC(2026, 2, 15));

async function tableCounts(t: TestDb) {
  const { db } = t;
  return {
    people: await db.person.count(),
    certificants: await db.certificant.count(),
    certifications: await db.certification.count(),
    statusChanges: await db.certificationStatusChange.count(),
    provisions: await db.codeProvision.count(),
    settings: await db.procedureSettings.count(),
  };
}

describe("seed", () => {
  let t: TestDb;
  let first: SeedSummary;

  beforeAll(async () => {
    t = await createTestDb();
    expect(await isSeeded(t)).toBe(false);
    first = await seedDatabase(t.db, { today: TODAY });
  });

  afterAll(async () => {
    await t?.close();
  });

  it("fills the registry with at least 500 certifications, each with its initial status change", async () => {
    const counts = await tableCounts(t);
    expect(counts.certifications).toBeGreaterThanOrEqual(500);
    expect(counts.certificants).toBe(counts.certifications);
    expect(counts.statusChanges).toBe(counts.certifications);
    const demoCcms = DEMO_ACCOUNTS.filter((account) => account.certification).length;
    expect(first.certificationsCreated + demoCcms).toBe(counts.certifications);
  });

  it("gives registry records realistic, status-consistent data", async () => {
    const rows = await t.db.certification.findMany({ include: { certificant: true } });
    const statuses = new Map<string, number>();
    for (const row of rows) {
      expect(row.number).toMatch(/^\d{8}$/);
      expect(row.status).toBe(row.lifecycleStatus);
      const years = row.validThrough.getUTCFullYear() - row.issuedAt.getUTCFullYear();
      expect(years % 5, `${row.number} valid-through is not whole 5-year cycles after issue`).toBe(0);
      if (row.status === "ACTIVE") expect(row.validThrough > TODAY).toBe(true);
      else expect(row.validThrough < TODAY).toBe(true);
      expect(row.certificant.city).toBeTruthy();
      expect(row.certificant.region).toMatch(/^[A-Z]{2}$/);
      statuses.set(row.status, (statuses.get(row.status) ?? 0) + 1);
    }
    expect(statuses.get("ACTIVE")! / rows.length).toBeGreaterThan(0.7);
    for (const status of ["ACTIVE_LATE_RENEWAL_PENDING", "EXPIRED", "RETIRED"]) expect(statuses.get(status)).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => `${row.certificant.firstName} ${row.certificant.lastName}`)).size).toBeGreaterThan(400);
  });

  it("creates every demo account with its roles and the shared demo password", async () => {
    const people = await t.db.person.findMany({ include: { certificant: { include: { certifications: true } } } });
    const byEmail = new Map(people.map((person) => [person.email, person]));
    for (const account of DEMO_ACCOUNTS) {
      const person = byEmail.get(account.email);
      expect(person, account.email).toBeDefined();
      expect([...person!.roles].sort()).toEqual([...account.roles].sort());
    }
    expect(byEmail.get("chair@docket.test")?.roles).toEqual(expect.arrayContaining(["COMMITTEE_CHAIR", "COMMITTEE_MEMBER"]));
    expect(await verifyPassword(byEmail.get("admin@docket.test")?.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(byEmail.get("admin@docket.test")?.passwordHash, "wrong-password")).toBe(false);
  });

  it("enrols the demo staff, committee and admin accounts in two-factor with the public demo key, and no CCM", async () => {
    const people = await t.db.person.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } } });
    for (const person of people) {
      const needsCode = person.roles.some((role) => role !== "CCM");
      expect(person.totpEnabledAt !== null, person.email).toBe(needsCode);
      expect(person.totpSecret ? decryptTotpKey(person.totpSecret) : null, person.email).toBe(needsCode ? DEMO_TOTP_KEY : null);
    }
  });

  it("links each demo CCM to an ACTIVE certification in the registry", async () => {
    for (const email of ["ccm@docket.test", "ccm2@docket.test", "ccm3@docket.test"]) {
      const person = await t.db.person.findUniqueOrThrow({ where: { email }, include: { certificant: { include: { certifications: true } } } });
      const certifications = person.certificant?.certifications ?? [];
      expect(certifications).toHaveLength(1);
      expect(certifications[0]!.status).toBe("ACTIVE");
      expect(certifications[0]!.validThrough > TODAY).toBe(true);
    }
  });

  it("loads the citable catalogue of every code version", async () => {
    const expected = CODE_VERSIONS.flatMap((version) => citableProvisions(version).map((provision) => provision.id)).sort();
    const stored = (await t.db.codeProvision.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(stored).toEqual(expected);
    expect(await t.db.codeProvision.findUnique({ where: { id: "2015:S3" } })).toMatchObject({ codeVersion: 2015, code: "S3", kind: "STANDARD" });
  });

  it("stores the default procedure settings and marks the database seeded", async () => {
    const settings = await t.db.procedureSettings.findUniqueOrThrow({ where: { id: "current" } });
    expect(settings.data).toEqual(JSON.parse(JSON.stringify(defaultProcedureRules)));
    expect(await isSeeded(t)).toBe(true);
  });

  it("changes nothing when run again", async () => {
    const before = await tableCounts(t);
    const lastUpdate = await t.db.certification.aggregate({ _max: { updatedAt: true } });
    const again = await seedDatabase(t.db, { today: TODAY });
    expect(again).toEqual({ provisionsCreated: 0, provisionsUpdated: 0, accountsCreated: 0, certificationsCreated: 0, settingsCreated: false });
    expect(await tableCounts(t)).toEqual(before);
    expect(await t.db.certification.aggregate({ _max: { updatedAt: true } })).toEqual(lastUpdate);
  });
});

describe("seed without demo data", () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb();
  });

  afterAll(async () => {
    await t?.close();
  });

  it("loads reference data only: no accounts, no registry", async () => {
    await seedDatabase(t.db, { demo: false, today: TODAY });
    expect(await tableCounts(t)).toMatchObject({ people: 0, certifications: 0, settings: 1 });
    expect(await t.db.codeProvision.count()).toBeGreaterThan(0);
  });
});
