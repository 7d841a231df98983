import { defineConfig } from "prisma/config";

// The CLI is used only to generate the client; migrations run through
// scripts/db/migrate.ts (WASM schema engine + driver adapter), see docs/decisions/0001.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
