-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "discussionNote" TEXT,
ADD COLUMN     "discussionSettledAt" TIMESTAMPTZ(3),
ADD COLUMN     "discussionSettledById" TEXT;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_discussionSettledById_fkey" FOREIGN KEY ("discussionSettledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

