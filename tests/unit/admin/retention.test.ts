import { describe, expect, it } from "vitest";
import { retainUntil, retentionClassFor } from "@/lib/domain/admin/retention";
import { defaultProcedureRules } from "@/lib/workflow/rules";

describe("retention classes", () => {
  it("classifies closed cases by how they ended", () => {
    expect(retentionClassFor("CLOSED_DISMISSED", [])).toBe("DISMISSED");
    expect(retentionClassFor("CLOSED_WITHDRAWN", [])).toBe("WITHDRAWN");
    expect(retentionClassFor("CLOSED_ABANDONED", [])).toBe("ABANDONED");
    expect(retentionClassFor("CLOSED", ["VIOLATION"])).toBe("VIOLATION");
    expect(retentionClassFor("CLOSED", ["VIOLATION", "AFFIRMED"])).toBe("VIOLATION");
    expect(retentionClassFor("CLOSED", ["VIOLATION", "REVERSED"])).toBe("DISMISSED");
    expect(retentionClassFor("CLOSED", ["VIOLATION", "REMANDED"])).toBe("VIOLATION");
    expect(retentionClassFor("CLOSED", ["DISMISSED"])).toBe("DISMISSED");
  });

  it("never gives an open case a class", () => {
    for (const state of ["SUBMITTED", "FINAL", "SANCTION_ACTIVE", "APPEAL_FILED", "DEFERRED_LEGAL"]) expect(retentionClassFor(state, ["VIOLATION"])).toBe("OPEN");
  });

  it("dates retention from closure by the configured years; violations and open cases are kept", () => {
    const closed = new Date("2026-02-28T12:00:00Z");
    expect(retainUntil(closed, "DISMISSED", defaultProcedureRules.retention)?.toISOString()).toBe("2031-02-28T12:00:00.000Z");
    expect(retainUntil(closed, "VIOLATION", defaultProcedureRules.retention)).toBeNull();
    expect(retainUntil(closed, "OPEN", defaultProcedureRules.retention)).toBeNull();
    expect(retainUntil(closed, "WITHDRAWN", { ...defaultProcedureRules.retention, withdrawnYears: 2 })?.toISOString()).toBe("2028-02-28T12:00:00.000Z");
  });
});
