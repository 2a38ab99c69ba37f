// npm run demo — the first command of the README. Prepares a database (the embedded one unless DATABASE_URL is
// set), applies migrations, loads the demo season on first start, builds the app and serves it on PORT (3000).
//   --dev       serve with `next dev` instead of a production build
//   --no-build  serve the existing production build
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import pg from 'pg'
import { DatabaseConfigError, databaseUrlFromEnv, redact } from '../lib/database-url'
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../lib/embedded-postgres'
import { migrate } from '../lib/migrate'
import { createPrismaClient } from '../lib/prisma-client'
import { seedDemo } from '../prisma/seed'

const args = new Set(process.argv.slice(2))
const root = resolve(import.meta.dirname, '..')
const dataDir = resolve(process.env.SUMMER_DATA_DIR ?? join(root, '.data'))
const port = Number(process.env.PORT ?? 3000)

function fail(message: string): never {
  console.error(`summer: ${message}`)
  process.exit(1)
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv) {
  return spawn(command, commandArgs, { cwd: root, env, stdio: 'inherit' })
}

/** A stable secret for signing sessions in the demo, kept beside the embedded data. */
function demoAuthSecret(): string {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, 'auth-secret')
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}

async function checkReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (error) {
    fail(`cannot reach the database at ${redact(url)} (${(error as Error).message}). Check DATABASE_URL, or unset it to use the embedded database.`)
  } finally {
    await client.end().catch(() => {})
  }
}

let embedded: EmbeddedPostgres | undefined
let databaseUrl: string
if (process.env.DATABASE_URL) {
  try {
    databaseUrl = databaseUrlFromEnv()
  } catch (error) {
    fail(error instanceof DatabaseConfigError ? error.message : String(error))
  }
  await checkReachable(databaseUrl)
  console.log(`summer: using the PostgreSQL server at ${redact(databaseUrl)}`)
} else {
  try {
    embedded = await startEmbeddedPostgres({
      dataDir: join(dataDir, 'pglite'),
      port: Number(process.env.EMBEDDED_DB_PORT ?? 0),
    })
  } catch (error) {
    fail(`could not open the embedded database in ${dataDir}/pglite (${(error as Error).message}). Is another demo running? Stop it, or set SUMMER_DATA_DIR to another folder.`)
  }
  databaseUrl = embedded.url
  console.log(`summer: using the embedded database in ${join(dataDir, 'pglite')}`)
}

try {
  const { applied } = await migrate(databaseUrl)
  if (applied.length) console.log(`summer: applied migrations ${applied.join(', ')}`)
  const prisma = createPrismaClient(databaseUrl)
  const { created } = await seedDemo(prisma)
  if (created) console.log('summer: loaded the Xen.org GSoC 2011 demo season')
  await prisma.$disconnect()
} catch (error) {
  await embedded?.stop()
  fail(`preparing the database failed: ${(error as Error).message}`)
}

// The public URL goes into absolute links (mails, the Atom feed). Signing in works at any address the server
// answers (127.0.0.1, the network address Next prints): after sign-in, people are sent back to a path, not a host.
const publicUrl = process.env.NEXTAUTH_URL || `http://localhost:${port}`
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  // One connection to the embedded database. PGlite is a single session: pglite-socket multiplexes clients
  // onto it message by message, so two clients' extended-protocol exchanges (Parse/Bind/Execute) can
  // interleave on its one unnamed statement and a query can get another's result. Seen in the browser tests
  // as a request that found no organization. With one connection nothing interleaves; queries queue in the pool.
  DATABASE_POOL_SIZE: embedded ? '1' : (process.env.DATABASE_POOL_SIZE ?? '10'),
  DEMO_SIGN_IN: process.env.DEMO_SIGN_IN ?? 'true',
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? demoAuthSecret(),
  NEXTAUTH_URL: publicUrl,
  NEXT_TELEMETRY_DISABLED: '1',
}
const next = join(root, 'node_modules/next/dist/bin/next')

async function serve() {
  if (!args.has('--dev') && !args.has('--no-build')) {
    const build = run(process.execPath, [next, 'build'], env)
    const code = await new Promise<number | null>((done) => build.on('close', done))
    if (code !== 0) {
      await embedded?.stop()
      fail('next build failed (see above).')
    }
  }
  console.log(`summer: links in mails and the feed use ${publicUrl}; to share the demo on your network, set NEXTAUTH_URL to the address others open.`)
  const server = run(process.execPath, [next, args.has('--dev') ? 'dev' : 'start', '-p', String(port)], env)
  const stop = () => server.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  server.on('close', async (code) => {
    await embedded?.stop()
    process.exit(code ?? 0)
  })
}

await serve()
