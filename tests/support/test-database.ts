// A throwaway Postgres database for one test run. The engine is chosen explicitly, never by accident:
// TEST_DATABASE=server (the default) creates and later drops a database on the machine's PostgreSQL
// (TEST_DATABASE_ADMIN_URL, default postgresql://postgres@127.0.0.1:5432/postgres) and fails, saying why, when
// that server does not answer; TEST_DATABASE=embedded runs an in-memory PGlite instead, through one connection.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { startEmbeddedPostgres } from '../../lib/embedded-postgres'

export type TestDatabaseEngine = 'server' | 'embedded'
export type TestDatabase = { url: string; kind: TestDatabaseEngine; description: string; drop: () => Promise<void> }

const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

/** The engine this run was told to use; anything but "server" or "embedded" is an error, not a guess. */
export function testDatabaseEngine(value = process.env.TEST_DATABASE): TestDatabaseEngine {
  if (value === undefined || value === '' || value === 'server') return 'server'
  if (value === 'embedded') return 'embedded'
  throw new Error(`TEST_DATABASE=${value} is not an engine: use "server" (the default, the machine's PostgreSQL) or "embedded" (in-memory PGlite).`)
}

/** PGlite is one session: two pooled connections could interleave their messages, so the tests use one. */
export function poolSizeFor(engine: TestDatabaseEngine): string | undefined {
  return engine === 'embedded' ? '1' : process.env.DATABASE_POOL_SIZE
}

async function connectToServer(): Promise<{ version: string }> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version')
    return { version: rows[0]?.server_version ?? 'unknown' }
  } catch (error) {
    const where = new URL(adminUrl)
    where.password = where.password ? '***' : ''
    throw new Error(
      `The integration tests expect PostgreSQL at ${where} and it did not answer: ${(error as Error).message}. ` +
        'Start it (or set TEST_DATABASE_ADMIN_URL), or run on the embedded engine on purpose with TEST_DATABASE=embedded.',
    )
  } finally {
    await client.end().catch(() => {})
  }
}

export async function createTestDatabase(prefix = 'summer_test', engine: TestDatabaseEngine = testDatabaseEngine()): Promise<TestDatabase> {
  if (engine === 'embedded') {
    const embedded = await startEmbeddedPostgres()
    return { url: embedded.url, kind: 'embedded', description: 'embedded PGlite in memory, one connection (TEST_DATABASE=embedded)', drop: embedded.stop }
  }
  const { version } = await connectToServer()
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
    description: `PostgreSQL ${version} server at ${url.host}, throwaway database ${name}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}
