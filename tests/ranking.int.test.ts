// The rank list on Postgres: which proposals are rankable, the default order, the cut line and "near the cut",
// saveRankOrder for every role, bad orders (an id missing, duplicated or foreign), concurrent saves.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { saveRankOrder } from '@/lib/ranking/actions'
import { getRankList } from '@/lib/ranking/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { ALL_BUT, expectRefusedForRoles } from './support/matrix'
import { form, signInAs, signOut } from './support/session'

const DAY = 24 * 60 * 60 * 1000
const seasons: string[] = []
let f: SeasonFixture
let other: SeasonFixture

async function season() {
  const built = await createSeasonFixture({ applications: 'closed' })
  seasons.push(built.season.id)
  return built
}
let n = 0
async function proposal(s: SeasonFixture, title: string, reviews: [{ id: string }, number, boolean][]) {
  n += 1
  const p = await db.proposal.create({
    data: { seasonId: s.season.id, studentId: n % 2 ? s.student.id : s.otherStudent.id, ideaId: s.idea.id, title, abstract: 'An abstract.', links: [], status: 'SUBMITTED', submittedAt: new Date(Date.now() - 2 * DAY + n) },
  })
  for (const [reviewer, overallScore, willingToMentor] of reviews) await db.review.create({ data: { proposalId: p.id, reviewerId: reviewer.id, overallScore, willingToMentor } })
  return p
}
const save = (seasonId: string, version: number | string, ids: string[]) => saveRankOrder(null, form({ seasonId, version: String(version), proposalId: ids }))
const stored = (seasonId: string) => db.rankOrder.findUnique({ where: { seasonId }, select: { proposalIds: true, version: true } })
const audits = (seasonId: string) => db.auditLog.count({ where: { seasonId, action: 'rank.save' } })

/** A season with three rankable proposals (A best, C worst) and two that are not. */
async function rankedSeason() {
  const s = await season()
  const a = await proposal(s, 'A', [[s.mentor, 5, true], [s.otherMentor, 5, false]])
  const b = await proposal(s, 'B', [[s.mentor, 4, false], [s.otherMentor, 3, true]])
  const c = await proposal(s, 'C', [[s.otherMentor, 2, true]])
  const none = await proposal(s, 'Nobody willing', [[s.mentor, 4, false]])
  const unread = await proposal(s, 'Unread', [])
  return { s, a, b, c, none, unread }
}

beforeAll(async () => {
  f = await season()
  other = await season()
})
afterEach(() => signOut())
afterAll(async () => {
  await db.conflict.deleteMany({ where: { seasonId: { in: seasons } } })
  await db.proposal.deleteMany({ where: { seasonId: { in: seasons } } })
})

describe('getRankList', () => {
  it('ranks only proposals with a willing, unconflicted mentor, by calibrated score; lists the others with the reason; admins only', async () => {
    const { s, a, b, c } = await rankedSeason()
    const list = await getRankList(s.admin, s.season.id)
    expect(list!.rows.map((r) => r.title)).toEqual(['A', 'B', 'C'])
    expect(list!.unrankable).toEqual([
      expect.objectContaining({ title: 'Nobody willing', reason: 'No mentor is willing to mentor it' }),
      expect.objectContaining({ title: 'Unread', reason: 'No review yet' }),
    ])
    expect(list!.rows[0]).toMatchObject({ willing: [s.mentor.name], reviews: 2 })
    // A conflict takes the only willing mentor of C out: C is no longer rankable.
    await db.conflict.create({ data: { seasonId: s.season.id, mentorId: s.otherMentor.id, proposalId: c.id, source: 'ADMIN', recordedById: s.admin.id } })
    const after = await getRankList(s.admin, s.season.id)
    expect(after!.rows.map((r) => r.id)).toEqual([a.id, b.id])
    expect(after!.unrankable.find((r) => r.id === c.id)!.reason).toMatch(/conflict of interest/)
    for (const viewer of [s.mentor, s.student, s.outsider, other.admin]) expect(await getRankList(viewer, s.season.id)).toBeNull()
  })

  it('draws the cut line at the slots requested or typed, and marks proposals within one standard error of it', async () => {
    const { s } = await rankedSeason()
    expect((await getRankList(s.admin, s.season.id))!.cut).toBeNull()
    await db.slotRequest.create({ data: { seasonId: s.season.id, minSlots: 1, maxSlots: 2, requestedById: s.admin.id } })
    const requested = await getRankList(s.admin, s.season.id)
    expect(requested!.cut).toBe(2)
    expect(requested!.rows.map((r) => r.inside)).toEqual([true, true, false])
    const typed = await getRankList(s.admin, s.season.id, 1)
    expect(typed!.rows.map((r) => r.inside)).toEqual([true, false, false])
    // Near the cut: within one standard error of the line midway between B (last in) and C (first out).
    const [, lastIn, firstOut] = requested!.rows
    const line = (lastIn!.calibrated! + firstOut!.calibrated!) / 2
    for (const row of requested!.rows) expect(row.nearCut, row.title).toBe(Math.abs(row.calibrated! - line) <= row.stdError!)
    expect(requested!.rows.some((r) => r.nearCut) || requested!.rows.every((r) => Math.abs(r.calibrated! - line) > r.stdError!)).toBe(true)
  })

  it('hides from a conflicted admin the proposals they are conflicted with, and keeps those in place when they save', async () => {
    const { s, a, b, c } = await rankedSeason()
    await db.conflict.create({ data: { seasonId: s.season.id, mentorId: s.admin.id, proposalId: b.id, source: 'ADMIN', recordedById: s.admin.id } })
    const list = await getRankList(s.admin, s.season.id)
    expect(list!.rows.map((r) => r.id)).toEqual([a.id, c.id])
    await signInAs(s.admin.email!)
    expect(await save(s.season.id, 0, [c.id, a.id])).toMatchObject({ ok: true })
    expect((await stored(s.season.id))!.proposalIds).toEqual([c.id, b.id, a.id])
  })
})

