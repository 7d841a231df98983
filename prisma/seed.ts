// npm run db:seed: demo accounts, the demo registry, the Rules/Standards catalogue and default
// procedure settings into the database named by the environment. Safe to run again.
import { connectDatabase, describeTarget, resolveDbTarget } from "@/lib/server/db-factory";
import { runScript } from "@/scripts/db/run-script";
import { demoDataWanted, describeSeed, seedDatabase } from "./seed/index";

runScript("db:seed", async () => {
  const target = resolveDbTarget();
  const conn = connectDatabase(target);
  try {
    const demo = demoDataWanted(process.env, target.kind);
    const summary = await seedDatabase(conn.db, { demo });
    console.log(`Seeded ${describeTarget(target)}${demo ? "" : " (reference data only)"}: ${describeSeed(summary)}`);
  } finally {
    await conn.close();
  }
});
