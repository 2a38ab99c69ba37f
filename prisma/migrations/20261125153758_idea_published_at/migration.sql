-- AlterTable
ALTER TABLE "Idea" ADD COLUMN     "publishedAt" TIMESTAMPTZ(3);


-- Hand-written backfill: ideas that are public now, or archived after having been public, were listed.
-- Archived ideas cannot tell which they were; before this column, only published ideas were ever archived
-- by the app, so count them as listed.
UPDATE "Idea" SET "publishedAt" = "createdAt" WHERE "status" IN ('PUBLISHED', 'ARCHIVED') AND "publishedAt" IS NULL;
