// The audit log reads newest first, a page at a time, and every write above leaves an entry there.
import { describe, expect, it } from 'vitest'
import { AUDIT_PAGE_SIZE, listAuditEntries } from '@/lib/admin/queries'
import { db } from '@/lib/db'
import { createSeasonFixture } from './support/fixtures'

describe('listAuditEntries', () => {
  it('pages through a season’s entries, newest first, and only that season’s', async () => {
    const f = await createSeasonFixture()
    const other = await createSeasonFixture()
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, i) => ({
        seasonId: f.season.id,
        action: 'test.entry',
        entity: 'Test',
        entityId: String(i),
        at: new Date(Date.UTC(2030, 0, 1, 0, i)),
      })),
    })
    await db.auditLog.create({ data: { seasonId: other.season.id, action: 'test.other', entity: 'Test', entityId: 'x' } })
    const first = await listAuditEntries(f.season.id, 1)
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 3)
    expect(first.pages).toBe(2)
    expect(first.entries[0]?.entityId).toBe(String(AUDIT_PAGE_SIZE + 2))
    const second = await listAuditEntries(f.season.id, 2)
    expect(second.entries.map((e) => e.entityId)).toEqual(['2', '1', '0'])
    expect([...first.entries, ...second.entries].every((e) => e.action === 'test.entry')).toBe(true)
  })
})
