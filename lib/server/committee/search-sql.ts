import "server-only";
import { prefixTsQuery, REFERENCE_PATTERN } from "@/lib/domain/committee/case-search";
import type { DbOrTx } from "../db";

/** More matches than this and the list asks for a narrower search (the newest are shown). */
export const SEARCH_MATCH_CAP = 2000;

export interface SearchMatches {
  ids: string[];
  capped: boolean;
}

/**
 * Case ids matching a free-text query: the reference exactly, or every word as a prefix of a word
 * in the reference, the respondent's name or the narrative, or in the complainant's name where
 * the searcher may see it. The expressions repeat the GIN indexes of migration
 * 20261122104100_committee_search exactly, so the planner uses them.
 */
export async function searchCaseIds(db: DbOrTx, q: string, options: { seesAllComplainants: boolean }): Promise<SearchMatches> {
  const tsquery = prefixTsQuery(q);
  const reference = REFERENCE_PATTERN.test(q.trim()) ? q.trim().toUpperCase() : null;
  if (!tsquery && !reference) return { ids: [], capped: false };
  const words = tsquery ?? "";
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id, "receivedAt" FROM (
      SELECT c."id", c."receivedAt" FROM "Complaint" c
        WHERE ${words} <> '' AND to_tsvector('english'::regconfig, c."reference" || ' ' || c."respondentName" || ' ' || c."narrative")
          @@ to_tsquery('english'::regconfig, ${words})
      UNION
      SELECT c."id", c."receivedAt" FROM "Complainant" p JOIN "Complaint" c ON c."id" = p."complaintId"
        WHERE ${words} <> '' AND to_tsvector('simple'::regconfig, p."name") @@ to_tsquery('simple'::regconfig, ${words})
          AND (${options.seesAllComplainants} OR p."shareWithRespondent" OR c."identityDisclosureGranted")
      UNION
      SELECT c."id", c."receivedAt" FROM "Complaint" c WHERE c."reference" = ${reference ?? ""}
    ) matches
    ORDER BY "receivedAt" DESC, id
    LIMIT ${SEARCH_MATCH_CAP + 1}`;
  return { ids: rows.slice(0, SEARCH_MATCH_CAP).map((row) => row.id), capped: rows.length > SEARCH_MATCH_CAP };
}
