import type { TestProject } from 'vitest/node'
import { migrate } from '../../lib/migrate'
import { createPrismaClient } from '../../lib/prisma-client'
import { seedDemo } from '../../prisma/seed'
import { createTestDatabase, type TestDatabase } from './test-database'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

let database: TestDatabase | undefined

export async function setup(project: TestProject) {
  database = await createTestDatabase()
  console.log(`tests: ${database.kind === 'server' ? 'throwaway database on the PostgreSQL server' : 'embedded PGlite (no server answered)'}`)
  await migrate(database.url)
  const prisma = createPrismaClient(database.url)
  await seedDemo(prisma)
  await prisma.$disconnect()
  project.provide('databaseUrl', database.url)
}

export async function teardown() {
  await database?.drop()
}
