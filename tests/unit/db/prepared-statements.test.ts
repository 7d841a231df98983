import { describe, expect, it } from "vitest";
import { preparesStatements, statementNamer } from "@/lib/server/prepared-statements";

describe("statementNamer", () => {
  it("gives one SQL text the same name every time, and different texts different names", () => {
    const name = statementNamer();
    const first = name({ sql: "SELECT 1" });
    expect(first).toMatch(/^docket_\d+$/);
    expect(name({ sql: "SELECT 2" })).not.toBe(first);
    expect(name({ sql: "SELECT 1" })).toBe(first);
  });

  it("past its cap leaves new texts unnamed and keeps the names it gave", () => {
    const name = statementNamer(2);
    const a = name({ sql: "SELECT 'a'" });
    const b = name({ sql: "SELECT 'b'" });
    expect(name({ sql: "SELECT 'c'" })).toBeUndefined();
    expect([name({ sql: "SELECT 'a'" }), name({ sql: "SELECT 'b'" })]).toEqual([a, b]);
  });

  it("keeps each namer's names to itself (one namer per connection pool)", () => {
    const one = statementNamer();
    const other = statementNamer();
    one({ sql: "SELECT 'x'" });
    expect(other({ sql: "SELECT 'y'" })).toBe(one({ sql: "SELECT 'x'" }));
  });
});

describe("preparesStatements", () => {
  it("is on unless the URL says pgbouncer=true", () => {
    expect(preparesStatements("postgresql://u@db:5432/docket")).toBe(true);
    expect(preparesStatements("postgresql://u@db:5432/docket?sslmode=require&pgbouncer=false")).toBe(true);
    expect(preparesStatements("postgresql://u@db:6432/docket?pgbouncer=true")).toBe(false);
  });
});
