// The rank list on Postgres: which proposals are rankable, the default order, the cut line and "near the cut",
// its pages, the cached ranking following every change of its inputs, saveRankOrder (a page, or a single move)
// for every role, bad saves (ids forged, duplicated, not on that page; positions out of range; stale versions),
// concurrent saves, a conflicted admin's hidden proposals keeping their places, and query counts flat in the rows.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { saveRankOrder } from '@/lib/ranking/actions'
import { getRankList, getRankPage } from '@/lib/ranking/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { ALL_BUT, expectRefusedForRoles } from './support/matrix'
import { form, signInAs, signOut } from './support/session'
import { queryCounter } from './support/query-count'

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
/** Saves a page of the list in a new order: the page starting at `offset` (counted from 0), pages of `size`. */
const save = (seasonId: string, version: number | string, ids: string[], offset = 0, size = 100) =>
  saveRankOrder(null, form({ kind: 'page', seasonId, version: String(version), offset, size, proposalId: ids }))
/** Moves one proposal to a position (from 1) of the list, from the page at `offset`. */
const moveTo = (seasonId: string, version: number | string, proposalId: string, position: number | string, offset = 0, size = 10) =>
  saveRankOrder(null, form({ kind: 'move', seasonId, version: String(version), offset, size, proposalId, position: String(position) }))
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
    expect(await save(s.season.id, 0, [c.id, a.id, b.id])).toMatchObject({ ok: true, fresh: { version: 1 } })
    expect(await stored(s.season.id)).toEqual({ proposalIds: [c.id, a.id, b.id], version: 1 })
    expect((await getRankList(s.admin, s.season.id))!.rows.map((r) => r.title)).toEqual(['C', 'A', 'B'])
    expect(await save(s.season.id, 1, [a.id, b.id, c.id])).toMatchObject({ ok: true, fresh: { version: 2 } })
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
      [[a.id, c.id], 0, /no longer the ones/],
      [[b.id, c.id], 0, /no longer the ones/],
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
    // A page past the end, a page size the list does not offer, an empty page, a page too large for any size.
    expect(await save(s.season.id, 0, [a.id, b.id, c.id], 1)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/no longer the ones/) })
    expect(await save(s.season.id, 0, [a.id, b.id, c.id], 0, 7)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/could not be read/) })
    expect(await save(s.season.id, 0, [])).toMatchObject({ ok: false, error: 'invalid' })
    expect(await save(s.season.id, 0, Array.from({ length: 201 }, (_, i) => `p${i}`))).toMatchObject({ ok: false, error: 'invalid' })
    expect(await stored(s.season.id)).toBeNull()
    expect(await audits(s.season.id)).toBe(0)
  })

  it('of two saves from the same version, refuses the second with the fresh order — also the very first save', async () => {
    const { s, a, b, c } = await rankedSeason()
    await signInAs(s.admin.email!)
    const first = await Promise.all([save(s.season.id, 0, [c.id, b.id, a.id]), save(s.season.id, 0, [b.id, a.id, c.id])])
    expect(first.filter((r) => r.ok)).toHaveLength(1)
    const refused = first.find((r) => !r.ok)!
    expect(refused).toMatchObject({ ok: false, error: 'conflict', message: expect.stringMatching(/another admin saved/) })
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

/** A season with `count` rankable proposals, equally scored, so ranked in the order they came (P01 first); their ids in that order. */
async function longSeason(count: number) {
  const s = await season()
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const p = await proposal(s, `P${String(i + 1).padStart(2, '0')}`, [[s.otherMentor, 3, true]])
    ids.push(p.id)
  }
  return { s, ids }
}

describe('getRankPage', () => {
  it('shows one page of the list with its places, clamps pages past the end, finds the cut line’s page, and pages the unrankable list', async () => {
    const { s, ids } = await longSeason(23)
    const first = await getRankPage(s.admin, s.season.id, { size: 10 })
    expect(first).toMatchObject({ total: 23, page: 1, pages: 3, offset: 0, version: 0, cut: null, cutPage: null })
    expect(first!.rows.map((r) => r.id)).toEqual(ids.slice(0, 10))
    const third = await getRankPage(s.admin, s.season.id, { size: 10, page: 3 })
    expect(third!.rows.map((r) => [r.id, r.position])).toEqual(ids.slice(20).map((id, i) => [id, 21 + i]))
    expect((await getRankPage(s.admin, s.season.id, { size: 10, page: 99 }))!.page).toBe(3)
    // The cut line after 12: the first proposal out (the 13th) opens page 2's third row.
    const cut = await getRankPage(s.admin, s.season.id, { size: 10, page: 2, slots: 12 })
    expect(cut).toMatchObject({ cut: 12, cutPage: 2 })
    expect(cut!.rows.map((r) => r.inside)).toEqual([true, true, false, false, false, false, false, false, false, false])
    expect((await getRankPage(s.admin, s.season.id, { size: 10, slots: 23 }))!.cutPage).toBeNull()
    // The default page size holds them all.
    expect((await getRankPage(s.admin, s.season.id))!).toMatchObject({ pages: 1, size: 50 })
    for (const viewer of [s.mentor, s.student, s.outsider, other.admin]) expect(await getRankPage(viewer, s.season.id)).toBeNull()

    // 55 proposals nobody reviewed: 50 on the first page of the unrankable list, 5 on the second.
    await db.proposal.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({ seasonId: s.season.id, studentId: s.student.id, title: `Unread ${i}`, abstract: 'x', links: [], status: 'SUBMITTED' as const, submittedAt: new Date(Date.now() - DAY + i) })),
    })
    const unread = await getRankPage(s.admin, s.season.id, { unrankablePage: 2 })
    expect(unread!.unrankable).toMatchObject({ total: 55, page: 2, pages: 2, offset: 50 })
    expect(unread!.unrankable.rows.map((r) => r.title)).toEqual(['Unread 50', 'Unread 51', 'Unread 52', 'Unread 53', 'Unread 54'])
    expect((await getRankPage(s.admin, s.season.id))!.unrankable.rows).toHaveLength(50)
  })

  it('follows every change of what the ranking is made of: reviews, conflicts, titles, names, withdrawals, saves', async () => {
    const { s, a, b, c } = await rankedSeason()
    const titles = async () => (await getRankPage(s.admin, s.season.id))!.rows.map((r) => r.title)
    expect(await titles()).toEqual(['A', 'B', 'C'])
    // B's only willing mentor says no: B leaves the list.
    await db.review.update({ where: { proposalId_reviewerId: { proposalId: b.id, reviewerId: s.otherMentor.id } }, data: { willingToMentor: false } })
    expect(await titles()).toEqual(['A', 'C'])
    await db.review.update({ where: { proposalId_reviewerId: { proposalId: b.id, reviewerId: s.otherMentor.id } }, data: { willingToMentor: true } })
    expect(await titles()).toEqual(['A', 'B', 'C'])
    await db.proposal.update({ where: { id: c.id }, data: { title: 'C, renamed' } })
    expect(await titles()).toEqual(['A', 'B', 'C, renamed'])
    await db.user.update({ where: { id: s.otherMentor.id }, data: { name: 'Renamed Mentor' } })
    expect((await getRankPage(s.admin, s.season.id))!.rows[1]!.willing).toEqual(['Renamed Mentor'])
    // A new score reorders the unsaved list (the calibration fit changed).
    await db.review.create({ data: { proposalId: c.id, reviewerId: s.mentor.id, overallScore: 5, willingToMentor: false } })
    await db.review.update({ where: { proposalId_reviewerId: { proposalId: a.id, reviewerId: s.mentor.id } }, data: { overallScore: 1 } })
    expect((await titles())[0]).not.toBe('A')
    await db.conflict.create({ data: { seasonId: s.season.id, mentorId: s.otherMentor.id, studentId: c.studentId, source: 'ADMIN', recordedById: s.admin.id } })
    expect(await titles()).not.toContain('C, renamed')
    await db.conflict.deleteMany({ where: { seasonId: s.season.id } })
    await db.proposal.update({ where: { id: a.id }, data: { status: 'WITHDRAWN' } })
    expect(await titles()).not.toContain('A')
    await signInAs(s.admin.email!)
    const shown = (await getRankPage(s.admin, s.season.id))!.rows.map((r) => r.id)
    expect(await save(s.season.id, 0, [...shown].reverse())).toMatchObject({ ok: true })
    expect((await getRankPage(s.admin, s.season.id))!.rows.map((r) => r.id)).toEqual([...shown].reverse())
  })

  it('runs a fixed number of queries for a page, however many proposals, and fewer once the ranking is built', async () => {
    const s = await season()
    const { count, restore } = queryCounter()
    const add = async (n: number) => {
      const made = await db.proposal.createManyAndReturn({
        data: Array.from({ length: n }, (_, i) => ({ seasonId: s.season.id, studentId: i % 2 ? s.student.id : s.otherStudent.id, title: `Bulk ${i}`, abstract: 'x', links: [], status: 'SUBMITTED' as const, submittedAt: new Date(Date.now() - DAY + i) })),
        select: { id: true },
      })
      await db.review.createMany({
        data: made.flatMap((p, i) => [
          { proposalId: p.id, reviewerId: s.otherMentor.id, overallScore: 1 + (i % 5), willingToMentor: i % 7 !== 0 },
          { proposalId: p.id, reviewerId: s.mentor.id, overallScore: 1 + ((i * 3) % 5), willingToMentor: false },
        ]),
      })
    }
    try {
      await add(10)
      const coldSmall = await count(() => getRankPage(s.admin, s.season.id, { size: 10, page: 2 }))
      const warmSmall = await count(() => getRankPage(s.admin, s.season.id, { size: 10, page: 2 }))
      await add(190)
      const coldLarge = await count(() => getRankPage(s.admin, s.season.id, { size: 10, page: 2 }))
      const warmLarge = await count(() => getRankPage(s.admin, s.season.id, { size: 10, page: 2 }))
      expect((await getRankPage(s.admin, s.season.id, { size: 10 }))!.total).toBeGreaterThan(150)
      expect(coldLarge).toBe(coldSmall)
      expect(warmLarge).toBe(warmSmall)
      expect(warmSmall).toBeLessThan(coldSmall)
    } finally {
      restore()
    }
  })
})

