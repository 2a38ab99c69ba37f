-- CreateTable
CREATE TABLE "RankOrder" (
    "seasonId" TEXT NOT NULL,
    "proposalIds" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RankOrder_pkey" PRIMARY KEY ("seasonId")
);

-- AddForeignKey
ALTER TABLE "RankOrder" ADD CONSTRAINT "RankOrder_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankOrder" ADD CONSTRAINT "RankOrder_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

