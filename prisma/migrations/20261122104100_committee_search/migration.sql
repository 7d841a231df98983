-- Full-text search of the committee's case list (issue 5): reference, respondent name and narrative
-- on the complaint, the complainant's name on its own table. Expression GIN indexes, hand-written:
-- the schema engine does not model them. Queries must repeat these expressions exactly
-- (lib/server/committee/search-sql.ts) for the planner to use the indexes.

CREATE INDEX "Complaint_search_idx" ON "Complaint" USING GIN (
  to_tsvector('english'::regconfig, "reference" || ' ' || "respondentName" || ' ' || "narrative")
);

CREATE INDEX "Complainant_search_idx" ON "Complainant" USING GIN (
  to_tsvector('simple'::regconfig, "name")
);
