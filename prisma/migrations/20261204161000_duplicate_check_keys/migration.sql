-- The intake's possible-duplicate check (lib/server/intake/triage.ts) compares the complainant's
-- email and the respondent's CCM number or name case-insensitively, through lower(). Expression
-- indexes, hand-written: the schema engine does not model them. The query must repeat these
-- expressions exactly for the planner to use them.

CREATE INDEX "Complainant_email_lower_idx" ON "Complainant" (lower("email"));

CREATE INDEX "Complaint_respondentCcmNumber_lower_idx" ON "Complaint" (lower("respondentCcmNumber"));
