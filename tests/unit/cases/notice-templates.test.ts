import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NOTICE_TEXTS, renderNotice } from "@/lib/server/notifications/templates";

/** Template names the workflow sends: string literals in notify(...) and respondentToo(...) calls. */
function workflowTemplates(): Set<string> {
  const dir = path.resolve("lib/workflow");
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
    const source = readFileSync(path.join(dir, file), "utf8");
    for (const call of source.matchAll(/(?:notify|respondentToo)\(([^)]*)\)/g)) {
      for (const literal of call[1]!.matchAll(/"([a-z]+(?:-[a-z]+)+)"/g)) names.add(literal[1]!);
    }
  }
  return names;
}

describe("notice templates", () => {
  it("has wording for every notice the workflow sends, and none it never sends", () => {
    const used = workflowTemplates();
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((name) => !(name in NOTICE_TEXTS))).toEqual([]);
    expect(Object.keys(NOTICE_TEXTS).filter((name) => !used.has(name))).toEqual([]);
  });

  it("links each audience to its own door and shows the reference only to parties and the committee", () => {
    const input = { template: "notice-of-complaint", reference: "EPC-2026-0042", caseId: "abc", hasLetter: true, appUrl: "https://docket.example" } as const;
    const respondent = renderNotice({ ...input, audience: "RESPONDENT" });
    expect(respondent.subject).toBe("Notice of Complaint (EPC-2026-0042)");
    expect(respondent.text).toContain("https://docket.example/portal/cases/abc");
    expect(respondent.text).toContain("A formal letter goes with this notice.");
    expect(renderNotice({ ...input, template: "complaint-acknowledged", audience: "COMPLAINANT" }).text).toContain("https://docket.example/complaints/status");
    expect(renderNotice({ ...input, template: "complaint-received", audience: "COMMITTEE" }).html).toContain('href="https://docket.example/committee/cases/abc"');
    const board = renderNotice({ ...input, template: "public-sanction-notice", audience: "PUBLIC" });
    expect(board.subject).not.toContain("EPC-");
    expect(board.text).toContain("https://docket.example/verify");
  });

  it("escapes HTML and refuses an unknown template", () => {
    expect(renderNotice({ template: "case-closed", audience: "COMMITTEE", reference: "<b>", caseId: "x", hasLetter: false, appUrl: "http://h" }).html).toContain("&lt;b&gt;");
    expect(() => renderNotice({ template: "no-such-notice", audience: "COMMITTEE", reference: "R", caseId: "x", hasLetter: false })).toThrow(/no-such-notice/);
  });
});
