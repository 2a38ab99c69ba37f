// The audit log reads newest first, a page at a time, and every write above leaves an entry there.
import { describe, expect, it } from 'vitest'
import { AUDIT_PAGE_SIZE, listAuditEntries, withSubjects } from '@/lib/admin/queries'
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

describe('withSubjects', () => {
  it('finds what each entry is about: a proposal’s title now, a revoked invitation’s address, a removed mentor’s name', async () => {
    const f = await createSeasonFixture()
    const proposal = await db.proposal.create({ data: { seasonId: f.season.id, studentId: f.student.id, ideaId: f.idea.id, title: 'Faster xenstore', links: [] } })
    const rows = [
      { entity: 'Proposal', entityId: proposal.id, before: null, after: { status: 'SUBMITTED' } },
      { entity: 'Invitation', entityId: 'gone', before: { email: 'old@example.org' }, after: null },
      { entity: 'SeasonRole', entityId: 'role-gone', before: { capacity: 1 }, after: { capacity: 2 } },
      { entity: 'SeasonRole', entityId: 'role-gone', before: { userId: f.mentor.id, role: 'MENTOR' }, after: null },
      { entity: 'Organization', entityId: f.org.id, before: null, after: { clockOverride: null } },
    ]
    expect((await withSubjects(rows)).map((r) => r.subject)).toEqual(['Faster xenstore', 'old@example.org', f.mentor.name, f.mentor.name, null])
  })
})
