import type { Db } from "@/lib/server/db-factory";

/**
 * Every table's row count and newest row version (xmin, the id of the transaction that wrote
 * the row): an insert, update or delete anywhere changes it, a rolled-back write does not. Much
 * cheaper than digesting every row's content (the document blobs), which matters at ~1,600
 * fingerprints a run. Throttle is left out: counting attempts, refused ones too, is its job.
 */
const SKIPPED = ["_prisma_migrations", "Throttle"];
const queries = new WeakMap<Db, Promise<string>>();

function queryFor(db: Db): Promise<string> {
  let query = queries.get(db);
  if (!query) {
    query = db
      .$queryRawUnsafe<{ name: string }[]>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`)
      .then((rows) =>
        rows
          .map((row) => row.name)
          .filter((name) => !SKIPPED.includes(name))
          .map((name) => `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text AS version FROM "${name}"`)
          .join(" UNION ALL "),
      );
    queries.set(db, query);
  }
  return query;
}

export async function writeFingerprint(db: Db): Promise<Record<string, string>> {
  const rows = await db.$queryRawUnsafe<{ name: string; version: string }[]>(await queryFor(db));
  return Object.fromEntries(rows.map((row) => [row.name, row.version]));
}
