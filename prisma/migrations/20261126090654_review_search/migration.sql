-- CreateIndex
CREATE INDEX "Proposal_seasonId_submittedAt_idx" ON "Proposal"("seasonId", "submittedAt");


-- Written by hand: full-text search over a proposal's title, abstract and plan for the review list. A stored
-- generated column, so it is never stale; PGlite (the embedded database) supports it and the english stemmer.
ALTER TABLE "Proposal" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("abstract", '')), 'B') ||
  setweight(to_tsvector('english', coalesce("plan", '')), 'C')
) STORED;
CREATE INDEX "Proposal_searchVector_idx" ON "Proposal" USING GIN ("searchVector");
