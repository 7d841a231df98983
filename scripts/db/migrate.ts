// npm run db:migrate: applies pending prisma/migrations/* to the database named by the environment
// (PGlite in .data/pglite, or DATABASE_URL), recorded in _prisma_migrations like `prisma migrate deploy`.
import { describeTarget, openDbHandle, resolveDbTarget } from "@/lib/server/db-adapter";
import { migrateDatabase } from "./apply-migrations";
import { runScript } from "./run-script";

runScript("db:migrate", async () => {
  const target = resolveDbTarget();
  const handle = openDbHandle(target);
  try {
    const applied = await migrateDatabase(handle);
    console.log(
      applied.length === 0
        ? `${describeTarget(target)} is up to date.`
        : `Applied to ${describeTarget(target)}:\n${applied.map((name) => `  ${name}`).join("\n")}`,
    );
  } finally {
    await handle.close();
  }
});
