import { describe, expect, it } from "vitest";
import { checkHearingPanel } from "@/lib/domain/committee/hearing-panel";

const member = (personId: string) => ({ personId, person: { name: `Member ${personId}` } });
const panel = [member("a"), member("b"), member("c")];
const none = { recusals: [], declarations: [] };

describe("the hearing panel's standing", () => {
  it("is null when no hearing is scheduled or postponed", () => {
    expect(checkHearingPanel([], none, 2)).toBeNull();
    expect(checkHearingPanel([{ status: "HELD", panel }, { status: "CANCELLED", panel }], none, 2)).toBeNull();
  });

  it("counts the newest pending hearing's members who are neither recused nor declaring a conflict", () => {
    const register = { recusals: [{ personId: "a" }], declarations: [{ personId: "b", kind: "NONE" }, { personId: "c", kind: "PERSONAL" }] };
    expect(checkHearingPanel([{ status: "POSTPONED", panel }, { status: "SCHEDULED", panel: [member("z")] }], register, 2)).toEqual({
      panelSize: 3,
      eligible: 1,
      quorum: 2,
      recusedOnPanel: ["Member a", "Member c"],
      ok: false,
    });
    expect(checkHearingPanel([{ status: "HELD", panel: [member("z")] }, { status: "SCHEDULED", panel }], { recusals: [{ personId: "z" }], declarations: [] }, 3)).toMatchObject({ eligible: 3, ok: true, recusedOnPanel: [] });
  });
});
