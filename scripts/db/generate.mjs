// npm run db:generate (also the postinstall): `prisma generate`, no database needed.
//
// The Prisma CLI wants its native schema engine, which it downloads from binaries.prisma.sh; where
// that host is unreachable every command fails. The prisma-client generator never runs the engine,
// so when no downloaded engine is present we point PRISMA_SCHEMA_ENGINE_BINARY at an executable that
// exists everywhere (this Node binary). Migrations use the WASM engine instead (scripts/db/migrate.ts,
// docs/decisions/0001-prisma-without-native-engine.md).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(import.meta.url);

/** Folders where the CLI keeps a downloaded engine (the engines package, or the CLI's own). */
function engineFolders() {
  const folders = [];
  for (const pkg of ["@prisma/engines/package.json", "prisma/package.json"]) {
    try {
      folders.push(path.dirname(require.resolve(pkg, { paths: [root] })));
    } catch {
      // not installed: nothing to look at
    }
  }
  return folders;
}

function hasNativeEngine() {
  return engineFolders().some(
    (folder) => existsSync(folder) && readdirSync(folder).some((name) => /^schema-engine-(?!.*\.wasm$)/.test(name)),
  );
}

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasNativeEngine()) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;

const cli = require.resolve("prisma/build/index.js", { paths: [root] });
const result = spawnSync(process.execPath, [cli, "generate", ...process.argv.slice(2)], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
