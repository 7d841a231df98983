// npm run db:restore -- FILE [--force]: restores a db:backup file into the database the environment
// names, refusing one that holds any rows unless --force, then verifies what it restored (audit
// chains, every stored file's sha256, row counts) and exits 1 on any mismatch.
import path from "node:path";
import { attachClient, describeTarget, openDbHandle, resolveDbTarget } from "@/lib/server/db-factory";
import { restoreLines, verificationLines } from "./backup-report";
import { restoreBackup } from "./backup-restore";
import { openSqlSession } from "./backup-session";
import { verifyRestore } from "./backup-verify";
import { runScript } from "./run-script";

const USAGE = "usage: npm run db:restore -- FILE [--force]";

runScript("db:restore", async () => {
  const args = process.argv.slice(2);
  const files = args.filter((arg) => !arg.startsWith("--"));
  const unknown = args.filter((arg) => arg.startsWith("--") && arg !== "--force");
  if (files.length !== 1 || unknown.length > 0) throw new Error(USAGE);
  const file = path.resolve(files[0]!);
  const target = resolveDbTarget();
  if (target.kind === "pglite") console.log("PGlite has no lock on its data directory: stop the app before restoring.");

  const conn = attachClient(openDbHandle(target));
  const session = await openSqlSession(conn);
  try {
    const result = await restoreBackup(conn, session, file, { force: args.includes("--force") });
    console.log(`Restored into ${describeTarget(target)}`);
    for (const line of restoreLines(result)) console.log(line);
    const check = await verifyRestore(conn.db, session, result.counts);
    for (const line of verificationLines(check)) console.log(line);
    if (!check.ok) throw new Error("the restored database did not verify (see above)");
  } finally {
    await session.close();
    await conn.close();
  }
});
