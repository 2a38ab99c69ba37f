-- DropIndex
DROP INDEX "OutboxMail_createdAt_idx";

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "seasonId" TEXT;

-- CreateIndex
CREATE INDEX "OutboxMail_seasonId_createdAt_idx" ON "OutboxMail"("seasonId", "createdAt");

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written backfill: mail written before this migration were invitations; give each the season of the
-- invitation sent to that address (the newest one, should an address have been invited to several seasons).
UPDATE "OutboxMail" AS o
SET "seasonId" = (
  SELECT i."seasonId" FROM "Invitation" AS i WHERE lower(i."email") = lower(o."to") ORDER BY i."createdAt" DESC LIMIT 1
)
WHERE o."seasonId" IS NULL;
