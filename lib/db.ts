// The one Prisma client. It talks to PostgreSQL through node-postgres (@prisma/adapter-pg), which needs no
// engine binary; the same adapter reaches the embedded database (PGlite on loopback) and a real server.
import 'server-only'
import type { PrismaClient } from '@/generated/prisma/client'
import { createPrismaClient } from './prisma-client'

const globalForPrisma = globalThis as unknown as { summerPrisma?: PrismaClient }

/** Created on first use, not at import, so that `next build` never needs DATABASE_URL. */
function client(): PrismaClient {
  // One client per process; Next's dev server reloads modules, so it is kept on globalThis.
  globalForPrisma.summerPrisma ??= createPrismaClient()
  return globalForPrisma.summerPrisma
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property)
    return typeof value === 'function' ? value.bind(client()) : value
  },
})
