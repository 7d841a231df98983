// npm run db:backup [-- --out FILE]: a consistent snapshot of the database the environment names
// (DATABASE_URL, else the embedded PGlite) in Docket's portable backup format (backup-format.ts),
// restorable into either engine with npm run db:restore. See docs/decisions/0013-backups.md.
import { existsSync } from "node:fs";
import path from "node:path";
import { describeTarget, openDbHandle, resolveDbTarget } from "@/lib/server/db-adapter";
import { BACKUP_EXTENSION } from "./backup-format";
import { backupLines } from "./backup-report";
import { openSqlSession } from "./backup-session";
import { writeBackup } from "./backup-write";
import { ROOT } from "./paths";
import { runScript } from "./run-script";

function defaultFile(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return path.join(ROOT, "backups", `docket-${stamp}${BACKUP_EXTENSION}`);
}

function outArg(args: readonly string[]): string | undefined {
  const index = args.indexOf("--out");
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith("--")) throw new Error("usage: npm run db:backup [-- --out FILE]");
  return path.resolve(value);
}

runScript("db:backup", async () => {
  const file = outArg(process.argv.slice(2)) ?? defaultFile();
  const target = resolveDbTarget();
  if (target.kind === "pglite") {
    // Opening a missing data directory would create an empty database and back that up.
    if (!existsSync(path.join(target.dataDir, "PG_VERSION"))) throw new Error(`no embedded database at ${target.dataDir}`);
    console.log("PGlite has no lock on its data directory: stop the app (npm run dev / npm start) before backing up.");
  }
  const handle = openDbHandle(target);
  const session = await openSqlSession(handle);
  try {
    const result = await writeBackup(session, file, { source: target.kind });
    console.log(`Backed up ${describeTarget(target)}`);
    for (const line of backupLines(result)) console.log(line);
  } finally {
    await session.close();
    await handle.close();
  }
});
