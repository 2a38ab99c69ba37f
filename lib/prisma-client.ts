// Builds a Prisma client for a connection string. Shared by the app (lib/db.ts), the seed and the tests.
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/generated/prisma/client'
import { databaseUrlFromEnv } from './database-url'

// jit off: PostgreSQL compiles a query whose estimated cost passes jit_above_cost, which the review list's query
// does at 2,000 proposals — 100 to 200 ms of compiling for a query that runs in 40. The app's queries are short
// and never gain from it. (The embedded database has no JIT and ignores the setting.)
export function createPrismaClient(connectionString: string = databaseUrlFromEnv()): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), options: '-c jit=off' }),
  })
}
