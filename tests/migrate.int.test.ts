// Our migration runner against a fresh database of its own: applies, records like Prisma, refuses tampering.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { migrate, readMigrations } from '@/lib/migrate'
import { createTestDatabase, type TestDatabase } from './support/test-database'

let database: TestDatabase
let client: pg.Client

beforeAll(async () => {
  database = await createTestDatabase('summer_migrate', inject('databaseEngine'))
  client = new pg.Client({ connectionString: database.url })
  await client.connect()
})
afterAll(async () => {
  await client.end()
  await database.drop()
})

describe('migrate', () => {
  it('applies every migration once and records it the way Prisma does', async () => {
    const migrations = readMigrations()
    expect(migrations.length).toBeGreaterThan(0)
    expect((await migrate(database.url)).applied).toEqual(migrations.map((m) => m.name))
    expect((await migrate(database.url)).applied).toEqual([])
    const { rows } = await client.query('SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name')
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name))
    expect(rows.map((r) => r.checksum)).toEqual(migrations.map((m) => m.checksum))
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true)
  })

  it('refuses to continue when an applied migration was edited afterwards', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m))
    await expect(migrate(database.url, edited)).rejects.toThrow(/was edited after it was applied/)
  })

  it('rolls back a failing migration and leaves it unrecorded', async () => {
    const broken = [...readMigrations(), { name: '99999999999999_broken', sql: 'CREATE TABLE ok_then (id int); SELECT * FROM no_such_table;', checksum: 'x' }]
    await expect(migrate(database.url, broken)).rejects.toThrow(/99999999999999_broken failed/)
    const { rows } = await client.query(`SELECT to_regclass('ok_then') AS t, (SELECT count(*) FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken')::int AS n`)
    expect(rows[0]).toEqual({ t: null, n: 0 })
  })

  it('makes the audit log append-only in the database itself', async () => {
    await client.query(`INSERT INTO "AuditLog" (action, entity, "entityId") VALUES ('test', 'Test', '1')`)
    await expect(client.query(`UPDATE "AuditLog" SET action = 'rewritten'`)).rejects.toThrow(/append-only/)
    await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/)
    await expect(client.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/)
    // Truncating a table the log refers to, with CASCADE, would empty the log as well.
    await expect(client.query(`TRUNCATE "User" CASCADE`)).rejects.toThrow(/append-only/)
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'test'`)
    expect(rows[0]).toEqual({ n: 1 })
  })
})
