// The one Prisma client. It talks to PostgreSQL through node-postgres (@prisma/adapter-pg), which needs no
// engine binary; the same adapter reaches the embedded database (PGlite on loopback) and a real server.
import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/generated/prisma/client'
import { createPrismaClient } from './prisma-client'

const globalForPrisma = globalThis as unknown as { summerPrisma?: PrismaClient }

// One client per process; Next's dev server reloads modules, so it is kept on globalThis.
export const db: PrismaClient = globalForPrisma.summerPrisma ?? createPrismaClient()
if (process.env.NODE_ENV !== 'production') globalForPrisma.summerPrisma = db

export type Db = PrismaClient
export type { PrismaPg }
