// Computes migration SQL offline with Prisma 6.19's WebAssembly schema engine (see README, Database).
//   npm run db:new-migration -- <name>   writes prisma/migrations/<timestamp>_<name>/migration.sql
//   tsx scripts/migration-diff.ts --check  exits 1 when schema.prisma has changes no migration holds
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmbeddedPostgres } from '../lib/embedded-postgres'

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

async function main() {
  const args = process.argv.slice(2)
  const from = existsSync(snapshotPath) ? snapshotPath : null
  // The engine wants a connection even for schema-to-schema diffs; give it a throwaway in-memory one.
  const scratch = await startEmbeddedPostgres()
  let sql: string
  try {
    sql = await diffSql(from, schemaPath, scratch.url)
  } finally {
    await scratch.stop()
  }
  if (args[0] === '--check') {
    if (!isEmptyDiff(sql)) {
      console.error('prisma/schema.prisma has changes that no migration holds. Run: npm run db:new-migration -- <name>\n' + sql)
      process.exit(1)
    }
    console.log('Migrations match prisma/schema.prisma.')
    return
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
