-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "decisionReason" TEXT;

-- AlterTable
ALTER TABLE "Acceptance" ADD COLUMN     "backupMentorId" TEXT;

-- CreateTable
CREATE TABLE "AcceptedSetDraft" (
    "seasonId" TEXT NOT NULL,
    "picks" JSONB NOT NULL,
    "slots" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AcceptedSetDraft_pkey" PRIMARY KEY ("seasonId")
);

-- CreateTable
CREATE TABLE "LostStudent" (
    "id" TEXT NOT NULL,
    "seasonId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LostStudent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LostStudent_seasonId_studentId_key" ON "LostStudent"("seasonId", "studentId");

-- AddForeignKey
ALTER TABLE "Acceptance" ADD CONSTRAINT "Acceptance_backupMentorId_fkey" FOREIGN KEY ("backupMentorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AcceptedSetDraft" ADD CONSTRAINT "AcceptedSetDraft_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AcceptedSetDraft" ADD CONSTRAINT "AcceptedSetDraft_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LostStudent" ADD CONSTRAINT "LostStudent_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LostStudent" ADD CONSTRAINT "LostStudent_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LostStudent" ADD CONSTRAINT "LostStudent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

