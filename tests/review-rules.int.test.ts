// The "rules and bad input" cases that cut across the review actions: a conflicted admin is treated
// like a conflicted mentor (reads and writes), forged and malformed ids are refused by every review action with
// nothing saved, and the reviewer's proposal page reads with a fixed number of queries for a mentor too.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { db } from '@/lib/db'
import { getRankList } from '@/lib/ranking/queries'
import { addComment, declareConflict, saveReview, settleDiscussion, updateFeedback, withdrawReview } from '@/lib/reviews/actions'
import { parseReviewListView } from '@/lib/reviews/filters'
import { getProposalForReview, listCommentsOf, listProposalsForReview, listReviewsOf, nextToReview } from '@/lib/reviews/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, signInAs, signOut } from './support/session'
import { queryCounter } from './support/query-count'

const DAY = 24 * 60 * 60 * 1000
const seasons: string[] = []
let f: SeasonFixture
let rubric: { id: string }[]

async function season() {
  const built = await createSeasonFixture({ applications: 'closed' })
  seasons.push(built.season.id)
  await db.seasonPhase.create({ data: { seasonId: built.season.id, kind: 'REVIEW', startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() + 10 * DAY) } })
  await db.rubricCriterion.create({ data: { seasonId: built.season.id, key: 'plan', label: 'Technical plan', position: 0 } })
  return built
}
let n = 0
async function proposal(s: SeasonFixture, student: { id: string }, status: 'SUBMITTED' | 'DRAFT' = 'SUBMITTED') {
  n += 1
  return db.proposal.create({
    data: {
      seasonId: s.season.id,
      studentId: student.id,
      ideaId: s.idea.id,
      title: `Proposal ${n}`,
      abstract: 'An abstract.',
      links: [],
      status,
      submittedAt: status === 'DRAFT' ? null : new Date(Date.now() - 2 * DAY),
      feedbackRequestedAt: status === 'DRAFT' ? new Date(Date.now() - DAY) : null,
    },
  })
}
const review = (proposalId: string, reviewerId: string, overallScore: number, willingToMentor = false) => db.review.create({ data: { proposalId, reviewerId, overallScore, willingToMentor } })
const save = (proposalId: string, overall: number) => saveReview(initialActionState, form({ proposalId, overall: String(overall), [`score.${rubric[0]!.id}`]: '3' }))
const state = async (seasonId: string) => ({
  reviews: await db.review.findMany({ where: { proposal: { seasonId } }, select: { id: true, overallScore: true }, orderBy: { id: 'asc' } }),
  comments: await db.comment.count({ where: { proposal: { seasonId } } }),
  conflicts: await db.conflict.count({ where: { seasonId } }),
  proposals: await db.proposal.findMany({ where: { seasonId }, select: { id: true, feedbackTakenById: true, discussionSettledAt: true }, orderBy: { id: 'asc' } }),
  audits: await db.auditLog.count({ where: { seasonId } }),
})

beforeAll(async () => {
  f = await season()
  rubric = await db.rubricCriterion.findMany({ where: { seasonId: f.season.id } })
})
afterEach(() => signOut())
afterAll(async () => {
  await db.conflict.deleteMany({ where: { seasonId: { in: seasons } } })
  await db.proposal.deleteMany({ where: { seasonId: { in: seasons } } })
})

describe('a conflicted admin', () => {
  it('sees none of the proposal’s reviews, scores, comments or rank, and is refused scoring, commenting and settling like a conflicted mentor', async () => {
    const s = await season()
    rubric = await db.rubricCriterion.findMany({ where: { seasonId: s.season.id } })
    try {
      const p = await proposal(s, s.student)
      const free = await proposal(s, s.otherStudent)
      // Scores spanning three points (to discuss), a willing mentor (rankable), and a comment.
      await review(p.id, s.mentor.id, 5, true)
      await review(p.id, s.otherMentor.id, 2)
      await review(free.id, s.mentor.id, 4, true)
      await db.comment.create({ data: { proposalId: p.id, authorId: s.mentor.id, body: 'Between us.', visibility: 'MENTORS' } })
      await db.conflict.create({ data: { seasonId: s.season.id, mentorId: s.admin.id, studentId: s.student.id, note: 'My cousin', source: 'DECLARED', recordedById: s.admin.id } })

      // Reads: the same answers a conflicted mentor gets.
      expect(await getProposalForReview(s.admin, s.season.id, p.id)).toEqual({ access: 'conflicted', proposal: { id: p.id, title: p.title } })
      expect(await listReviewsOf(s.admin, p.id)).toBeNull()
      expect(await listCommentsOf(s.admin, p.id)).toBeNull()
      const row = (await listProposalsForReview(s.admin, s.season.id, parseReviewListView({})))!.rows.find((r) => r.id === p.id)
      expect(row).toMatchObject({ conflicted: true, reviews: null, myScore: null, mean: null, calibrated: null, stdError: null, spread: null, willing: [], flags: ['conflict'] })
      const ranks = await getRankList(s.admin, s.season.id)
      expect([...ranks!.rows, ...ranks!.unrankable].map((r) => r.id)).not.toContain(p.id)
      expect(ranks!.rows.map((r) => r.id)).toEqual([free.id])
      expect(await nextToReview(s.admin, s.season.id)).toBe(free.id)
      expect(await nextToReview(s.admin, s.season.id, free.id)).toBeNull()

      // Writes: refused, nothing changes, no audit entry.
      await signInAs(s.admin.email!)
      const before = await state(s.season.id)
      expect(await save(p.id, 4)).toMatchObject({ ok: false, error: 'forbidden', message: expect.stringContaining('conflict of interest') })
      expect(await withdrawReview(initialActionState, form({ proposalId: p.id }))).toMatchObject({ ok: false, error: 'forbidden' })
      expect(await addComment(initialActionState, form({ proposalId: p.id, body: 'Hello', visibility: 'SHARED' }))).toMatchObject({ ok: false, error: 'forbidden' })
      expect(await settleDiscussion(initialActionState, form({ proposalId: p.id, discussionNote: 'Settled by me' }))).toMatchObject({ ok: false, error: 'forbidden' })
      expect(await declareConflict(initialActionState, form({ proposalId: p.id, note: 'Again' }))).toMatchObject({ ok: false, error: 'conflict', message: expect.stringContaining('already recorded') })
      expect(await state(s.season.id)).toEqual(before)
    } finally {
      rubric = await db.rubricCriterion.findMany({ where: { seasonId: f.season.id } })
    }
  })
})

