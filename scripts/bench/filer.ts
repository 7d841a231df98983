// The filing half of `npm run worker`, alone, for scenario A (scripts/bench/scenarios/intake.ts):
// files the complaints the intake accepted, as a worker beside the app would (ADR 0030), without
// the scheduler's tick, which on the bench's 100,000 generated cases would fire their deadlines.
// Prints how many it filed when stopped (SIGTERM).
import { connectDatabase } from "@/lib/server/db-factory";
import { fileAcceptedComplaints } from "@/lib/server/intake/file-accepted";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required");
  const conn = connectDatabase({ kind: "postgres", url });
  let stopping = false;
  let filed = 0;
  process.once("SIGTERM", () => {
    stopping = true;
  });
  while (!stopping) {
    const round = await fileAcceptedComplaints(conn.db, { shouldStop: () => stopping });
    filed += round;
    if (round === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await conn.close();
  console.log(JSON.stringify({ filed }));
}

main().catch((error: unknown) => {
  console.error("bench filer failed:", error);
  process.exit(1);
});
