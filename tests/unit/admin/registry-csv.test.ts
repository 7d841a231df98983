import { describe, expect, it } from "vitest";
import { parseRegistryCsv, registryCsv } from "@/lib/domain/registry-csv";

const HEADER = "number,first_name,last_name,issued_at,valid_through,status,email";

describe("parseRegistryCsv", () => {
  it("reads valid rows with their line numbers, in any column order", () => {
    const csv = `${HEADER}\nccm-1001,Ada,Lovelace,2022-01-15,2027-01-31,active,ADA@example.org\n\nCCM-1002,"Grace ""Amazing""","Hop\nper",2021-03-01,2026-03-31,RETIRED,\n`;
    const result = parseRegistryCsv(csv);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]).toMatchObject({ line: 2, number: "CCM-1001", email: "ada@example.org", lifecycleStatus: "ACTIVE" });
    expect(result.rows[1]).toMatchObject({ line: 4, firstName: 'Grace "Amazing"', lastName: "Hop\nper", email: null, lifecycleStatus: "RETIRED" });
  });

  it("reports each bad row by physical line: duplicate, unknown status, impossible date, discipline", () => {
    const csv = [
      HEADER,
      "CCM-1,A,B,2022-01-01,2027-01-01,ACTIVE,",
      "CCM-2,\"Multi\nline\",B,2022-01-01,2027-01-01,ACTIVE,",
      "CCM-1,C,D,2022-01-01,2027-01-01,ACTIVE,",
      "CCM-3,E,F,2022-01-01,2027-01-01,LAPSED,",
      "CCM-4,G,H,2023-02-29,2027-01-01,ACTIVE,",
      "CCM-5,I,J,2022-01-01,2027-01-01,SUSPENDED,",
      "CCM-6,K,L,2022-01-01,2021-01-01,EXPIRED,",
      "CCM-7,too,few",
    ].join("\n");
    const { errors, errorCount } = parseRegistryCsv(csv);
    expect(errorCount).toBe(6);
    expect(errors.map((error) => error.line)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(errors[0]!.message).toContain("already appears on line 2");
    expect(errors[1]!.message).toContain('Unknown status "LAPSED"');
    expect(errors[2]!.message).toContain("real date");
    expect(errors[3]!.message).toContain("cannot be imported");
    expect(errors[4]!.message).toContain("after the issue date");
    expect(errors[5]!.message).toContain("3 fields");
  });

  it("refuses a malformed file, a missing column, an unknown column and an empty file", () => {
    expect(parseRegistryCsv(`${HEADER}\nCCM-1,"Ada,B,2022-01-01,2027-01-01,ACTIVE,\n`).errors[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining("Malformed CSV"),
    });
    expect(parseRegistryCsv("number,first_name\nCCM-1,A\n").errors[0]!.message).toContain("Missing columns");
    expect(parseRegistryCsv(`${HEADER},favourite_colour\n`).errors[0]!.message).toContain('Unknown column "favourite_colour"');
    expect(parseRegistryCsv("").errors[0]!.message).toBe("The file is empty");
  });

  it("round-trips through the export, formula guard included", () => {
    const rows = [
      {
        number: "CCM-9",
        firstName: "=cmd",
        lastName: "O'Neil, Jr",
        email: null,
        phone: "+1 555",
        employer: 'Acme "Care"',
        city: null,
        region: "TX",
        issuedAt: "2020-01-01",
        validThrough: "2025-01-01",
        lifecycleStatus: "EXPIRED" as const,
        effectiveStatus: "SUSPENDED",
        onProbation: false,
      },
    ];
    const csv = registryCsv(rows);
    expect(csv).toContain("'=cmd");
    const parsed = parseRegistryCsv(csv);
    expect(parsed.errors).toEqual([]);
    const { effectiveStatus, onProbation, ...expected } = rows[0]!;
    expect([effectiveStatus, onProbation]).toEqual(["SUSPENDED", false]);
    expect(parsed.rows[0]).toEqual({ line: 2, ...expected });
  });
});
