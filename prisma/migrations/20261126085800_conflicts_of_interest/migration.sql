-- CreateEnum
CREATE TYPE "ConflictSource" AS ENUM ('DECLARED', 'ADMIN');

-- CreateTable
CREATE TABLE "Conflict" (
    "id" TEXT NOT NULL,
    "seasonId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "proposalId" TEXT,
    "studentId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "source" "ConflictSource" NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Conflict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Conflict_seasonId_mentorId_idx" ON "Conflict"("seasonId", "mentorId");

-- CreateIndex
CREATE INDEX "Conflict_proposalId_idx" ON "Conflict"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Conflict_mentorId_proposalId_key" ON "Conflict"("mentorId", "proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "Conflict_mentorId_seasonId_studentId_key" ON "Conflict"("mentorId", "seasonId", "studentId");

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Written by hand: a conflict is with one proposal or with one student, never both or neither.
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_one_target" CHECK (("proposalId" IS NULL) <> ("studentId" IS NULL));
