// Applies pending migrations from prisma/migrations in order and records them in `_prisma_migrations`
// exactly as Prisma's own `migrate deploy` would, so either tool can take over a database the other set up.
// We need our own runner because Prisma's schema engine is a binary that cannot be downloaded here.
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'

export type Migration = { name: string; sql: string; checksum: string }

// The same key Prisma's engine takes, so our runner and `prisma migrate deploy` never run at once.
const MIGRATION_LOCK_KEY = 72707369

export function readMigrations(dir = join(process.cwd(), 'prisma/migrations')): Migration[] {
  if (!existsSync(dir)) throw new Error(`No migrations folder at ${dir}`)
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

export type MigrateResult = { applied: string[]; alreadyApplied: number }

export async function migrate(databaseUrl: string, migrations = readMigrations()): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`)
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    )
    const failed = rows.find((row) => row.finished_at === null)
    if (failed) {
      throw new Error(`Migration ${failed.migration_name} failed earlier and must be resolved by hand before others run.`)
    }
    const done = new Map(rows.map((row) => [row.migration_name, row.checksum]))
    for (const migration of migrations) {
      const checksum = done.get(migration.name)
      if (checksum && checksum !== migration.checksum) {
        throw new Error(`Migration ${migration.name} was edited after it was applied (checksum differs).`)
      }
    }
    const applied: string[] = []
    for (const migration of migrations.filter((m) => !done.has(m.name))) {
      const id = randomUUID()
      await client.query('BEGIN')
      try {
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
          [id, migration.checksum, migration.name],
        )
        await client.query(migration.sql)
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`)
      }
      applied.push(migration.name)
    }
    return { applied, alreadyApplied: done.size }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {})
    await client.end()
  }
}