describe('saveRankOrder, a page at a time', () => {
  it('saves one page’s new order and keeps every other place', async () => {
    const { s, ids } = await longSeason(23)
    await signInAs(s.admin.email!)
    const page2 = ids.slice(10, 20)
    const reordered = [page2[9]!, ...page2.slice(0, 9)]
    const result = await save(s.season.id, 0, reordered, 10, 10)
    expect(result).toMatchObject({ ok: true, fresh: { version: 1, total: 23 } })
    expect(result.fresh!.rows.map((r) => r.id)).toEqual(reordered)
    expect((await stored(s.season.id))!.proposalIds).toEqual([...ids.slice(0, 10), ...reordered, ...ids.slice(20)])
    expect(await audits(s.season.id)).toBe(1)
    // The last, shorter page.
    expect(await save(s.season.id, 1, [ids[22]!, ids[21]!, ids[20]!], 20, 10)).toMatchObject({ ok: true })
    expect((await stored(s.season.id))!.proposalIds.slice(20)).toEqual([ids[22], ids[21], ids[20]])
  })

  it('refuses ids that are not on that page, and a stale version with the fresh page', async () => {
    const { s, ids } = await longSeason(23)
    await signInAs(s.admin.email!)
    // Page 2's ids sent as page 1, and page 2 with one of page 1's in place of its own.
    expect(await save(s.season.id, 0, ids.slice(10, 20), 0, 10)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/no longer the ones/) })
    expect(await save(s.season.id, 0, [ids[0]!, ...ids.slice(11, 20)], 10, 10)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/no longer the ones/) })
    expect(await stored(s.season.id)).toBeNull()
    expect(await moveTo(s.season.id, 0, ids[0]!, 15)).toMatchObject({ ok: true })
    const stale = await save(s.season.id, 0, ids.slice(0, 10).reverse(), 0, 10)
    expect(stale).toMatchObject({ ok: false, error: 'conflict', message: expect.stringMatching(/another admin saved/), fresh: { version: 1 } })
    expect(stale.fresh!.rows.map((r) => r.id)).toEqual(ids.slice(1, 11))
    expect((await stored(s.season.id))!.version).toBe(1)
    expect(await audits(s.season.id)).toBe(1)
  })
})

