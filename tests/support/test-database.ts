// A throwaway Postgres database for one test run: created on the machine's server (TEST_DATABASE_ADMIN_URL,
// default postgresql://postgres@127.0.0.1:5432/postgres) and dropped afterwards; when no server answers,
// an in-memory embedded PGlite stands in, so the suite still runs on a laptop without PostgreSQL.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { startEmbeddedPostgres } from '../../lib/embedded-postgres'

export type TestDatabase = { url: string; kind: 'server' | 'embedded'; drop: () => Promise<void> }

const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

async function serverAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

export async function createTestDatabase(prefix = 'summer_test'): Promise<TestDatabase> {
  if (await serverAnswers()) {
    const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(adminUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      kind: 'server',
      drop: async () => {
        const client = new pg.Client({ connectionString: adminUrl })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await client.end()
      },
    }
  }
  const embedded = await startEmbeddedPostgres()
  return { url: embedded.url, kind: 'embedded', drop: embedded.stop }
}
