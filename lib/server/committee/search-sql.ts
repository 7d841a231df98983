import "server-only";
import { prefixTsQuery, REFERENCE_PATTERN } from "@/lib/domain/committee/case-search";
import type { DbOrTx } from "../db";

/** More matches than this and the list asks for a narrower search. */
export const SEARCH_MATCH_CAP = 2000;

export interface SearchMatches {
  ids: string[];
  capped: boolean;
}

/**
 * Case ids matching a free-text query: the reference exactly, or every word as a prefix of a word
 * in the reference, the respondent's name or the narrative, or in the complainant's name where
 * the searcher may see it. The expressions repeat the GIN indexes of migration
 * 20261122104100_committee_search exactly, so the planner uses them. Each branch stops at the cap
 * (no ordering, so a very common word does not make PostgreSQL fetch every match): past it the
 * list says to narrow the search. A stage filter (`states`) is applied here, before the cap, so
 * choosing a stage does narrow a search that matched too many; the list's other filters apply to
 * the matches after.
 */
export async function searchCaseIds(db: DbOrTx, q: string, options: { seesAllComplainants: boolean; states?: readonly string[] }): Promise<SearchMatches> {
  const tsquery = prefixTsQuery(q);
  const reference = REFERENCE_PATTERN.test(q.trim()) ? q.trim().toUpperCase() : null;
  const found = new Set<string>();
  if (reference) {
    const rows = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Complaint" WHERE "reference" = ${reference}`;
    for (const row of rows) found.add(row.id);
  }
  if (tsquery) {
    const limit = SEARCH_MATCH_CAP + 1;
    const anyState = options.states === undefined;
    const states = [...(options.states ?? [])];
    const rows = await db.$queryRaw<{ id: string }[]>`
      (SELECT c."id" FROM "Complaint" c
        WHERE to_tsvector('english'::regconfig, c."reference" || ' ' || c."respondentName" || ' ' || c."narrative") @@ to_tsquery('english'::regconfig, ${tsquery})
          AND (${anyState} OR c."state"::text = ANY(${states}::text[]))
        LIMIT ${limit})
      UNION ALL
      (SELECT p."complaintId" AS "id" FROM "Complainant" p JOIN "Complaint" c ON c."id" = p."complaintId"
        WHERE to_tsvector('simple'::regconfig, p."name") @@ to_tsquery('simple'::regconfig, ${tsquery})
          AND (${options.seesAllComplainants} OR p."shareWithRespondent" OR c."identityDisclosureGranted")
          AND (${anyState} OR c."state"::text = ANY(${states}::text[]))
        LIMIT ${limit})`;
    for (const row of rows) found.add(row.id);
  }
  const ids = [...found];
  return { ids: ids.slice(0, SEARCH_MATCH_CAP), capped: ids.length > SEARCH_MATCH_CAP };
}
