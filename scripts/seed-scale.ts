// npm run seed:scale -- --proposals N — adds a generated season of N submitted proposals (prisma/seed/scale.ts) to
// DATABASE_URL, or when it is unset to the embedded database in SUMMER_DATA_DIR (default .data/; stop the demo
// first: the embedded database takes one process). Migrates and loads the demo organization first if needed.
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { databaseUrlFromEnv, DatabaseConfigError } from '../lib/database-url'
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../lib/embedded-postgres'
import { migrate } from '../lib/migrate'
import { createPrismaClient } from '../lib/prisma-client'
import { seedDemo } from '../prisma/seed'
import { seedScale } from '../prisma/seed/scale'

const { values } = parseArgs({ options: { proposals: { type: 'string', default: '2000' } } })
const proposals = Number(values.proposals)
if (!Number.isInteger(proposals) || proposals < 1 || proposals > 100_000) {
  console.error('seed:scale: --proposals must be a whole number from 1 to 100000.')
  process.exit(1)
}

let embedded: EmbeddedPostgres | undefined
try {
  let url: string
  if (process.env.DATABASE_URL) url = databaseUrlFromEnv()
  else {
    const dataDir = resolve(process.env.SUMMER_DATA_DIR ?? join(import.meta.dirname, '..', '.data'))
    embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pglite') })
    url = embedded.url
  }
  await migrate(url)
  const prisma = createPrismaClient(url)
  await seedDemo(prisma)
  const started = performance.now()
  const season = await seedScale(prisma, { proposals })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `seed:scale: season ${season.slug} (${season.seasonId}): ${season.proposals} proposals, ${season.students} students, ${season.mentors} mentors, ${season.ideas} ideas, ${season.reviews} reviews, ${season.comments} comments in ${seconds} s.`,
  )
  // For scripts (npm run bench): the last line is the season as JSON.
  console.log(JSON.stringify(season))
  await prisma.$disconnect()
} catch (error) {
  console.error(error instanceof DatabaseConfigError ? error.message : `seed:scale failed: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await embedded?.stop()
}
