-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "feedbackDoneAt" TIMESTAMPTZ(3),
ADD COLUMN     "feedbackRequestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "feedbackTakenById" TEXT;

-- CreateIndex
CREATE INDEX "Proposal_seasonId_feedbackRequestedAt_idx" ON "Proposal"("seasonId", "feedbackRequestedAt");

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_feedbackTakenById_fkey" FOREIGN KEY ("feedbackTakenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