describe('saveRankOrder', () => {
  it('saves an admin’s order with an audit entry, and the list follows it', async () => {
    const { s, a, b, c } = await rankedSeason()
    await signInAs(s.admin.email!)
    expect(await save(s.season.id, 0, [c.id, a.id, b.id])).toMatchObject({ ok: true, version: 1 })
    expect(await stored(s.season.id)).toEqual({ proposalIds: [c.id, a.id, b.id], version: 1 })
    expect((await getRankList(s.admin, s.season.id))!.rows.map((r) => r.title)).toEqual(['C', 'A', 'B'])
    expect(await save(s.season.id, 1, [a.id, b.id, c.id])).toMatchObject({ ok: true, version: 2 })
    expect(await audits(s.season.id)).toBe(2)
  })

  it('refuses every role but the season’s admins, changing nothing', async () => {
    const { s, a, b, c } = await rankedSeason()
    await expectRefusedForRoles({ f: s, other, roles: ALL_BUT('admin'), call: () => save(s.season.id, 0, [a.id, b.id, c.id]), state: () => stored(s.season.id) })
  })

  it('refuses an order with an id missing, duplicated, unrankable or forged, and a garbled form: a clear message, nothing saved', async () => {
    const { s, a, b, c, none } = await rankedSeason()
    const x = await proposal(f, 'Other season', [[f.mentor, 5, true]])
    await signInAs(s.admin.email!)
    const cases: [string[] | string, number | string, RegExp][] = [
      [[a.id, b.id], 0, /misses/],
      [[a.id, b.id, c.id, a.id], 0, /twice/],
      [[a.id, a.id, b.id], 0, /twice/],
      [[a.id, b.id, c.id, none.id], 0, /cannot be ranked/],
      [[a.id, b.id, x.id], 0, /cannot be ranked/],
      [[a.id, b.id, '../etc/passwd'], 0, /could not be read/],
      [[a.id, b.id, c.id], 'seven', /could not be read/],
    ]
    for (const [ids, version, message] of cases) {
      const result = await save(s.season.id, version as number, Array.isArray(ids) ? ids : [ids])
      expect(result, String(ids)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(message) })
    }
    expect(await stored(s.season.id)).toBeNull()
    expect(await audits(s.season.id)).toBe(0)
  })

  it('of two saves from the same version, refuses the second with the fresh order — also the very first save', async () => {
    const { s, a, b, c } = await rankedSeason()
    await signInAs(s.admin.email!)
    const first = await Promise.all([save(s.season.id, 0, [c.id, b.id, a.id]), save(s.season.id, 0, [b.id, a.id, c.id])])
    expect(first.filter((r) => r.ok)).toHaveLength(1)
    const refused = first.find((r) => !r.ok)!
    expect(refused).toMatchObject({ ok: false, error: 'conflict', message: expect.stringMatching(/Another admin saved/) })
    const kept = (await stored(s.season.id))!
    expect(kept.version).toBe(1)
    expect('fresh' in refused && refused.fresh!.rows.map((r) => r.id)).toEqual(kept.proposalIds)

    const second = await Promise.all([save(s.season.id, 1, [a.id, b.id, c.id]), save(s.season.id, 1, [a.id, c.id, b.id])])
    expect(second.filter((r) => r.ok)).toHaveLength(1)
    expect(second.filter((r) => !r.ok)).toMatchObject([{ error: 'conflict', fresh: { version: 2 } }])
    // A save from a stale version is refused too, whenever it comes.
    expect(await save(s.season.id, 1, [c.id, b.id, a.id])).toMatchObject({ ok: false, error: 'conflict' })
    expect((await stored(s.season.id))!.version).toBe(2)
    expect(await audits(s.season.id)).toBe(2)
  })
})
