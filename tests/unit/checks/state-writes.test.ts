import { describe, expect, it } from "vitest";
import { findStateWrites } from "@/scripts/checks/state-writes";

describe("state-write guard rail", () => {
  it("flags a direct update of a complaint's state", () => {
    const src = `await db.complaint.update({ where: { id }, data: { state: "FINAL" } });`;
    expect(findStateWrites("x.ts", src)).toHaveLength(1);
  });

  it("flags a certification status change and raw SQL", () => {
    const src = [
      `await tx.certification.updateMany({ where: { id }, data: { status: "REVOKED" } });`,
      "await db.$executeRaw`UPDATE \"Complaint\" SET \"state\" = 'FINAL' WHERE id = ${id}`;",
    ].join("\n");
    expect(findStateWrites("x.ts", src).map((v) => v.line)).toEqual([1, 2]);
  });

  it("allows registering a certification and unrelated writes", () => {
    const src = [
      `await db.certification.create({ data: { number: "1", status: "ACTIVE" } });`,
      `await db.complaint.update({ where: { id }, data: { narrative: "x" } });`,
      `await db.person.update({ where: { id }, data: { active: false } });`,
    ].join("\n");
    expect(findStateWrites("x.ts", src)).toEqual([]);
  });
});
