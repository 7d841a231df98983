/**
 * Names for PostgreSQL prepared statements. Without a name every statement the Prisma client sends
 * through @prisma/adapter-pg is parsed and planned again on each run; for the case file's wide
 * lateral-join reads that planning took 2-8 ms of the database's CPU per statement, per view. With
 * a name, `pg` parses it once per connection, and PostgreSQL may keep a generic plan after five
 * runs. Prisma's native engine did the same (a cache of 100 statements per connection).
 *
 * Each distinct SQL text gets one name for the life of the process, so a connection never holds
 * two names for one text. The number of names is capped, because each connection's server process
 * keeps every statement it has prepared (measured: about 7 MB for the 24 statements of the
 * committee pages, the case file's wide reads the largest). The app sends a few hundred shapes;
 * past the cap new texts run unnamed, as before, instead of growing every connection without end.
 */
export const PREPARED_STATEMENT_LIMIT = 500;

/** The statement's name, or undefined to run it unnamed (the cap is reached). */
export type StatementNamer = (query: { sql: string }) => string | undefined;

export function statementNamer(limit = PREPARED_STATEMENT_LIMIT): StatementNamer {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined || names.size >= limit) return known;
    const name = `docket_${names.size + 1}`;
    names.set(sql, name);
    return name;
  };
}

/**
 * Named statements need a session of their own on the server side. A connection pooler in
 * transaction mode that does not track them (PgBouncer before 1.21, or with max_prepared_statements
 * = 0) needs them off: `pgbouncer=true` in DATABASE_URL says so, as it did for Prisma's native engine.
 */
export function preparesStatements(databaseUrl: string): boolean {
  return new URL(databaseUrl).searchParams.get("pgbouncer") !== "true";
}