describe('saveRankOrder, one move', () => {
  it('moves a proposal to a position on another page, saved at once, and answers with the admin’s page as it now is', async () => {
    const { s, ids } = await longSeason(23)
    await signInAs(s.admin.email!)
    const result = await moveTo(s.season.id, 0, ids[21]!, 3, 20, 10)
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/P22” moved to position 3 \(page 1\)/), fresh: { version: 1 } })
    // The admin was on page 3: it lost P22 and gained P20 (pushed down from page 2).
    expect(result.fresh!.rows.map((r) => r.id)).toEqual([ids[19], ids[20], ids[22]])
    const expected = [ids[0], ids[1], ids[21], ...ids.slice(2, 21), ids[22]]
    expect((await stored(s.season.id))!.proposalIds).toEqual(expected)
    expect(await moveTo(s.season.id, 1, ids[0]!, 23)).toMatchObject({ ok: true })
    expect((await stored(s.season.id))!.proposalIds).toEqual([...expected.slice(1), ids[0]])
    expect(await audits(s.season.id)).toBe(2)
    // Each entry names the one proposal moved, not the whole order.
    const entries = await db.auditLog.findMany({ where: { seasonId: s.season.id, action: 'rank.save' }, orderBy: { id: 'asc' }, select: { before: true, after: true } })
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [{ version: 0 }, { version: 1, moved: 1, moves: [{ proposalId: ids[21], title: 'P22', from: 22, to: 3 }] }],
      [{ version: 1 }, { version: 2, moved: 1, moves: [{ proposalId: ids[0], title: 'P01', from: 1, to: 23 }] }],
    ])
  })

  it('refuses positions out of range, forged or foreign ids, a stale version, and a garbled form', async () => {
    const { s, ids } = await longSeason(12)
    const x = await proposal(f, 'Other season', [[f.mentor, 5, true]])
    await signInAs(s.admin.email!)
    expect(await moveTo(s.season.id, 0, ids[0]!, 13)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/past the end of the list \(1 to 12\)/) })
    for (const position of [0, -1, 2.5, 'two', 5001]) expect(await moveTo(s.season.id, 0, ids[0]!, position), String(position)).toMatchObject({ ok: false, error: 'invalid' })
    expect(await moveTo(s.season.id, 0, x.id, 1)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/cannot be ranked/) })
    expect(await moveTo(s.season.id, 0, 'no-such-proposal', 1)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/cannot be ranked/) })
    expect(await moveTo(s.season.id, 0, '../x', 1)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/could not be read/) })
    expect(await saveRankOrder(null, form({ kind: 'move', seasonId: s.season.id, version: '0', offset: 0, size: 10, proposalId: [ids[0]!, ids[1]!], position: '2' }))).toMatchObject({ ok: false, error: 'invalid' })
    expect(await saveRankOrder(null, form({ kind: 'shuffle', seasonId: s.season.id, version: '0', offset: 0, size: 10, proposalId: ids[0]! }))).toMatchObject({ ok: false, error: 'invalid' })
    expect(await stored(s.season.id)).toBeNull()
    expect(await moveTo(s.season.id, 0, ids[0]!, 2)).toMatchObject({ ok: true })
    expect(await moveTo(s.season.id, 0, ids[5]!, 1)).toMatchObject({ ok: false, error: 'conflict', fresh: { version: 1 } })
    expect((await stored(s.season.id))!.proposalIds.slice(0, 2)).toEqual([ids[1], ids[0]])
    expect(await audits(s.season.id)).toBe(1)
  })

  it('refuses every role but the season’s admins, changing nothing', async () => {
    const { s, ids } = await longSeason(3)
    await expectRefusedForRoles({ f: s, other, roles: ALL_BUT('admin'), call: () => moveTo(s.season.id, 0, ids[2]!, 1), state: () => stored(s.season.id) })
    await expectRefusedForRoles({ f: s, other, roles: ALL_BUT('admin'), call: () => save(s.season.id, 0, [...ids].reverse()), state: () => stored(s.season.id) })
  })

  it('gives a conflicted admin positions among what they see; hidden proposals keep their places and cannot be moved', async () => {
    const { s, ids } = await longSeason(6)
    // The admin is conflicted with P02 and P05: they see P01 P03 P04 P06 at positions 1–4.
    for (const hidden of [ids[1]!, ids[4]!]) await db.conflict.create({ data: { seasonId: s.season.id, mentorId: s.admin.id, proposalId: hidden, source: 'ADMIN', recordedById: s.otherMentor.id } })
    const seen = await getRankPage(s.admin, s.season.id, { size: 10 })
    expect(seen!.rows.map((r) => [r.id, r.position])).toEqual([[ids[0], 1], [ids[2], 2], [ids[3], 3], [ids[5], 4]])
    await signInAs(s.admin.email!)
    expect(await moveTo(s.season.id, 0, ids[1]!, 1)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/cannot be ranked/) })
    expect(await moveTo(s.season.id, 0, ids[0]!, 5)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/1 to 4/) })
    // P06 to the admin's first place: the hidden P02 and P05 stay second and fifth.
    const moved = await moveTo(s.season.id, 0, ids[5]!, 1)
    expect(moved).toMatchObject({ ok: true })
    expect(moved.fresh!.rows.map((r) => r.id)).toEqual([ids[5], ids[0], ids[2], ids[3]])
    expect((await stored(s.season.id))!.proposalIds).toEqual([ids[5], ids[1], ids[0], ids[2], ids[4], ids[3]])
    // A page save naming a hidden proposal is refused like any id the admin cannot rank.
    expect(await save(s.season.id, 1, [ids[1]!, ids[5]!, ids[0]!, ids[2]!], 0, 10)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/cannot be ranked/) })
    expect(JSON.stringify(moved)).not.toContain(ids[1]!)
    // The audit entry names the move in the admin's own positions, and nothing hidden from them.
    const entry = await db.auditLog.findFirstOrThrow({ where: { seasonId: s.season.id, action: 'rank.save' }, select: { after: true } })
    expect(entry.after).toEqual({ version: 1, moved: 1, moves: [{ proposalId: ids[5], title: 'P06', from: 4, to: 1 }] })
  })
})
