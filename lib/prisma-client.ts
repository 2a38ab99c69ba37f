// Builds a Prisma client for a connection string. Shared by the app (lib/db.ts), the seed and the tests.
// PRISMA_LOG_QUERIES=1 prints one line per statement ("prisma:query <ms> <sql>") on stdout: how
// `npm run bench:load` counts the statements of a save (off by default; it costs time under load).
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/generated/prisma/client'
import { databaseUrlFromEnv } from './database-url'

// jit off: PostgreSQL compiles a query whose estimated cost passes jit_above_cost, which the review list's query
// does at 2,000 proposals — 100 to 200 ms of compiling for a query that runs in 40. The app's queries are short
// and never gain from it. (The embedded database has no JIT and ignores the setting.)
export function createPrismaClient(connectionString: string = databaseUrlFromEnv()): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), options: '-c jit=off' })
  if (process.env.PRISMA_LOG_QUERIES !== '1') return new PrismaClient({ adapter })
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
  client.$on('query', (event) => process.stdout.write(`prisma:query ${event.duration} ${event.query.replace(/\s+/g, ' ').slice(0, 160)}\n`))
  return client
}
