// npm run db:migration -- <name> [--empty]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the schema the committed
// migrations produce (replayed by the engine into a throw-away in-memory PGlite) to the current
// prisma/schema.prisma. --empty writes an empty file for hand-written SQL (triggers, data fixes).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LOCKFILE_CONTENT, LOCKFILE_NAME } from "./migration-files";
import { MIGRATIONS_DIR, ROOT } from "./paths";
import { runScript } from "./run-script";
import { pendingSchemaDiff } from "./schema-engine";

const args = process.argv.slice(2);
const empty = args.includes("--empty");
const rawName = args.find((arg) => !arg.startsWith("--"));

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

runScript("db:migration", async () => {
  const name = rawName?.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (!name) throw new Error("usage: npm run db:migration -- <name> [--empty]");
  const sql = empty ? "-- Hand-written migration.\n" : await pendingSchemaDiff();
  if (sql === null) {
    console.log("The schema has no changes since the last migration; nothing written.");
    return;
  }
  const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
  const lockfile = path.join(MIGRATIONS_DIR, LOCKFILE_NAME);
  if (!existsSync(lockfile)) writeFileSync(lockfile, LOCKFILE_CONTENT);
  console.log(`Created ${path.relative(ROOT, dir)}/migration.sql; apply it with npm run db:migrate.`);
});
