// Builds a Prisma client for a connection string. Shared by the app (lib/db.ts), the seed and the tests.
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/generated/prisma/client'
import { databaseUrlFromEnv } from './database-url'

export function createPrismaClient(connectionString: string = databaseUrlFromEnv()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }) })
}
