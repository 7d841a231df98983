import { execFileSync } from "node:child_process";
import { checkFiles } from "./state-writes";

// Tracked and untracked-but-not-ignored files, as they are in the work tree.
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
  .split("\n")
  .filter(Boolean);

const violations = checkFiles(files);
if (violations.length > 0) {
  console.error("Only the workflow writer may change a case's state or a certification's status:");
  for (const v of violations) console.error(`  ${v.file}:${v.line}  ${v.text}`);
  process.exit(1);
}
console.log(`state-write check: ${files.length} files, no direct writes`);
