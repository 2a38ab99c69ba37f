// Builds a Prisma client for a connection string. Shared by the app (lib/db.ts), the seed and the tests.
// PRISMA_LOG_QUERIES=1 prints one line per statement ("prisma:query <ms> <sql>") on stdout: how
// `npm run bench:load` counts the statements of a save (off by default; it costs time under load).
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/generated/prisma/client'
import { databaseUrlFromEnv } from './database-url'

export function createPrismaClient(connectionString: string = databaseUrlFromEnv()): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) })
  if (process.env.PRISMA_LOG_QUERIES !== '1') return new PrismaClient({ adapter })
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
  client.$on('query', (event) => process.stdout.write(`prisma:query ${event.duration} ${event.query.replace(/\s+/g, ' ').slice(0, 160)}\n`))
  return client
}
