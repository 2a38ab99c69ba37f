// Computes migration SQL offline with Prisma 6.19's WebAssembly schema engine (see README, Database).
//   npm run db:new-migration -- <name>   writes prisma/migrations/<timestamp>_<name>/migration.sql
//   tsx scripts/migration-diff.ts --check  exits 1 when what the migrations build differs from schema.prisma
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '../lib/embedded-postgres'
import { migrate } from '../lib/migrate'

const root = join(import.meta.dirname, '..')
const schemaPath = join(root, 'prisma/schema.prisma')
const migrationsDir = join(root, 'prisma/migrations')
// The schema the newest migration was diffed to; the next migration is the diff from it.
const snapshotPath = join(migrationsDir, 'schema.snapshot.prisma')

/** 6.19 insists on a url in the datasource block (7 forbids it): diff a temporary copy that has one. */
const scratchDirs: string[] = []
process.on('exit', () => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function withUrl(path: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'summer-diff-'))
  scratchDirs.push(dir)
  const copy = join(dir, 'schema.prisma')
  const text = readFileSync(path, 'utf8').replace(
    /datasource db \{([^}]*)\}/,
    (_m, inner: string) => `datasource db {${inner}  url = env("DATABASE_URL")\n}`,
  )
  writeFileSync(copy, text)
  return copy
}

export async function diffSql(fromSchema: string | null, toSchema: string, scratchUrl: string): Promise<string> {
  const from = fromSchema ? ['--from-schema-datamodel', withUrl(fromSchema)] : ['--from-empty']
  // Asynchronous on purpose: the scratch database is served by this very process's event loop.
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/prisma-diff/build/index.js'),
      'migrate', 'diff', '--config', join(root, 'prisma/diff.config.ts'),
      ...from, '--to-schema-datamodel', withUrl(toSchema), '--script',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: scratchUrl,
        DIFF_DATABASE_URL: scratchUrl,
        // 6.19 looks for a query-engine library before anything else; any existing file stops the download.
        PRISMA_QUERY_ENGINE_LIBRARY: join(root, 'package.json'),
        PRISMA_SCHEMA_ENGINE_BINARY: join(root, 'scripts/no-schema-engine.sh'),
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1',
      },
    },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (status !== 0) {
    process.stderr.write(stderr)
    throw new Error('prisma migrate diff failed')
  }
  return stdout
}

function isEmptyDiff(sql: string): boolean {
  return sql.split('\n').every((line) => line.trim() === '' || line.startsWith('--'))
}

/**
 * The shape of a database's public schema as sorted lines: columns, constraints, indexes and enums (the
 * migration bookkeeping table left out). Triggers and functions are not compared: schema.prisma cannot hold
 * them, so the SQL a migration adds by hand (the audit log's append-only trigger) is not drift.
 */
async function describeSchema(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const queries = [
      `SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || coalesce('(' || character_maximum_length || ')', '')
         || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END || coalesce(' default ' || column_default, '') AS line
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      `SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0 AND contype <> 'n'
         AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')`,
      `SELECT 'index ' || indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`,
    ]
    const lines: string[] = []
    for (const query of queries) lines.push(...(await client.query<{ line: string }>(query)).rows.map((row) => row.line))
    return lines.sort()
  } finally {
    await client.end()
  }
}

/**
 * What the migrations make on purpose with SQL written by hand, because Prisma's schema language cannot say it:
 * the drift check expects exactly these beyond schema.prisma (each one must exist, and nothing else may).
 */
const HAND_WRITTEN = [
  // review_search: full-text search over title, abstract and plan (a generated column with its GIN index).
  'column Proposal.searchVector tsvector',
  'index CREATE INDEX "Proposal_searchVector_idx" ON public."Proposal" USING gin ("searchVector")',
  // conflicts_of_interest: a conflict names exactly one target, a proposal or a student.
  'constraint "Conflict" Conflict_one_target CHECK ((("proposalId" IS NULL) <> ("studentId" IS NULL)))',
]

/**
 * The drift check: applies the migrations (with the app's own runner) to one scratch database and what
 * schema.prisma describes (Prisma's SQL for it, from empty) to another, then compares the two schemas. It
 * never reads the snapshot, so a migration that is missing, edited or out of order shows up too.
 */
async function checkMigrations(): Promise<string[]> {
  const [fromMigrations, fromSchema] = [await startEmbeddedPostgres(), await startEmbeddedPostgres()]
  try {
    await migrate(fromMigrations.url)
    const sql = await diffSql(null, schemaPath, fromSchema.url)
    const client = new pg.Client({ connectionString: fromSchema.url })
    await client.connect()
    await client.query(sql)
    await client.end()
    const [built, wanted] = [await describeSchema(fromMigrations.url), await describeSchema(fromSchema.url)]
    return [
      ...wanted.filter((line) => !built.includes(line)).map((line) => `  in schema.prisma, not made by the migrations: ${line}`),
      ...built
        .filter((line) => !wanted.includes(line) && !HAND_WRITTEN.includes(line))
        .map((line) => `  made by the migrations, not in schema.prisma: ${line}`),
      ...HAND_WRITTEN.filter((line) => !built.includes(line)).map((line) => `  listed as hand-written below, but no migration makes it: ${line}`),
    ]
  } finally {
    await fromMigrations.stop()
    await fromSchema.stop()
  }
}

async function main() {
  const args = process.argv.slice(2)
  if (args[0] === '--check') {
    const drift = await checkMigrations()
    if (drift.length) {
      console.error(`The migrations do not build what prisma/schema.prisma describes. Run: npm run db:new-migration -- <name>\n${drift.join('\n')}`)
      process.exit(1)
    }
    console.log('Migrations match prisma/schema.prisma: applied to a scratch database, they build the same schema.')
    return
  }
  const from = existsSync(snapshotPath) ? snapshotPath : null
  // The engine wants a connection even for schema-to-schema diffs; give it a throwaway in-memory one.
  const scratch = await startEmbeddedPostgres()
  let sql: string
  try {
    sql = await diffSql(from, schemaPath, scratch.url)
  } finally {
    await scratch.stop()
  }
  const name = (args[0] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase()
  if (!name) {
    console.error('Usage: npm run db:new-migration -- <name>')
    process.exit(2)
  }
  if (isEmptyDiff(sql)) {
    console.log('No schema changes: nothing to migrate.')
    return
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
  const dir = join(migrationsDir, `${stamp}_${name}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'migration.sql'), sql)
  writeFileSync(join(migrationsDir, 'migration_lock.toml'), '# Written by scripts/migration-diff.ts\nprovider = "postgresql"\n')
  copyFileSync(schemaPath, snapshotPath)
  console.log(`Wrote ${dir}/migration.sql`)
}

await main()
