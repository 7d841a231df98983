import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES, CASE_STATES } from "@/lib/workflow";
import { renderWorkflowDoc } from "@/lib/workflow/docs";

const committed = () => readFileSync(fileURLToPath(new URL("../../../docs/workflow.md", import.meta.url)), "utf8");

describe("docs/workflow.md", () => {
  it("matches a fresh generation (run `npx tsx scripts/gen-workflow-docs.ts` after changing lib/workflow)", () => {
    expect(committed()).toBe(renderWorkflowDoc());
  });

  it("is deterministic and mentions every state and event", () => {
    const doc = renderWorkflowDoc();
    expect(renderWorkflowDoc()).toBe(doc);
    expect(doc).toContain("stateDiagram-v2");
    for (const state of CASE_STATES) expect(doc).toContain(state);
    for (const type of EVENT_TYPES) expect(doc).toContain(`\`${type}\``);
  });
});
