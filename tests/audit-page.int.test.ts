// The audit log reads newest first, a page at a time, and every write above leaves an entry there.
import { describe, expect, it } from 'vitest'
import { AUDIT_PAGE_SIZE, getAdminOverview, listAuditEntries, withSubjects } from '@/lib/admin/queries'
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
    const first = await listAuditEntries(f.admin, f.season.id, 1)
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 3)
    expect(first.pages).toBe(2)
    expect(first.entries[0]?.entityId).toBe(String(AUDIT_PAGE_SIZE + 2))
    const second = await listAuditEntries(f.admin, f.season.id, 2)
    expect(second.entries.map((e) => e.entityId)).toEqual(['2', '1', '0'])
    expect([...first.entries, ...second.entries].every((e) => e.action === 'test.entry')).toBe(true)
  })
})

/** JSON of audit rows (their ids are BigInts). */
const json = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v))

describe('the audit log of an admin with a conflict of interest', () => {
  // Two admins: `f.admin` has no conflict; `conflicted` (a mentor made admin) has one with proposal A (recorded by
  // proposal) and one with the student of proposal B (recorded by student). C is nobody's conflict.
  async function season() {
    const f = await createSeasonFixture()
    await db.seasonRole.create({ data: { seasonId: f.season.id, userId: f.mentor.id, role: 'ADMIN' } })
    const conflicted = f.mentor
    const make = (title: string, studentId: string) => db.proposal.create({ data: { seasonId: f.season.id, studentId, ideaId: f.idea.id, title, links: [], status: 'SUBMITTED' } })
    const a = await make('Proposal A', f.student.id)
    const b = await make('Proposal B', f.otherStudent.id)
    const c = await make('Proposal C', f.outsider.id)
    await db.conflict.create({ data: { seasonId: f.season.id, mentorId: conflicted.id, proposalId: a.id, source: 'ADMIN', recordedById: f.admin.id } })
    await db.conflict.create({ data: { seasonId: f.season.id, mentorId: conflicted.id, studentId: f.otherStudent.id, source: 'ADMIN', recordedById: f.admin.id } })
    // What the actions write (lib/reviews/actions.ts, lib/accepted/actions.ts, lib/ranking/actions.ts), for each proposal.
    const entries = (p: { id: string; title: string }) => [
      { action: 'review.create', entity: 'Review', entityId: `review-${p.title}`, after: { proposalId: p.id, overallScore: 5, scores: [] } },
      { action: 'comment.create', entity: 'Comment', entityId: `comment-${p.title}`, after: { proposalId: p.id, body: `A private word on ${p.title}` } },
      { action: 'acceptedSet.add', entity: 'AcceptedSetDraft', entityId: f.season.id, before: { pick: null }, after: { pick: { proposalId: p.id } } },
      { action: 'proposal.decide', entity: 'Proposal', entityId: p.id, before: { status: 'SUBMITTED' }, after: { status: 'ACCEPTED' } },
    ]
    await db.auditLog.createMany({ data: [a, b, c].flatMap(entries).map((e) => ({ ...e, seasonId: f.season.id, actorId: f.admin.id })) })
    const moves = [a, b, c].map((p, i) => ({ proposalId: p.id, title: p.title, from: i + 2, to: i + 1 }))
    await db.auditLog.create({ data: { seasonId: f.season.id, actorId: f.admin.id, action: 'rank.save', entity: 'RankOrder', entityId: f.season.id, before: { version: 0 }, after: { version: 1, moved: 3, moves } } })
    await db.auditLog.create({ data: { seasonId: f.season.id, actorId: f.admin.id, action: 'acceptedSet.solve', entity: 'AcceptedSetDraft', entityId: f.season.id, after: { slots: 3, picks: [a, b, c].map((p) => ({ proposalId: p.id, primaryMentorId: f.mentor.id })) } } })
    await db.auditLog.create({ data: { seasonId: f.season.id, actorId: f.admin.id, action: 'season.settings', entity: 'Season', entityId: f.season.id, after: { title: 'GSoC' } } })
    return { f, conflicted, a, b, c }
  }

  it('leaves out every entry about a proposal they are conflicted with, by proposal or by student; the other admin reads all', async () => {
    const { f, conflicted, a, b, c } = await season()
    const all = await listAuditEntries(f.admin, f.season.id, 1)
    expect(all.total).toBe(15)
    const theirs = await listAuditEntries(conflicted, f.season.id, 1)
    expect(theirs.total).toBe(7)
    expect(theirs.entries).toHaveLength(7)
    const text = json(theirs.entries)
    for (const hidden of [a, b]) {
      expect(text).not.toContain(hidden.id)
      expect(text).not.toContain(hidden.title)
    }
    expect(text).not.toContain('A private word on Proposal A')
    expect(theirs.entries.filter((e) => !['rank.save', 'season.settings', 'acceptedSet.solve'].includes(e.action)).map((e) => e.subject ?? (e.after as { proposalId?: string; pick?: { proposalId: string } }).proposalId ?? (e.after as { pick: { proposalId: string } }).pick.proposalId)).toEqual(
      expect.arrayContaining([c.id, 'Proposal C']),
    )
    // The rank-list save stays, with its count, naming only C.
    const save = theirs.entries.find((e) => e.action === 'rank.save')!
    expect(save.after).toEqual({ version: 1, moved: 3, moves: [{ proposalId: c.id, title: 'Proposal C', from: 4, to: 3 }] })
    // So does the solver's entry, with only C's pick.
    expect(theirs.entries.find((e) => e.action === 'acceptedSet.solve')!.after).toEqual({ slots: 3, picks: [{ proposalId: c.id, primaryMentorId: conflicted.id }] })
    expect(json(all.entries)).toContain('A private word on Proposal A')
  })

  it('pages by what they may read', async () => {
    const { f, conflicted } = await season()
    await db.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE }, (_, i) => ({ seasonId: f.season.id, action: 'test.entry', entity: 'Test', entityId: String(i) })),
    })
    const first = await listAuditEntries(conflicted, f.season.id, 1)
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 7)
    expect(first.pages).toBe(2)
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE)
    const second = await listAuditEntries(conflicted, f.season.id, 2)
    expect(second.entries).toHaveLength(7)
    const ids = [...first.entries, ...second.entries].map((e) => e.id)
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 7)
    // Newest first across both pages.
    expect(ids).toEqual([...ids].sort((x, y) => (x > y ? -1 : 1)))
  })

  it('leaves the same out of the overview’s recent changes', async () => {
    const { f, conflicted, a, b } = await season()
    const overview = await getAdminOverview(conflicted, f.season.id)
    expect(overview.audit).toHaveLength(7)
    for (const hidden of [a, b]) expect(json(overview.audit)).not.toContain(hidden.id)
    expect((await getAdminOverview(f.admin, f.season.id)).audit).toHaveLength(15)
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
      // A review, a comment and a conflict are about the proposal they kept; a conflict with a student names none.
      { entity: 'Review', entityId: 'review-1', before: null, after: { proposalId: proposal.id, overallScore: 4 } },
      { entity: 'Comment', entityId: 'comment-1', before: null, after: { proposalId: proposal.id, body: 'Nice plan' } },
      { entity: 'Conflict', entityId: 'conflict-1', before: { proposalId: proposal.id, mentorId: f.mentor.id }, after: null },
      { entity: 'Conflict', entityId: 'conflict-2', before: null, after: { proposalId: null, studentId: f.student.id } },
    ]
    expect((await withSubjects(rows)).map((r) => r.subject)).toEqual(['Faster xenstore', 'old@example.org', f.mentor.name, f.mentor.name, null, 'Faster xenstore', 'Faster xenstore', 'Faster xenstore', null])
  })
})
