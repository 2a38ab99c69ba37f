// Deadline day (issue 17): many students autosaving at once. Concurrent saves of different proposals all land,
// each with its audit window holding the last text; two tabs saving one proposal from the same version cannot
// both win; a stale save (based on an older version) is refused with a clear message and leaves no trace; and a
// save re-renders the page only when it changes what the page shows (the title). The speed itself is measured
// by `npm run bench:load`, not here.
import { revalidatePath } from 'next/cache'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { db } from '@/lib/db'
import { saveProposal } from '@/lib/proposals/actions'
import { LIMITS } from '@/lib/rate-limit'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, signedIn, signOut } from './support/session'

type Saved = { id: string; updatedAt: string }

let f: SeasonFixture
const students: { id: string; proposalId: string; version: string }[] = []

beforeAll(async () => {
  f = await createSeasonFixture()
  const tag = f.tag
  await db.user.createMany({ data: Array.from({ length: 24 }, (_, i) => ({ name: `Rusher ${i} ${tag}`, email: `rusher-${i}-${tag}@example.test` })) })
  const users = await db.user.findMany({ where: { email: { startsWith: 'rusher-', endsWith: `-${tag}@example.test` } }, select: { id: true } })
  await db.seasonRole.createMany({ data: users.map((u) => ({ userId: u.id, seasonId: f.season.id, role: 'STUDENT' as const })) })
  for (const u of users) {
    const p = await db.proposal.create({ data: { seasonId: f.season.id, studentId: u.id, ideaId: f.idea.id, title: '', links: [] } })
    students.push({ id: u.id, proposalId: p.id, version: p.updatedAt.toISOString() })
  }
})
afterEach(() => signOut())
afterAll(async () => {
  await db.proposal.deleteMany({ where: { seasonId: f.season.id } })
})

/**
 * Starts a save as `userId`. The mocked getCurrentUser reads who is signed in when the action calls it, which is
 * before the action's first await: so saves of different people can run at the same time.
 */
function saveAs(userId: string, fields: Record<string, string>): Promise<ActionResult<Saved>> {
  signedIn.userId = userId
  const pending = saveProposal(initialActionState, form(fields))
  signedIn.userId = null
  return pending
}

const plan = (who: number, n: number) => `## Plan\n\nStudent ${who}, revision ${n}.`

describe('autosave under load', () => {
  it('lands every one of many concurrent saves of different proposals, each audit window holding the last text', async () => {
    for (let round = 1; round <= 3; round++) {
      const results = await Promise.all(
        students.map((s, i) => saveAs(s.id, { proposalId: s.proposalId, version: s.version, title: `Proposal ${i}`, plan: plan(i, round) })),
      )
      results.forEach((result, i) => {
        expect(result, `student ${i}, round ${round}`).toMatchObject({ ok: true, data: { id: students[i]!.proposalId } })
        if (result.ok) students[i]!.version = result.data!.updatedAt
      })
    }
    const rows = await db.proposal.findMany({ where: { id: { in: students.map((s) => s.proposalId) } }, select: { id: true, plan: true, updatedAt: true } })
    const audits = await db.auditLog.findMany({ where: { entity: 'Proposal', entityId: { in: students.map((s) => s.proposalId) }, action: 'proposal.update' } })
    students.forEach((s, i) => {
      const stored = rows.find((r) => r.id === s.proposalId)!
      expect(stored.plan).toBe(plan(i, 3))
      expect(stored.updatedAt.toISOString()).toBe(s.version)
      // Three saves within the window: one audit row, from the empty draft to the last text.
      const mine = audits.filter((a) => a.entityId === s.proposalId)
      expect(mine).toHaveLength(1)
      expect(mine[0]).toMatchObject({ actorId: s.id, before: { plan: '', title: '' }, after: { plan: plan(i, 3), title: `Proposal ${i}` } })
    })
  })

  it('refuses a stale save (an older version than stored) with a clear message, and it leaves no trace', async () => {
    const s = students[0]!
    const fresh = await saveAs(s.id, { proposalId: s.proposalId, version: s.version, title: 'Proposal 0', plan: 'Newest text' })
    expect(fresh).toMatchObject({ ok: true })
    const old = s.version // what a tab opened before that save still holds
    if (fresh.ok) s.version = fresh.data!.updatedAt
    const before = await db.proposal.findUniqueOrThrow({ where: { id: s.proposalId } })
    const auditBefore = await db.auditLog.findMany({ where: { entity: 'Proposal', entityId: s.proposalId }, orderBy: { id: 'asc' } })

    const stale = await saveAs(s.id, { proposalId: s.proposalId, version: old, title: 'Proposal 0', plan: 'Text from an old tab' })
    expect(stale).toMatchObject({ ok: false, error: 'conflict', message: /changed in another tab or on another device since you opened it/ })
    expect(await db.proposal.findUniqueOrThrow({ where: { id: s.proposalId } })).toEqual(before)
    const auditAfter = await db.auditLog.findMany({ where: { entity: 'Proposal', entityId: s.proposalId }, orderBy: { id: 'asc' } })
    expect(auditAfter).toEqual(auditBefore)
    expect(JSON.stringify(auditAfter.map((a) => [a.before, a.after]))).not.toContain('Text from an old tab')
  })

  it('lets only one of two tabs win when both save from the same version at once', async () => {
    const s = students[1]!
    const [a, b] = await Promise.all([
      saveAs(s.id, { proposalId: s.proposalId, version: s.version, title: 'Proposal 1', plan: 'Tab A' }),
      saveAs(s.id, { proposalId: s.proposalId, version: s.version, title: 'Proposal 1', plan: 'Tab B' }),
    ])
    const outcomes = [a, b].map((r) => (r.ok ? 'saved' : r.error)).sort()
    expect(outcomes).toEqual(['conflict', 'saved'])
    const winner = a.ok ? 'Tab A' : 'Tab B'
    const loser = a.ok ? 'Tab B' : 'Tab A'
    expect((await db.proposal.findUniqueOrThrow({ where: { id: s.proposalId } })).plan).toBe(winner)
    const trail = JSON.stringify((await db.auditLog.findMany({ where: { entity: 'Proposal', entityId: s.proposalId } })).map((a) => [a.before, a.after]))
    expect(trail).toContain(winner)
    expect(trail).not.toContain(loser)
  })

  it('re-renders the editor page only when the save changes what it shows (the title)', async () => {
    const s = students[2]!
    vi.mocked(revalidatePath).mockClear()
    const text = await saveAs(s.id, { proposalId: s.proposalId, version: s.version, title: 'Proposal 2', plan: 'Only the plan changes' })
    expect(text).toMatchObject({ ok: true })
    expect(revalidatePath).not.toHaveBeenCalled()
    if (text.ok) s.version = text.data!.updatedAt
    const renamed = await saveAs(s.id, { proposalId: s.proposalId, version: s.version, title: 'Proposal 2, renamed', plan: 'Only the plan changes' })
    expect(renamed).toMatchObject({ ok: true })
    expect(revalidatePath).toHaveBeenCalledWith(`/me/proposals/${s.proposalId}`)
  })

  it('allows a person typing (the editor saves at most about once a second) well within the autosave limit', () => {
    const perSecond = LIMITS.autosave.user.points / LIMITS.autosave.user.seconds
    expect(perSecond).toBeGreaterThanOrEqual(1.5)
  })
})
