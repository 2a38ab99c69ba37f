-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('ACCEPTED', 'NOT_SELECTED');

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "claimedAt" TIMESTAMPTZ(3),
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "held" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "releaseAt" TIMESTAMPTZ(3),
ADD COLUMN     "releasedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Announcement" ADD COLUMN     "sourceDigest" TEXT;

-- CreateTable
CREATE TABLE "LetterTemplate" (
    "id" TEXT NOT NULL,
    "seasonId" TEXT NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LetterTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LetterTemplate_seasonId_kind_key" ON "LetterTemplate"("seasonId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_dedupeKey_key" ON "OutboxMail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMail_held_releaseAt_idx" ON "OutboxMail"("held", "releaseAt");

-- AddForeignKey
ALTER TABLE "LetterTemplate" ADD CONSTRAINT "LetterTemplate_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterTemplate" ADD CONSTRAINT "LetterTemplate_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

