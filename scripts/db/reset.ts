// npm run db:reset: drop everything, re-apply every migration, seed. Embedded: deletes the PGlite
// data directory. PostgreSQL: drops and recreates the public schema. Refused in production.
import { rmSync } from "node:fs";
import { connectDatabase, describeTarget, resolveDbTarget } from "@/lib/server/db-factory";
import { demoDataWanted, describeSeed, seedDatabase } from "@/prisma/seed/index";
import { migrateDatabase } from "./apply-migrations";
import { runScript } from "./run-script";

runScript("db:reset", async () => {
  if (process.env.NODE_ENV === "production" && !process.argv.includes("--force")) {
    throw new Error("refusing to reset with NODE_ENV=production (pass --force if you mean it)");
  }
  const target = resolveDbTarget();
  if (target.kind === "pglite") rmSync(target.dataDir, { recursive: true, force: true });
  const conn = connectDatabase(target);
  try {
    if (target.kind === "postgres") {
      await conn.db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "public" CASCADE`);
      await conn.db.$executeRawUnsafe(`CREATE SCHEMA "public"`);
    }
    const applied = await migrateDatabase(conn);
    console.log(`Reset ${describeTarget(target)}; applied ${applied.length} migration(s).`);
    const summary = await seedDatabase(conn.db, { demo: demoDataWanted(process.env, target.kind) });
    console.log(`Seeded: ${describeSeed(summary)}`);
  } finally {
    await conn.close();
  }
});
