// The review list on Postgres: what each viewer sees of the numbers, the filters, search, sort and paging the
// URL holds, and a number of queries that does not grow with the proposals, reviews or comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { parseReviewListView } from '@/lib/reviews/filters'
import { getProposalForReview, listProposalsForReview, nextToReview, reviewProgress } from '@/lib/reviews/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { queryCounter } from './support/query-count'

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
    const { count, restore } = queryCounter()
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
      restore()
    }
  })
})

// The list used to read every proposal and filter, sort and page them in JavaScript; it now does so in SQL.
// `previousSemantics` is that JavaScript, kept verbatim as the oracle: over a varied seeded season, every filter,
// sort, direction and page must give what it gave, for an admin, a mentor and a conflicted mentor.
type Row = NonNullable<Awaited<ReturnType<typeof listProposalsForReview>>>['rows'][number]
function previousSemantics(all: Row[], params: Record<string, string>) {
  const v = view(params)
  const filtered = all.filter((row) => {
    if (v.unreviewed && (row.myScore !== null || row.conflicted || row.status === 'WITHDRAWN')) return false
    if (v.fewer !== undefined && (row.reviews === null || row.reviews >= v.fewer)) return false
    const shown = row.calibrated ?? row.mean
    if (v.min !== undefined && (shown === null || shown < v.min)) return false
    if (v.max !== undefined && (shown === null || shown > v.max)) return false
    if (v.flag && !row.flags.includes(v.flag)) return false
    return true
  })
  const sort = v.sort ?? 'submitted'
  const dir = v.dir ?? (['score', 'calibrated', 'mine', 'reviews', 'spread', 'willing'].includes(sort) ? 'desc' : 'asc')
  const key = (row: Row): string | number | null => {
    switch (sort) {
      case 'title': return row.title.toLowerCase()
      case 'idea': return row.idea?.title.toLowerCase() ?? null
      case 'student': return row.student.toLowerCase()
      case 'reviews': return row.reviews
      case 'mine': return row.myScore
      case 'score': return row.mean
      case 'calibrated': return row.calibrated ?? row.mean
      case 'spread': return row.spread
      case 'willing': return row.willing.length
      default: return null
    }
  }
  if (sort === 'submitted') {
    if (dir === 'desc') filtered.reverse()
  } else {
    const indexed = filtered.map((row, index) => ({ row, index, k: key(row) }))
    indexed.sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.index - b.index : a.k === null ? 1 : -1
      const c = a.k < b.k ? -1 : a.k > b.k ? 1 : 0
      return (dir === 'asc' ? c : -c) || a.index - b.index
    })
    filtered.splice(0, filtered.length, ...indexed.map((x) => x.row))
  }
  const pages = Math.max(1, Math.ceil(filtered.length / 50))
  const page = Math.min(v.page ?? 1, pages)
  return { ids: filtered.slice((page - 1) * 50, page * 50).map((r) => r.id), total: filtered.length, page, pages }
}

