// The review list on Postgres: what each viewer sees of the numbers, the filters, search, sort and paging the
// URL holds, and a number of queries that does not grow with the proposals, reviews or comments.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { db } from '@/lib/db'
import { parseReviewListView } from '@/lib/reviews/filters'
import { getProposalForReview, listProposalsForReview } from '@/lib/reviews/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'

const DAY = 24 * 60 * 60 * 1000
let f: SeasonFixture
const seasons: string[] = []

async function season() {
  const built = await createSeasonFixture({ applications: 'closed' })
  seasons.push(built.season.id)
  await db.seasonPhase.create({ data: { seasonId: built.season.id, kind: 'REVIEW', startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() + 10 * DAY) } })
  return built
}

let i = 0
async function proposal(s: SeasonFixture, student: { id: string }, fields: { title?: string; abstract?: string; plan?: string; status?: 'SUBMITTED' | 'WITHDRAWN' | 'DRAFT'; ideaId?: string | null } = {}) {
  i += 1
  return db.proposal.create({
    data: {
      seasonId: s.season.id,
      studentId: student.id,
      ideaId: fields.ideaId === undefined ? s.idea.id : fields.ideaId,
      title: fields.title ?? `Proposal ${i}`,
      abstract: fields.abstract ?? 'An abstract.',
      plan: fields.plan ?? '',
      links: [],
      status: fields.status ?? 'SUBMITTED',
      submittedAt: new Date(Date.now() - 3 * DAY + i * 1000),
    },
  })
}
const review = (proposalId: string, reviewerId: string, overallScore: number, willingToMentor = false) =>
  db.review.create({ data: { proposalId, reviewerId, overallScore, willingToMentor } })
const view = (params: Record<string, string> = {}) => parseReviewListView(params)

beforeAll(async () => {
  f = await season()
})
afterAll(async () => {
  await db.conflict.deleteMany({ where: { seasonId: { in: seasons } } })
  await db.proposal.deleteMany({ where: { seasonId: { in: seasons } } })
})

