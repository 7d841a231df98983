/**
 * Guard rail (ARCHITECTURE.md §5): only the workflow writer may change a complaint's `state`
 * or a certification's `status`/`lifecycleStatus`. Fails on any other Prisma write that sets
 * them, and on raw SQL that updates those columns.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";

export const ALLOWED_WRITERS = [
  "lib/server/cases/run-transition.ts",
  "lib/server/cases/apply-effects.ts",
  "lib/server/cases/create-case.ts",
  "lib/server/registry/certification-status.ts",
];

const WRITE_METHODS = new Set(["create", "createMany", "update", "updateMany", "upsert", "createManyAndReturn", "updateManyAndReturn"]);
const GUARDED: Record<string, { fields: string[]; createAllowed: boolean }> = {
  complaint: { fields: ["state"], createAllowed: false },
  // Registering a certification with its initial status is not a status change.
  certification: { fields: ["status", "lifecycleStatus"], createAllowed: true },
};
const RAW_SQL = /UPDATE\s+"?(Complaint|Certification)"?\s+SET[^;]*"?(state|status|lifecycleStatus)"?\s*=/i;

export type Violation = { file: string; line: number; text: string };

function objectHasKey(node: ts.Node, keys: string[]): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) && ts.isIdentifier(n.name) && keys.includes(n.name.text)) {
      found = true;
      return;
    }
    if (ts.isSpreadAssignment(n)) found = true; // a spread could carry the field: refuse to guess
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

export function findStateWrites(file: string, source: string): Violation[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: Violation[] = [];
  const report = (node: ts.Node) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
    out.push({ file, line: line + 1, text: node.getText().split("\n")[0] ?? "" });
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const target = node.expression.expression;
      const model = ts.isPropertyAccessExpression(target) ? target.name.text : undefined;
      const guard = model ? GUARDED[model] : undefined;
      if (guard && WRITE_METHODS.has(method) && !(guard.createAllowed && method.startsWith("create"))) {
        const arg = node.arguments[0];
        if (arg && objectHasKey(arg, guard.fields)) report(node);
      }
    }
    if ((ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) && RAW_SQL.test(node.text)) {
      report(node);
    }
    if (ts.isTemplateExpression(node) && RAW_SQL.test(node.getText())) report(node);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export function checkFiles(files: string[]): Violation[] {
  return files
    .filter((file) => /\.(ts|tsx|mts)$/.test(file) && !ALLOWED_WRITERS.includes(file))
    .filter((file) => !file.startsWith("lib/generated/") && !file.startsWith("scripts/checks/") && !file.startsWith("tests/unit/checks/"))
    .flatMap((file) => findStateWrites(file, readFileSync(file, "utf8")));
}