describe('forged and malformed ids', () => {
  it('are refused by every review action with a clear message, and nothing is saved', async () => {
    const p = await proposal(f, f.student)
    const draft = await proposal(f, f.student, 'DRAFT')
    await signInAs(f.mentor.email!)
    const before = await state(f.season.id)
    const ids = ['forged-proposal-1', "x' OR 1=1 --", '', 'a'.repeat(65), '../../etc/passwd']
    for (const id of ids) {
      const results = [
        await save(id, 4),
        await withdrawReview(initialActionState, form({ proposalId: id })),
        await addComment(initialActionState, form({ proposalId: id, body: 'Hello', visibility: 'MENTORS' })),
        await declareConflict(initialActionState, form({ proposalId: id, note: 'A friend' })),
        await updateFeedback(initialActionState, form({ proposalId: id, step: 'take' })),
        await settleDiscussion(initialActionState, form({ proposalId: id, discussionNote: 'Agreed' })),
      ]
      for (const [i, result] of results.entries()) {
        expect(result, `${id} (action ${i})`).toMatchObject({ ok: false, error: expect.stringMatching(/^(not_found|invalid)$/), message: expect.any(String) })
      }
    }
    // A draft asking for feedback is read and commented on, never scored; feedback steps only on drafts.
    expect(await save(draft.id, 4)).toMatchObject({ ok: false, error: 'conflict', message: expect.stringContaining('never scored') })
    expect(await updateFeedback(initialActionState, form({ proposalId: p.id, step: 'take' }))).toMatchObject({ ok: false, error: 'conflict' })
    expect(await state(f.season.id)).toEqual(before)
  })
})

describe('the reviewer’s proposal page', () => {
  it('reads with a fixed number of queries for a mentor before and after their review, however many reviews, comments and proposals', async () => {
    const s = await season()
    const { count, restore } = queryCounter()
    try {
      const p = await proposal(s, s.student)
      const q = await proposal(s, s.otherStudent)
      await review(p.id, s.otherMentor.id, 3)
      await review(q.id, s.mentor.id, 4)
      await db.comment.create({ data: { proposalId: p.id, authorId: s.otherMentor.id, body: 'first' } })
      await db.conflict.create({ data: { seasonId: s.season.id, mentorId: s.mentor.id, proposalId: q.id, source: 'DECLARED', recordedById: s.mentor.id } })
      const small = {
        ownOnly: await count(() => getProposalForReview(s.mentor, s.season.id, p.id)),
        conflicted: await count(() => getProposalForReview(s.mentor, s.season.id, q.id)),
      }
      for (let k = 0; k < 25; k++) {
        const other = await proposal(s, k % 2 ? s.student : s.otherStudent)
        await review(other.id, s.otherMentor.id, 1 + (k % 5))
        await review(other.id, s.admin.id, 3, true)
        await db.comment.create({ data: { proposalId: p.id, authorId: s.admin.id, body: `c${k}`, visibility: k % 2 ? 'SHARED' : 'MENTORS' } })
        await db.conflict.create({ data: { seasonId: s.season.id, mentorId: s.mentor.id, proposalId: other.id, source: 'DECLARED', recordedById: s.mentor.id } })
      }
      await review(p.id, s.admin.id, 5)
      const large = {
        ownOnly: await count(() => getProposalForReview(s.mentor, s.season.id, p.id)),
        conflicted: await count(() => getProposalForReview(s.mentor, s.season.id, q.id)),
      }
      expect(small.ownOnly).toBeGreaterThan(0)
      expect(large).toEqual(small)
      // Once the mentor's own review is saved (full access: the others' reviews and the season's scores too).
      await review(p.id, s.mentor.id, 2)
      const fullLarge = await count(() => getProposalForReview(s.mentor, s.season.id, p.id))
      const fresh = await season()
      const lone = await proposal(fresh, fresh.student)
      await review(lone.id, fresh.mentor.id, 2)
      const fullSmall = await count(() => getProposalForReview(fresh.mentor, fresh.season.id, lone.id))
      expect(fullLarge).toBe(fullSmall)
      expect(fullLarge).toBeGreaterThan(small.ownOnly)
    } finally {
      restore()
    }
  })
})
