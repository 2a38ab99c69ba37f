import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { migrate } from '../../lib/migrate'
import { createPrismaClient } from '../../lib/prisma-client'
import { seedDemo } from '../../prisma/seed'
import { createTestDatabase, poolSizeFor, type TestDatabase, type TestDatabaseEngine } from './test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    databaseEngine: TestDatabaseEngine
  }
}

let database: TestDatabase | undefined

export async function setup(project: TestProject) {
  database = await createTestDatabase()
  const poolSize = poolSizeFor(database.kind)
  if (poolSize) process.env.DATABASE_POOL_SIZE = poolSize
  console.log(`tests: database engine: ${database.description}`)
  // scripts/test.sh repeats the engine in its summary.
  if (process.env.TEST_RESULTS_DIR) writeFileSync(join(process.env.TEST_RESULTS_DIR, 'engine.txt'), `${database.description}\n`)
  await migrate(database.url)
  const prisma = createPrismaClient(database.url)
  await seedDemo(prisma)
  await prisma.$disconnect()
  project.provide('databaseUrl', database.url)
  project.provide('databaseEngine', database.kind)
}

export async function teardown() {
  await database?.drop()
}
