// npm run db:setup (run by `npm run dev` and `npm start`): apply pending migrations, then seed a
// database that has never been seeded. When both are done already it runs two small queries
// through the driver adapter and loads neither the schema engine nor the Prisma client.
import { describeTarget, openDbHandle, resolveDbTarget } from "@/lib/server/db-adapter";
import { isSeeded } from "@/prisma/seed/is-seeded";
import { migrateDatabase } from "./apply-migrations";
import { runScript } from "./run-script";

runScript("db:setup", async () => {
  const target = resolveDbTarget();
  let handle = openDbHandle(target);
  try {
    const applied = await migrateDatabase(handle);
    if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
    if (await isSeeded(handle)) {
      console.log(`${describeTarget(target)} is migrated and seeded.`);
      return;
    }
    const { attachClient } = await import("@/lib/server/db-factory");
    const { demoDataWanted, describeSeed, seedDatabase } = await import("@/prisma/seed/index");
    const conn = attachClient(handle);
    handle = conn;
    const demo = demoDataWanted(process.env, target.kind);
    const summary = await seedDatabase(conn.db, { demo });
    console.log(`Seeded ${describeTarget(target)}${demo ? "" : " (reference data only)"}: ${describeSeed(summary)}`);
  } finally {
    await handle.close();
  }
});