describe('listProposalsForReview in SQL', () => {
  let s: SeasonFixture
  let ideas: { id: string; title: string }[]
  let conflictedIds: string[]

  beforeAll(async () => {
    s = await season()
    // A small deterministic generator: the same varied season on every run.
    let state = 7
    const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n)
    ideas = await Promise.all(
      ['alpha tools', 'Beta parser', 'BETA docs', 'gamma'].map((title, n) =>
        db.idea.create({ data: { seasonId: s.season.id, slug: `sql-${n}-${s.tag}`, title, summary: 's', status: 'PUBLISHED' }, select: { id: true, title: true } }),
      ),
    )
    const names = ['anna', 'Bruno', 'carla', 'Dev', null, 'eve', 'Farid', 'gita', 'Hugo', 'ines', 'Jo', 'kai']
    const students = await Promise.all(names.map((name, n) => db.user.create({ data: { name, email: `sql-student-${n}-${s.tag}@example.test` }, select: { id: true } })))
    const mentors = await Promise.all(['Mira', 'noor', null, 'Oscar'].map((name, n) => db.user.create({ data: { name, email: `sql-mentor-${n}-${s.tag}@example.test` }, select: { id: true } })))
    await db.seasonRole.createMany({ data: mentors.map((m) => ({ seasonId: s.season.id, userId: m.id, role: 'MENTOR' as const })) })
    const reviewers = [s.admin, s.mentor, s.otherMentor, ...mentors]
    const base = Date.now() - 5 * DAY
    const statuses = ['SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'WITHDRAWN', 'ACCEPTED', 'REJECTED', 'DRAFT'] as const
    const rows = Array.from({ length: 130 }, (_, n) => ({
      id: `sql-${s.tag}-${String(n).padStart(3, '0')}`,
      seasonId: s.season.id,
      studentId: students[next(students.length)]!.id,
      ideaId: next(5) === 4 ? null : ideas[next(ideas.length)]!.id,
      title: `${['zeta', 'Alpha', 'beta', 'Gamma'][next(4)]} ${next(6)}`,
      abstract: n % 9 === 0 ? 'A parser for tests.' : 'Something else.',
      links: [],
      status: statuses[next(statuses.length)]!,
      // Some share a submission time (ties go by id) and a few have none (last).
      submittedAt: n % 17 === 0 ? null : new Date(base + (n % 40) * 60_000),
      discussionSettledAt: n % 5 === 0 ? new Date() : null,
    }))
    await db.proposal.createMany({ data: rows })
    const reviews = rows.flatMap((p) =>
      reviewers.filter(() => next(3) === 0).map((r) => ({ proposalId: p.id, reviewerId: r.id, overallScore: next(12) === 0 ? null : 1 + next(5), willingToMentor: next(2) === 0 })),
    )
    await db.review.createMany({ data: reviews })
    // The mentor is conflicted with three proposals and with one student (all of theirs); another mentor's
    // conflict hides their willingness.
    conflictedIds = rows.filter((p) => p.status !== 'DRAFT').slice(3, 6).map((p) => p.id)
    await db.conflict.createMany({
      data: [
        ...conflictedIds.map((proposalId) => ({ seasonId: s.season.id, mentorId: s.mentor.id, proposalId, source: 'ADMIN' as const, recordedById: s.admin.id })),
        { seasonId: s.season.id, mentorId: s.mentor.id, studentId: students[1]!.id, source: 'ADMIN' as const, recordedById: s.admin.id },
        { seasonId: s.season.id, mentorId: mentors[0]!.id, studentId: students[2]!.id, source: 'ADMIN' as const, recordedById: s.admin.id },
      ],
    })
    conflictedIds = (await db.proposal.findMany({ where: { OR: [{ id: { in: conflictedIds } }, { studentId: students[1]!.id, seasonId: s.season.id }] }, select: { id: true } })).map((p) => p.id)
  })

  /** Every row the viewer is shown for a search (all pages, submission order): the old code's input. */
  async function everyRow(viewer: { id: string }, params: Record<string, string> = {}) {
    const first = (await listProposalsForReview(viewer, s.season.id, view(params)))!
    const rows = [...first.rows]
    for (let page = 2; page <= first.pages; page++) rows.push(...(await listProposalsForReview(viewer, s.season.id, view({ ...params, page: String(page) })))!.rows)
    expect(rows).toHaveLength(first.total)
    return rows
  }

  it('lists in submission order (unknown times last, ties by id), and gives every filter, sort and page the old results', async () => {
    const expectedOrder = await db.proposal.findMany({
      where: { seasonId: s.season.id, status: { not: 'DRAFT' } },
      orderBy: [{ submittedAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      select: { id: true },
    })
    const filters: Record<string, string>[] = [
      {}, { unreviewed: '1' }, { fewer: '2' }, { min: '3' }, { max: '2.5' }, { min: '2', max: '4' }, { flag: 'conflict' }, { flag: 'discuss' },
      { flag: 'withdrawn' }, { flag: 'duplicate' }, { unreviewed: '1', min: '3' }, { fewer: '3', flag: 'duplicate' },
    ]
    let compared = 0
    for (const viewer of [s.admin, s.mentor, s.otherMentor]) {
      const all = await everyRow(viewer)
      expect(all.map((r) => r.id)).toEqual(expectedOrder.map((p) => p.id))
      const byId = new Map(all.map((r) => [r.id, r]))
      const check = async (params: Record<string, string>, rows: Row[] = all) => {
        const got = (await listProposalsForReview(viewer, s.season.id, view(params)))!
        const want = previousSemantics(rows, params)
        expect({ ids: got.rows.map((r) => r.id), total: got.total, page: got.page, pages: got.pages }, JSON.stringify(params)).toEqual(want)
        // Each row on a filtered or sorted page is the same as in the plain list.
        expect(got.rows).toEqual(got.rows.map((r) => byId.get(r.id)))
        compared++
      }
      for (const sort of ['submitted', 'title', 'idea', 'student', 'reviews', 'mine', 'score', 'calibrated', 'spread', 'willing'])
        for (const dir of ['asc', 'desc', undefined])
          for (const page of ['1', '2', '3']) await check({ sort, page, ...(dir ? { dir } : {}) })
      for (const filter of filters)
        for (const sort of ['submitted', 'calibrated', 'title', 'reviews'])
          for (const page of ['1', '2', '99']) await check({ ...filter, sort, page })
      // The idea filters narrow the list the others apply to (the old code's input was already narrowed).
      await check({ idea: ideas[1]!.id, sort: 'score' }, all.filter((r) => r.idea?.id === ideas[1]!.id))
      await check({ ideaTitle: 'BETA', flag: 'duplicate' }, all.filter((r) => r.idea?.title.toLowerCase().includes('beta')))
      await check({ q: 'parser', unreviewed: '1', sort: 'student', dir: 'desc' }, await everyRow(viewer, { q: 'parser' }))
      expect((await listProposalsForReview(viewer, s.season.id, view({ ideaTitle: '%' })))!.total).toBe(0)
    }
    expect(compared).toBeGreaterThan(400)
  })

  it('shows a conflicted mentor none of the numbers of their conflicted proposals, on any page of any sort or filter, nor lets a sort reveal them', async () => {
    expect(conflictedIds.length).toBeGreaterThan(3)
    for (const sort of ['reviews', 'mine', 'score', 'calibrated', 'spread', 'willing'])
      for (const dir of ['asc', 'desc']) {
        const seen: Row[] = []
        for (let page = 1; page <= 3; page++) seen.push(...(await listProposalsForReview(s.mentor, s.season.id, view({ sort, dir, page: String(page) })))!.rows)
        const conflicted = seen.filter((r) => conflictedIds.includes(r.id))
        expect(conflicted).toHaveLength(conflictedIds.length)
        for (const row of conflicted)
          expect(row).toMatchObject({ conflicted: true, reviews: null, myScore: null, mean: null, calibrated: null, stdError: null, spread: null, willing: [], scoresHidden: false })
        // Unknown values come last: their scores do not place them (willing counts none for them either).
        if (sort !== 'willing') expect(seen.slice(-conflicted.length).every((r) => r.conflicted || r.mean === null)).toBe(true)
      }
    for (const params of [{ min: '1' }, { max: '5' }, { unreviewed: '1' }, { fewer: '50' }, { flag: 'discuss' }] as Record<string, string>[])
      expect((await everyRow(s.mentor, params)).filter((r) => conflictedIds.includes(r.id))).toEqual([])
    expect((await everyRow(s.mentor, { flag: 'conflict' })).map((r) => r.id).sort()).toEqual([...conflictedIds].sort())
  })
})

describe('the review pages at 10 and at 200 proposals', () => {
  it('run the same number of queries for every view of the list, the progress, the next proposal and a proposal page', async () => {
    const s = await season()
    const views: Record<string, string>[] = [
      {}, { sort: 'calibrated', min: '2' }, { unreviewed: '1', min: '3' }, { q: 'proposal' }, { flag: 'duplicate', sort: 'willing' }, { fewer: '3', sort: 'student', page: '2' },
      { flag: 'discuss', sort: 'spread', dir: 'asc' }, { ideaTitle: 'idea', sort: 'idea' },
    ]
    const addProposals = async (count: number) => {
      const rows = Array.from({ length: count }, (_, n) => ({
        id: `count-${s.tag}-${count}-${n}`, seasonId: s.season.id, studentId: n % 2 ? s.student.id : s.otherStudent.id, ideaId: s.idea.id,
        title: `Proposal ${n}`, links: [], status: 'SUBMITTED' as const, submittedAt: new Date(Date.now() - DAY + n * 1000),
      }))
      await db.proposal.createMany({ data: rows })
      await db.review.createMany({
        data: rows.flatMap((p, n) => [s.admin, s.otherMentor, s.mentor].slice(0, 1 + (n % 3)).map((r, k) => ({ proposalId: p.id, reviewerId: r.id, overallScore: 1 + ((n + k) % 5), willingToMentor: k === 1 }))),
      })
      await db.comment.createMany({ data: rows.map((p) => ({ proposalId: p.id, authorId: s.admin.id, body: 'A comment.' })) })
      return rows[0]!.id
    }
    const counter = queryCounter()
    const counts = async (proposalId: string) => {
      // The calibration fit is redone once after reviews change (one query more), then reused: warm it first.
      await listProposalsForReview(s.mentor, s.season.id, view())
      const result: Record<string, number> = {}
      for (const viewer of [s.mentor, s.admin])
        for (const params of views) {
          result[`${viewer.id === s.admin.id ? 'admin' : 'mentor'} ${JSON.stringify(params)}`] = await counter.count(async () => {
            const list = await listProposalsForReview(viewer, s.season.id, view(params))
            expect(list!.rows.length).toBeGreaterThanOrEqual(0)
          })
        }
      for (const [name, run] of Object.entries({
        progress: () => reviewProgress(s.mentor, s.season.id),
        next: () => nextToReview(s.mentor, s.season.id, proposalId),
        page: () => getProposalForReview(s.admin, s.season.id, proposalId),
      })) {
        result[name] = await counter.count(run)
      }
      return result
    }
    try {
      const first = await addProposals(10)
      const small = await counts(first)
      await addProposals(190)
      const large = await counts(first)
      expect(Object.values(small).every((n) => n > 0)).toBe(true)
      expect(large).toEqual(small)
      // The page of the large season's list is a full page; the small one is not.
      expect((await listProposalsForReview(s.admin, s.season.id, view()))!.rows).toHaveLength(50)
    } finally {
      counter.restore()
    }
  })
})
