// npm run db:seed — loads the Xen.org GSoC 2011 demo into DATABASE_URL (does nothing if it is there already).
import { databaseUrlFromEnv, DatabaseConfigError } from '../lib/database-url'
import { createPrismaClient } from '../lib/prisma-client'
import { seedDemo } from '../prisma/seed'

try {
  const prisma = createPrismaClient(databaseUrlFromEnv())
  const { created } = await seedDemo(prisma)
  console.log(created ? 'Seeded the Xen.org GSoC 2011 demo.' : 'Demo data already present.')
  await prisma.$disconnect()
} catch (error) {
  console.error(error instanceof DatabaseConfigError ? error.message : `Seeding failed: ${(error as Error).message}`)
  process.exit(1)
}
