import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter, SchemasContainer } from "@prisma/schema-engine-wasm";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PGlite } from "@electric-sql/pglite";
import { PGliteAdapterFactory } from "@/lib/server/db-adapter";
import { readMigrationList } from "./migration-files";
import { SCHEMA_PATH } from "./paths";

export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

let ready: Promise<void> | undefined;

/**
 * Instantiates the engine's WebAssembly by hand instead of importing the package's entry, which
 * imports the .wasm as an ES module (needs --experimental-wasm-modules on Node 20, and does not
 * load under vitest). Same bytes, same bindings; wasm-bindgen's glue just needs set_wasm + start.
 */
function loadWasm(): Promise<void> {
  ready ??= (async () => {
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
    const bytes = readFileSync(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  })();
  return ready;
}

export function currentSchema(): SchemasContainer {
  return { files: [{ path: "schema.prisma", content: readFileSync(SCHEMA_PATH, "utf8") }] };
}

/** Runs `work` with a schema engine that reaches the database through `adapterFactory`. */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const schema = currentSchema();
  const datamodels = schema.files.map((file): [string, string] => [file.path, file.content]);
  const engine = await bindings.SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(adapterFactory));
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

/** A fresh in-memory PGlite that is also its own shadow database: one start-up instead of two. */
class ScratchPGliteFactory extends PGliteAdapterFactory {
  override connectToShadowDb() {
    return this.connect();
  }
}

/** An engine on a throw-away database, for diffs (migrations → schema) that touch nothing real. */
export async function withScratchSchemaEngine<T>(work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const pglite = new PGlite();
  try {
    return await withSchemaEngine(new ScratchPGliteFactory(pglite), work);
  } finally {
    await pglite.close();
  }
}

/** SQL that takes the schema the committed migrations produce to `schema` (default: prisma/schema.prisma); null if none. */
export async function pendingSchemaDiff(schema: SchemasContainer = currentSchema()): Promise<string | null> {
  const result = await withScratchSchemaEngine((engine) =>
    engine.diff({
      from: { tag: "migrations", ...readMigrationList() },
      to: { tag: "schemaDatamodel", ...schema },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    }),
  );
  return result.exitCode === 2 ? (result.stdout ?? "") : null;
}
