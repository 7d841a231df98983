// npm run audit:verify [-- --stream case:<id>]: walks every audit hash chain in the database named
// by the environment (DATABASE_URL, else the embedded PGlite) and reports the first broken link.
// Exit code 0 when intact, 1 when broken (or on error), so CI and cron can act on it.
import { verifyAuditChain } from "@/lib/server/audit/verify";
import { connectDatabase, describeTarget, resolveDbTarget } from "@/lib/server/db-factory";

function streamArg(args: readonly string[]): string | undefined {
  const index = args.indexOf("--stream");
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(): Promise<number> {
  const target = resolveDbTarget();
  const conn = connectDatabase(target);
  try {
    const stream = streamArg(process.argv.slice(2));
    const started = performance.now();
    const report = await verifyAuditChain(conn.db, stream ? { stream } : {});
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`audit:verify ${describeTarget(target)}: checked ${report.events} events in ${report.streams} streams (${seconds} s)`);
    if (!report.firstBreak) {
      console.log("audit:verify: every chain is intact");
      return 0;
    }
    const { stream: broken, seq, id, problem, detail } = report.firstBreak;
    console.log(`audit:verify: BROKEN at stream ${broken}, seq ${seq} (event id ${id}): ${problem}: ${detail}`);
    return 1;
  } finally {
    await conn.close();
  }
}

// Exit explicitly: PGlite leaves timers behind that would keep the process alive.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("audit:verify failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
