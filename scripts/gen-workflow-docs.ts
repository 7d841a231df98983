/**
 * Writes docs/workflow.md from the workflow machine. Run after changing lib/workflow:
 *   npx tsx scripts/gen-workflow-docs.ts
 * tests/unit/workflow/docs-fresh.test.ts fails while the committed file is out of date.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderWorkflowDoc } from "../lib/workflow/docs";

const target = fileURLToPath(new URL("../docs/workflow.md", import.meta.url));
writeFileSync(target, renderWorkflowDoc());
console.log(`Wrote ${target}`);
