import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prefixTsQuery, REFERENCE_PATTERN, type CaseSort } from "@/lib/domain/committee/case-search";
import type { DbOrTx } from "../db";

/** More matches than this and the list asks for a narrower search. */
export const SEARCH_MATCH_CAP = 2000;

export interface SearchMatches {
  /** In the list's order (the `sort` asked for). */
  ids: string[];
  capped: boolean;
}

export interface SearchOptions {
  seesAllComplainants: boolean;
  /** The stages chosen (a stage, or a queue's stages); undefined for any. */
  states?: readonly string[];
  /** Cases left out before the cap (the searcher's recusals: a search reveals what a case is about). */
  excludeIds?: readonly string[];
  /** The list's order; the same keys as case-list.ts's ORDER. */
  sort?: CaseSort;
}

const ORDER_SQL: Record<CaseSort, Prisma.Sql> = {
  "received-desc": Prisma.sql`"receivedAt" DESC, "id" DESC`,
  "received-asc": Prisma.sql`"receivedAt" ASC, "id" ASC`,
  reference: Prisma.sql`"reference" ASC`,
  respondent: Prisma.sql`"respondentName" ASC, "id" ASC`,
  stage: Prisma.sql`"state" ASC, "receivedAt" ASC, "id" ASC`,
};

/**
 * Cases matching a free-text query, in the list's order, in one statement: the reference exactly,
 * or every word as a prefix of a word in the reference, the respondent's name or the narrative, or
 * in the complainant's name where the searcher may see it. The expressions repeat the GIN indexes
 * of migration 20261122104100_committee_search exactly, so the planner uses them.
 *
 * The stage filter and the exclusions apply inside each branch, before the cap. Each branch stops
 * at the cap without ordering, so a very common word does not make PostgreSQL fetch every match;
 * past the cap the list says to narrow the search. The branches return the columns the list sorts
 * on from the rows they have read, so ordering the (at most 2,001) matches needs no second lookup
 * and no id list sent back to the database.
 */
export async function searchCaseIds(db: DbOrTx, q: string, options: SearchOptions): Promise<SearchMatches> {
  const tsquery = prefixTsQuery(q);
  const reference = REFERENCE_PATTERN.test(q.trim()) ? q.trim().toUpperCase() : null;
  if (!tsquery && !reference) return { ids: [], capped: false };
  const limit = SEARCH_MATCH_CAP + 1;
  const anyState = options.states === undefined;
  const states = [...(options.states ?? [])];
  const excluded = [...(options.excludeIds ?? [])];
  const kept = Prisma.sql`(${anyState} OR c."state"::text = ANY(${states}::text[])) AND NOT (c."id" = ANY(${excluded}::text[]))`;
  const columns = Prisma.sql`c."id", c."receivedAt", c."reference", c."respondentName", c."state"`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH matches AS (
      (SELECT ${columns} FROM "Complaint" c WHERE c."reference" = ${reference}::text AND ${kept})
      UNION
      (SELECT ${columns} FROM "Complaint" c
        WHERE to_tsvector('english'::regconfig, c."reference" || ' ' || c."respondentName" || ' ' || c."narrative") @@ to_tsquery('english'::regconfig, ${tsquery}::text)
          AND ${kept}
        LIMIT ${limit})
      UNION
      (SELECT ${columns} FROM "Complainant" p JOIN "Complaint" c ON c."id" = p."complaintId"
        WHERE to_tsvector('simple'::regconfig, p."name") @@ to_tsquery('simple'::regconfig, ${tsquery}::text)
          AND (${options.seesAllComplainants} OR p."shareWithRespondent" OR c."identityDisclosureGranted")
          AND ${kept}
        LIMIT ${limit})
    )
    SELECT "id" FROM (SELECT * FROM matches LIMIT ${limit}) capped ORDER BY ${ORDER_SQL[options.sort ?? "received-desc"]}`;
  return { ids: rows.slice(0, SEARCH_MATCH_CAP).map((row) => row.id), capped: rows.length > SEARCH_MATCH_CAP };
}