describe('listProposalsForReview', () => {
  it('shows a mentor the mean and spread only of proposals they reviewed, a conflicted one no numbers, and students nothing', async () => {
    const s = await season()
    const reviewed = await proposal(s, s.student, { title: 'Reviewed by me' })
    const notYet = await proposal(s, s.otherStudent, { title: 'Not yet' })
    const conflicted = await proposal(s, s.student, { title: 'Conflicted' })
    await proposal(s, s.student, { title: 'A draft', status: 'DRAFT' })
    await review(reviewed.id, s.mentor.id, 2)
    await review(reviewed.id, s.otherMentor.id, 5, true)
    await review(notYet.id, s.otherMentor.id, 4)
    await review(conflicted.id, s.otherMentor.id, 3, true)
    await db.conflict.create({ data: { seasonId: s.season.id, mentorId: s.mentor.id, proposalId: conflicted.id, source: 'ADMIN', recordedById: s.admin.id } })

    const list = await listProposalsForReview(s.mentor, s.season.id, view())
    const byTitle = Object.fromEntries(list!.rows.map((r) => [r.title, r]))
    expect(Object.keys(byTitle).sort()).toEqual(['Conflicted', 'Not yet', 'Reviewed by me'])
    expect(byTitle['Reviewed by me']).toMatchObject({ reviews: 2, myScore: 2, mean: 3.5, spread: 3, willing: [s.otherMentor.name], scoresHidden: false, flags: ['discuss', 'duplicate'] })
    expect(byTitle['Not yet']).toMatchObject({ reviews: 1, myScore: null, mean: null, spread: null, scoresHidden: true, flags: [] })
    expect(byTitle['Conflicted']).toMatchObject({ conflicted: true, reviews: null, myScore: null, mean: null, spread: null, willing: [], flags: ['conflict', 'duplicate'] })

    const admin = await listProposalsForReview(s.admin, s.season.id, view())
    expect(admin!.rows.find((r) => r.title === 'Not yet')).toMatchObject({ mean: 4, scoresHidden: false })
    for (const viewer of [s.student, s.outsider, f.admin]) expect(await listProposalsForReview(viewer, s.season.id, view())).toBeNull()
  })

  it('filters by idea, not reviewed by me, fewer than N reviews, score range and flag, as the URL says', async () => {
    const s = await season()
    const otherIdea = await db.idea.create({ data: { seasonId: s.season.id, slug: `other-${s.tag}`, title: 'Other idea', summary: 's', status: 'PUBLISHED' } })
    const a = await proposal(s, s.student, { title: 'Alpha' })
    const b = await proposal(s, s.otherStudent, { title: 'Bravo', ideaId: otherIdea.id })
    const c = await proposal(s, s.otherStudent, { title: 'Charlie', status: 'WITHDRAWN' })
    await review(a.id, s.admin.id, 5)
    await review(a.id, s.otherMentor.id, 4)
    await review(b.id, s.admin.id, 2)
    const titles = async (params: Record<string, string>, viewer = s.admin) => (await listProposalsForReview(viewer, s.season.id, view(params)))!.rows.map((r) => r.title)
    expect(await titles({})).toEqual(['Alpha', 'Bravo', 'Charlie'])
    expect(await titles({ idea: otherIdea.id })).toEqual(['Bravo'])
    expect(await titles({ unreviewed: '1' }, s.mentor)).toEqual(['Alpha', 'Bravo'])
    expect(await titles({ unreviewed: '1' })).toEqual([])
    expect(await titles({ fewer: '2' })).toEqual(['Bravo', 'Charlie'])
    expect(await titles({ min: '4' })).toEqual(['Alpha'])
    expect(await titles({ max: '3' })).toEqual(['Bravo'])
    expect(await titles({ flag: 'withdrawn' })).toEqual(['Charlie'])
    // Charlie was withdrawn, so the other student has one application only.
    expect(await titles({ flag: 'duplicate' })).toEqual([])
    // Malformed parts of the URL are dropped, never an error.
    expect(await titles({ fewer: 'many', min: '9', flag: 'evil', sort: 'drop table', page: '-1' })).toEqual(['Alpha', 'Bravo', 'Charlie'])
    expect(c.id).toBeTruthy()
  })

  it('searches title, abstract and plan with PostgreSQL full-text search (stemmed)', async () => {
    const s = await season()
    await proposal(s, s.student, { title: 'Faster xenstore', abstract: 'Tune the daemon.' })
    await proposal(s, s.student, { title: 'Network', abstract: 'Benchmarking virtual machines on many queues.' })
    await proposal(s, s.student, { title: 'Audio', plan: '## Plan\n\nWrite a **PulseAudio** backend.' })
    const titles = async (q: string) => (await listProposalsForReview(s.admin, s.season.id, view({ q })))!.rows.map((r) => r.title)
    expect(await titles('xenstore')).toEqual(['Faster xenstore'])
    expect(await titles('benchmark machine')).toEqual(['Network'])
    expect(await titles('pulseaudio')).toEqual(['Audio'])
    expect(await titles('"many queues" -audio')).toEqual(['Network'])
    expect(await titles("'); DROP TABLE \"Proposal\"; --")).toEqual([])
  })

  it('sorts by any column, keeps ties in submission order, and pages on the server', async () => {
    const s = await season()
    const made = []
    for (let n = 0; n < 53; n++) made.push(await proposal(s, n % 2 ? s.student : s.otherStudent, { title: `P${String(n).padStart(2, '0')}` }))
    await review(made[5]!.id, s.admin.id, 5)
    await review(made[7]!.id, s.admin.id, 1)
    const first = await listProposalsForReview(s.admin, s.season.id, view({ sort: 'score' }))
    expect(first!.rows.slice(0, 3).map((r) => r.title)).toEqual(['P05', 'P07', 'P00'])
    expect(first).toMatchObject({ total: 53, pages: 2, page: 1 })
    expect(first!.rows).toHaveLength(50)
    const second = await listProposalsForReview(s.admin, s.season.id, view({ sort: 'title', dir: 'desc', page: '2' }))
    expect(second!.rows.map((r) => r.title)).toEqual(['P02', 'P01', 'P00'])
    const beyond = await listProposalsForReview(s.admin, s.season.id, view({ page: '99' }))
    expect(beyond!.page).toBe(2)
  })

  it('calibrates: a harsh and a lenient mentor change the order, with a standard error and the season agreement', async () => {
    const s = await season()
    const harsh = s.mentor
    const lenient = s.otherMentor
    // Read by both: the lenient mentor scores three points above the harsh one, whatever the proposal.
    for (const [n, low] of [1, 2, 2].entries()) {
      const shared = await proposal(s, n % 2 ? s.student : s.otherStudent, { title: `Shared ${n}` })
      await review(shared.id, harsh.id, low)
      await review(shared.id, lenient.id, low + 3)
    }
    const strong = await proposal(s, s.student, { title: 'Strong, read by the harsh one' })
    const weak = await proposal(s, s.otherStudent, { title: 'Weak, read by the lenient one' })
    await review(strong.id, harsh.id, 3)
    await review(weak.id, lenient.id, 4)

    const list = await listProposalsForReview(s.admin, s.season.id, view({ sort: 'calibrated' }))
    const rows = Object.fromEntries(list!.rows.map((r) => [r.title, r]))
    // The raw mean puts the weak proposal first; the calibrated score puts the strong one first.
    expect(rows[weak.title]!.mean!).toBeGreaterThan(rows[strong.title]!.mean!)
    expect(rows[strong.title]!.calibrated!).toBeGreaterThan(rows[weak.title]!.calibrated!)
    const order = list!.rows.map((r) => r.title)
    expect(order.indexOf(strong.title)).toBeLessThan(order.indexOf(weak.title))
    const byMean = await listProposalsForReview(s.admin, s.season.id, view({ sort: 'score' }))
    const meanOrder = byMean!.rows.map((r) => r.title)
    expect(meanOrder.indexOf(weak.title)).toBeLessThan(meanOrder.indexOf(strong.title))
    expect(rows[strong.title]!.stdError!).toBeGreaterThan(0)
    expect(list!.icc).not.toBeNull()

    // The harsh mentor did not review the weak proposal: none of its numbers reach them, calibrated or not.
    const mentorView = await listProposalsForReview(harsh, s.season.id, view({ sort: 'calibrated' }))
    expect(mentorView!.rows.find((r) => r.title === weak.title)).toMatchObject({ mean: null, calibrated: null, stdError: null, spread: null, scoresHidden: true })
    expect(mentorView!.rows.find((r) => r.title === strong.title)!.calibrated).toBeCloseTo(rows[strong.title]!.calibrated!, 6)
  })

  it('runs a fixed number of queries for the list and the proposal page, however many rows', async () => {
    const s = await season()
    const spy = vi.spyOn(pg.Client.prototype, 'query')
    const count = async (run: () => Promise<unknown>) => {
      spy.mockClear()
      await run()
      return spy.mock.calls.length
    }
    try {
      const p = await proposal(s, s.student)
      await review(p.id, s.otherMentor.id, 3)
      await review(p.id, s.admin.id, 4)
      await db.comment.create({ data: { proposalId: p.id, authorId: s.admin.id, body: 'first' } })
      // The student's other proposals, reviews and comments: one of each before, thirty after.
      await proposal(s, s.student)
      const small = await count(() => listProposalsForReview(s.mentor, s.season.id, view({ q: 'proposal' })))
      const pageSmall = await count(() => getProposalForReview(s.admin, s.season.id, p.id))
      for (let n = 0; n < 30; n++) {
        const q = await proposal(s, n % 2 ? s.student : s.otherStudent)
        await review(q.id, s.otherMentor.id, 1 + (n % 5), true)
        await review(q.id, s.admin.id, 3)
        await review(q.id, s.mentor.id, 2)
        await db.comment.create({ data: { proposalId: p.id, authorId: s.admin.id, body: `c${n}` } })
      }
      for (const [n, mentor] of [s.mentor, s.otherMentor].entries()) await db.review.update({ where: { proposalId_reviewerId: { proposalId: p.id, reviewerId: mentor.id } }, data: { overallScore: 2 + n } }).catch(() => review(p.id, mentor.id, 2 + n))
      const large = await count(() => listProposalsForReview(s.mentor, s.season.id, view({ q: 'proposal' })))
      const pageLarge = await count(() => getProposalForReview(s.admin, s.season.id, p.id))
      expect(small).toBeGreaterThan(0)
      expect(large).toBe(small)
      expect(pageLarge).toBe(pageSmall)
    } finally {
      spy.mockRestore()
    }
  })
})
