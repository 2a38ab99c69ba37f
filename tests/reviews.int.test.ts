// The review workspace's rules on Postgres: who sees what (asserted on the query results), and every review
// action for each role, bad input, the review window and concurrent saves.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { db } from '@/lib/db'
import { addComment, declareConflict, recordConflict, removeConflict, saveReview, withdrawReview } from '@/lib/reviews/actions'
import { conflictFormOptions, getProposalForReview, listCommentsOf, listConflicts, listReviewsOf, nextToReview, reviewProgress } from '@/lib/reviews/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, setClock, signInAs, signOut } from './support/session'

const DAY = 24 * 60 * 60 * 1000

let f: SeasonFixture
let other: SeasonFixture
let criteria: { id: string }[]
let otherCriteria: { id: string }[]
const seasons: string[] = []

/** A season whose applications closed yesterday and whose review phase runs ten more days, with a rubric. */
async function reviewSeason() {
  const built = await createSeasonFixture({ applications: 'closed' })
  seasons.push(built.season.id)
  await db.seasonPhase.create({ data: { seasonId: built.season.id, kind: 'REVIEW', startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() + 10 * DAY) } })
  await db.rubricCriterion.createMany({
    data: [
      { seasonId: built.season.id, key: 'plan', label: 'Technical plan', position: 0 },
      { seasonId: built.season.id, key: 'community', label: 'Community interaction', position: 1 },
    ],
  })
  const rubric = await db.rubricCriterion.findMany({ where: { seasonId: built.season.id }, orderBy: { position: 'asc' } })
  return { built, rubric }
}

async function proposal(fixture: SeasonFixture, student: { id: string }, status: 'DRAFT' | 'SUBMITTED' | 'WITHDRAWN' = 'SUBMITTED', title = 'A proposal') {
  return db.proposal.create({
    data: { seasonId: fixture.season.id, studentId: student.id, ideaId: fixture.idea.id, title, abstract: 'An abstract.', links: [], status, submittedAt: status === 'DRAFT' ? null : new Date(Date.now() - 2 * DAY) },
  })
}

beforeAll(async () => {
  const a = await reviewSeason()
  f = a.built
  criteria = a.rubric
  const b = await reviewSeason()
  other = b.built
  otherCriteria = b.rubric
})
afterEach(async () => {
  signOut()
  await setClock(null)
})
afterAll(async () => {
  await db.conflict.deleteMany({ where: { seasonId: { in: seasons } } })
  await db.proposal.deleteMany({ where: { seasonId: { in: seasons } } })
})

const as = async (user: { email: string | null }) => signInAs(user.email!)
const reviewForm = (proposalId: string, overall: number | string, scores: (number | string)[] = [4, 3], rubric = criteria, willing = false) =>
  form({ proposalId, overall: String(overall), ...(willing ? { willingToMentor: 'on' } : {}), ...Object.fromEntries(rubric.map((c, i) => [`score.${c.id}`, scores[i] === undefined ? undefined : String(scores[i])])) })
const save = (proposalId: string, overall: number | string, scores?: (number | string)[], willing?: boolean) => saveReview(initialActionState, reviewForm(proposalId, overall, scores, criteria, willing))
const comment = (proposalId: string, body: string, visibility: string) => addComment(initialActionState, form({ proposalId, body, visibility }))
const declare = (proposalId: string, note: string) => declareConflict(initialActionState, form({ proposalId, note }))
const auditCount = (seasonId: string) => db.auditLog.count({ where: { seasonId } })
const reviewCount = (proposalId: string) => db.review.count({ where: { proposalId } })

describe('who sees what', () => {
  it('shows a mentor other scores only after they saved their own review; admins always', async () => {
    const p = await proposal(f, f.student)
    await as(f.otherMentor)
    expect(await save(p.id, 5, [5, 5])).toMatchObject({ ok: true })

    const early = await getProposalForReview(f.mentor, f.season.id, p.id)
    expect(early).toMatchObject({ access: 'own-only', reviews: [], othersHidden: true, myReview: null })
    expect(await listReviewsOf(f.mentor, p.id)).toEqual([])
    expect(await listReviewsOf(f.admin, p.id)).toHaveLength(1)

    await as(f.mentor)
    expect(await save(p.id, 2, [2, 3])).toMatchObject({ ok: true })
    const after = await getProposalForReview(f.mentor, f.season.id, p.id)
    expect(after).toMatchObject({ access: 'full', othersHidden: false, myReview: { overallScore: 2 } })
    expect(after && after.access !== 'conflicted' ? after.reviews.map((r) => [r.reviewer.name, r.overallScore]) : null).toEqual([[f.otherMentor.name, 5]])
    expect((await listReviewsOf(f.mentor, p.id))?.map((r) => r.overallScore).sort()).toEqual([2, 5])
  })

  it('gives students, outsiders and admins of another season nothing of a review, and the student only shared comments without authors', async () => {
    const p = await proposal(f, f.student)
    await as(f.mentor)
    expect(await comment(p.id, 'Please say more about **testing**.', 'SHARED')).toMatchObject({ ok: true })
    expect(await comment(p.id, 'Weak plan, between us.', 'MENTORS')).toMatchObject({ ok: true })
    expect(await save(p.id, 3)).toMatchObject({ ok: true })

    for (const viewer of [f.student, f.otherStudent, f.outsider, other.admin, other.mentor]) {
      expect(await getProposalForReview(viewer, f.season.id, p.id)).toBeNull()
      expect(await listReviewsOf(viewer, p.id)).toBeNull()
      expect(await listConflicts(viewer, f.season.id)).toEqual([])
    }
    expect(await listCommentsOf(f.student, p.id)).toEqual([
      { id: expect.any(String), body: 'Please say more about **testing**.', visibility: 'SHARED', createdAt: expect.any(Date), authorName: null },
    ])
    for (const viewer of [f.otherStudent, f.outsider, other.admin]) expect(await listCommentsOf(viewer, p.id)).toBeNull()
    expect((await listCommentsOf(f.otherMentor, p.id))?.map((c) => [c.visibility, c.authorName])).toEqual([
      ['SHARED', f.mentor.name],
      ['MENTORS', f.mentor.name],
    ])
  })

  it('shows staff no drafts, and nothing of a proposal of another season under this season', async () => {
    const draft = await proposal(f, f.student, 'DRAFT')
    const elsewhere = await proposal(other, other.student)
    expect(await getProposalForReview(f.admin, f.season.id, draft.id)).toBeNull()
    expect(await listReviewsOf(f.admin, draft.id)).toBeNull()
    expect(await getProposalForReview(f.admin, f.season.id, elsewhere.id)).toBeNull()
    expect(await getProposalForReview(f.admin, f.season.id, 'forged-id')).toBeNull()
    expect(await getProposalForReview(f.admin, f.season.id, '../../etc')).toBeNull()
  })

  it('hides reviews, scores and comments from a conflicted mentor, and leaves the proposal out of their queue', async () => {
    const p = await proposal(f, f.otherStudent, 'SUBMITTED', 'Conflicted one')
    await as(f.mentor)
    expect(await save(p.id, 4)).toMatchObject({ ok: true })
    expect(await comment(p.id, 'Among us.', 'MENTORS')).toMatchObject({ ok: true })
    await as(f.admin)
    expect(
      await recordConflict(initialActionState, form({ seasonId: f.season.id, mentorId: f.otherMentor.id, studentId: f.otherStudent.id, note: 'Same lab' })),
    ).toMatchObject({ ok: true })

    expect(await getProposalForReview(f.otherMentor, f.season.id, p.id)).toEqual({ access: 'conflicted', proposal: { id: p.id, title: 'Conflicted one' } })
    expect(await listReviewsOf(f.otherMentor, p.id)).toBeNull()
    expect(await listCommentsOf(f.otherMentor, p.id)).toBeNull()
    // Walk the whole queue: the conflicted proposal never comes up.
    const seen: string[] = []
    for (let next = await nextToReview(f.otherMentor, f.season.id); next && !seen.includes(next); next = await nextToReview(f.otherMentor, f.season.id, next)) seen.push(next)
    expect(seen).not.toContain(p.id)
    const all = await db.proposal.findMany({ where: { seasonId: f.season.id, studentId: f.otherStudent.id }, select: { id: true } })
    for (const q of all) expect(await listReviewsOf(f.otherMentor, q.id)).toBeNull()

    // Admins see who is conflicted with what; the mentor sees their own; the conflict is the student's, all proposals.
    expect((await listConflicts(f.admin, f.season.id)).map((c) => [c.mentor.name, c.student?.name, c.note])).toContainEqual([f.otherMentor.name, f.otherStudent.name, 'Same lab'])
    expect((await listConflicts(f.otherMentor, f.season.id)).every((c) => c.mentor.id === f.otherMentor.id)).toBe(true)
    expect(await listConflicts(f.mentor, f.season.id)).toEqual([])
  })

  it('counts progress and offers the unreviewed proposal with the fewest reviews next', async () => {
    const season = await reviewSeason()
    const g = season.built
    criteria = season.rubric
    try {
      const [a, b, c] = [await proposal(g, g.student, 'SUBMITTED', 'A'), await proposal(g, g.otherStudent, 'SUBMITTED', 'B'), await proposal(g, g.student, 'SUBMITTED', 'C')]
      await proposal(g, g.student, 'DRAFT', 'never scored')
      await as(g.otherMentor)
      await save(a.id, 3)
      await save(c.id, 3)
      await as(g.admin)
      await save(a.id, 4)
      expect(await reviewProgress(g.mentor, g.season.id)).toEqual({ reviewed: 0, total: 3 })
      expect(await nextToReview(g.mentor, g.season.id)).toBe(b.id)
      expect(await nextToReview(g.mentor, g.season.id, b.id)).toBe(c.id)
      await as(g.mentor)
      const saved = await save(b.id, 5)
      expect(saved).toEqual({ ok: true, message: 'Your review is saved.', data: { next: c.id } })
      expect(await reviewProgress(g.mentor, g.season.id)).toEqual({ reviewed: 1, total: 3 })
      expect(await reviewProgress(g.student, g.season.id)).toBeNull()
    } finally {
      criteria = (await db.rubricCriterion.findMany({ where: { seasonId: f.season.id }, orderBy: { position: 'asc' } }))
    }
  })
})

describe('saveReview', () => {
  it('lets a mentor and an admin save and change a review, with an audit entry each time', async () => {
    const p = await proposal(f, f.student)
    for (const user of [f.mentor, f.admin]) {
      await as(user)
      expect(await save(p.id, 4, [4, 5], true)).toMatchObject({ ok: true, message: 'Your review is saved.' })
      expect(await save(p.id, 3, [3, 3])).toMatchObject({ ok: true })
      const review = await db.review.findUniqueOrThrow({ where: { proposalId_reviewerId: { proposalId: p.id, reviewerId: user.id } }, include: { scores: true } })
      expect(review).toMatchObject({ overallScore: 3, willingToMentor: false })
      expect(review.scores.map((s) => s.score).sort()).toEqual([3, 3])
      const audit = await db.auditLog.findMany({ where: { entityId: review.id }, orderBy: { id: 'asc' } })
      expect(audit.map((a) => a.action)).toEqual(['review.create', 'review.update'])
      expect(audit[1]!.before).toMatchObject({ overallScore: 4, willingToMentor: true })
    }
  })

  it('refuses students, outsiders, admins of another season, signed-out visitors and conflicted mentors, changing nothing', async () => {
    const p = await proposal(f, f.student)
    await db.conflict.create({ data: { seasonId: f.season.id, mentorId: f.otherMentor.id, proposalId: p.id, source: 'ADMIN', recordedById: f.admin.id } })
    const audits = await auditCount(f.season.id)
    for (const [user, error] of [
      [f.student, 'forbidden'],
      [f.outsider, 'forbidden'],
      [other.admin, 'forbidden'],
      [other.mentor, 'forbidden'],
      [f.otherMentor, 'forbidden'],
      [null, 'unauthenticated'],
    ] as const) {
      if (user) await as(user)
      else signOut()
      expect(await save(p.id, 4)).toMatchObject({ ok: false, error })
    }
    expect(await reviewCount(p.id)).toBe(0)
    expect(await auditCount(f.season.id)).toBe(audits)
  })

  it('refuses bad input with a clear message and saves nothing', async () => {
    const p = await proposal(f, f.student)
    const draft = await proposal(f, f.student, 'DRAFT')
    const withdrawn = await proposal(f, f.student, 'WITHDRAWN')
    const elsewhere = await proposal(other, other.student)
    await as(f.mentor)
    const audits = await auditCount(f.season.id)
    expect(await save(p.id, 6)).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { overall: ['Choose a score from 1 to 5.'] } })
    expect(await save(p.id, 0)).toMatchObject({ ok: false, error: 'invalid' })
    expect(await save(p.id, 'four')).toMatchObject({ ok: false, error: 'invalid' })
    expect(await save(p.id, '')).toMatchObject({ ok: false, error: 'invalid' })
    expect(await save(p.id, 4, [0, 3])).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { [`score.${criteria[0]!.id}`]: ['“Technical plan” takes a score from 1 to 5.'] } })
    expect(await save(p.id, 4, [4, 9])).toMatchObject({ ok: false, error: 'invalid' })
    expect(await save(p.id, 4, [4])).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { [`score.${criteria[1]!.id}`]: [expect.stringContaining('Community interaction')] } })
    // Another season's rubric on this season's proposal: a criterion this season does not have.
    expect(await saveReview(initialActionState, form({ proposalId: p.id, overall: '4', [`score.${criteria[0]!.id}`]: '4', [`score.${criteria[1]!.id}`]: '4', [`score.${otherCriteria[0]!.id}`]: '4' }))).toMatchObject({ ok: false, error: 'invalid' })
    expect(await save(draft.id, 4)).toMatchObject({ ok: false, error: 'not_found' })
    expect(await save(withdrawn.id, 4)).toMatchObject({ ok: false, error: 'conflict', message: 'This proposal was withdrawn, so it is not scored.' })
    expect(await save(elsewhere.id, 4)).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await save('forged-id-123', 4)).toMatchObject({ ok: false, error: 'not_found' })
    expect(await save("x' OR 1=1 --", 4)).toMatchObject({ ok: false, error: 'invalid' })
    for (const id of [p.id, draft.id, withdrawn.id, elsewhere.id]) expect(await reviewCount(id)).toBe(0)
    expect(await auditCount(f.season.id)).toBe(audits)
  })

  it('takes scores only from the application deadline to the end of the review phase, by the app clock', async () => {
    const p = await proposal(f, f.student)
    await as(f.mentor)
    await setClock(new Date(Date.now() - 2 * DAY))
    expect(await save(p.id, 4)).toMatchObject({ ok: false, error: 'closed', message: expect.stringContaining('from the application deadline') })
    await setClock(new Date(Date.now() + 11 * DAY))
    expect(await save(p.id, 4)).toMatchObject({ ok: false, error: 'closed', message: expect.stringContaining('review phase ended') })
    expect(await reviewCount(p.id)).toBe(0)
    await setClock(null)
    expect(await save(p.id, 4)).toMatchObject({ ok: true })
    await setClock(new Date(Date.now() + 11 * DAY))
    expect(await withdrawReview(initialActionState, form({ proposalId: p.id }))).toMatchObject({ ok: false, error: 'closed' })
    expect(await reviewCount(p.id)).toBe(1)
  })

  it('lands both of two mentors’ reviews saved at the same moment', async () => {
    const p = await proposal(f, f.student)
    // Both calls run concurrently; the mocked session is read at the start of each action.
    await as(f.mentor)
    const first = save(p.id, 2)
    await as(f.otherMentor)
    const second = save(p.id, 5)
    expect(await Promise.all([first, second])).toMatchObject([{ ok: true }, { ok: true }])
    const reviews = await db.review.findMany({ where: { proposalId: p.id }, include: { scores: true } })
    expect(reviews.map((r) => r.overallScore).sort()).toEqual([2, 5])
    expect(reviews.every((r) => r.scores.length === 2)).toBe(true)
  })
})

describe('saving twice at once', () => {
  it('never fails with an error page when one mentor saves or declares twice at the same moment', async () => {
    const p = await proposal(f, f.student)
    await as(f.mentor)
    const saves = await Promise.all([save(p.id, 2), save(p.id, 3)])
    for (const result of saves) expect(result.ok || result.error === 'conflict').toBe(true)
    expect(await reviewCount(p.id)).toBe(1)
    const declared = await Promise.all([declare(p.id, 'one'), declare(p.id, 'two')])
    expect(declared.filter((r) => r.ok)).toHaveLength(1)
    expect(declared.filter((r) => !r.ok)).toMatchObject([{ error: 'conflict' }])
    expect(await db.conflict.count({ where: { proposalId: p.id } })).toBe(1)
  })
})

describe('withdrawReview', () => {
  it('removes the mentor’s own review with an audit entry, and says so when there is none', async () => {
    const p = await proposal(f, f.student)
    await as(f.mentor)
    await save(p.id, 4)
    await as(f.otherMentor)
    await save(p.id, 2)
    await as(f.mentor)
    expect(await withdrawReview(initialActionState, form({ proposalId: p.id }))).toMatchObject({ ok: true })
    expect((await db.review.findMany({ where: { proposalId: p.id } })).map((r) => r.reviewerId)).toEqual([f.otherMentor.id])
    expect(await db.auditLog.count({ where: { action: 'review.withdraw', actorId: f.mentor.id } })).toBeGreaterThan(0)
    expect(await withdrawReview(initialActionState, form({ proposalId: p.id }))).toMatchObject({ ok: false, error: 'not_found' })
    await as(f.student)
    expect(await withdrawReview(initialActionState, form({ proposalId: p.id }))).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await reviewCount(p.id)).toBe(1)
  })
})

describe('addComment', () => {
  it('lets mentors and admins comment, and refuses students, other seasons, conflicted mentors and unsafe or empty text', async () => {
    const p = await proposal(f, f.student)
    await db.conflict.create({ data: { seasonId: f.season.id, mentorId: f.otherMentor.id, proposalId: p.id, source: 'DECLARED', note: 'friend', recordedById: f.otherMentor.id } })
    await as(f.admin)
    expect(await comment(p.id, 'Shared note', 'SHARED')).toMatchObject({ ok: true, message: 'Your comment is posted and shared with the student.' })
    await as(f.mentor)
    expect(await comment(p.id, 'Private note', 'MENTORS')).toMatchObject({ ok: true, message: 'Your comment is posted for the mentors.' })
    const audits = await auditCount(f.season.id)
    expect(await comment(p.id, '<script>alert(1)</script>', 'SHARED')).toMatchObject({ ok: false, error: 'invalid' })
    expect(await comment(p.id, '   ', 'SHARED')).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { body: ['Write the comment first.'] } })
    expect(await comment(p.id, 'x'.repeat(5001), 'SHARED')).toMatchObject({ ok: false, error: 'invalid' })
    expect(await comment(p.id, 'Hello', 'EVERYONE')).toMatchObject({ ok: false, error: 'invalid' })
    for (const [user, error] of [[f.student, 'forbidden'], [other.admin, 'forbidden'], [f.otherMentor, 'forbidden']] as const) {
      await as(user)
      expect(await comment(p.id, 'Should not land', 'SHARED')).toMatchObject({ ok: false, error })
    }
    signOut()
    expect(await comment(p.id, 'Should not land', 'SHARED')).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await db.comment.count({ where: { proposalId: p.id } })).toBe(2)
    expect(await auditCount(f.season.id)).toBe(audits)
  })
})

describe('conflicts of interest', () => {
  it('lets a mentor declare one with a note, withdrawing their review in the same transaction', async () => {
    const p = await proposal(f, f.student)
    await as(f.otherMentor)
    await save(p.id, 2)
    await as(f.mentor)
    await save(p.id, 5)
    expect(await getProposalForReview(f.mentor, f.season.id, p.id)).toMatchObject({ access: 'full' })
    expect(await declare(p.id, '')).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { note: [expect.stringContaining('what the conflict is')] } })
    expect(await declare(p.id, 'My student at university')).toMatchObject({ ok: true })
    expect(await reviewCount(p.id)).toBe(1)
    // Having saved a review before does not keep the others' scores in view: a conflict means never.
    expect(await getProposalForReview(f.mentor, f.season.id, p.id)).toEqual({ access: 'conflicted', proposal: { id: p.id, title: p.title } })
    expect(await listReviewsOf(f.mentor, p.id)).toBeNull()
    expect(await listCommentsOf(f.mentor, p.id)).toBeNull()
    expect(await db.conflict.findFirst({ where: { proposalId: p.id, mentorId: f.mentor.id } })).toMatchObject({ source: 'DECLARED', note: 'My student at university' })
    expect(await declare(p.id, 'again')).toMatchObject({ ok: false, error: 'conflict' })
    expect(await save(p.id, 5)).toMatchObject({ ok: false, error: 'forbidden' })
    await as(f.student)
    expect(await declare(p.id, 'I am conflicted')).toMatchObject({ ok: false, error: 'forbidden' })
    await as(other.admin)
    expect(await declare(p.id, 'I am conflicted')).toMatchObject({ ok: false, error: 'forbidden' })
  })

  it('lets only the season’s admins record and remove conflicts, refusing bad targets', async () => {
    const p = await proposal(f, f.student)
    const elsewhere = await proposal(other, other.student)
    const record = (fields: Record<string, string>) => recordConflict(initialActionState, form({ seasonId: f.season.id, note: 'n', ...fields }))
    for (const user of [f.mentor, f.student, other.admin]) {
      await as(user)
      expect(await record({ mentorId: f.otherMentor.id, proposalId: p.id })).toMatchObject({ ok: false, error: 'forbidden' })
    }
    await as(f.admin)
    const audits = await auditCount(f.season.id)
    expect(await record({ mentorId: f.otherMentor.id, proposalId: p.id, studentId: f.student.id })).toMatchObject({ ok: false, error: 'invalid' })
    expect(await record({ mentorId: f.otherMentor.id })).toMatchObject({ ok: false, error: 'invalid' })
    expect(await record({ mentorId: f.outsider.id, proposalId: p.id })).toMatchObject({ ok: false, fieldErrors: { mentorId: [expect.any(String)] } })
    expect(await record({ mentorId: f.otherMentor.id, proposalId: elsewhere.id })).toMatchObject({ ok: false, fieldErrors: { proposalId: [expect.any(String)] } })
    expect(await record({ mentorId: f.otherMentor.id, studentId: f.outsider.id })).toMatchObject({ ok: false, fieldErrors: { studentId: [expect.any(String)] } })
    expect(await auditCount(f.season.id)).toBe(audits)
    expect(await record({ mentorId: f.otherMentor.id, proposalId: p.id })).toMatchObject({ ok: true })
    expect(await record({ mentorId: f.otherMentor.id, proposalId: p.id })).toMatchObject({ ok: false, error: 'conflict' })
    const conflict = await db.conflict.findFirstOrThrow({ where: { proposalId: p.id, mentorId: f.otherMentor.id } })
    for (const user of [f.mentor, other.admin]) {
      await as(user)
      expect(await removeConflict(initialActionState, form({ conflictId: conflict.id }))).toMatchObject({ ok: false })
    }
    await as(f.admin)
    expect(await removeConflict(initialActionState, form({ conflictId: conflict.id }))).toMatchObject({ ok: true })
    expect(await db.conflict.count({ where: { id: conflict.id } })).toBe(0)
    expect(await db.auditLog.count({ where: { entityId: conflict.id } })).toBe(2)
  })

  it('offers the record form only to the season’s admins', async () => {
    const options = await conflictFormOptions(f.admin, f.season.id)
    expect(options?.staff.map((s) => s.id)).toEqual(expect.arrayContaining([f.admin.id, f.mentor.id, f.otherMentor.id]))
    expect(options?.students.map((s) => s.id)).toEqual(expect.arrayContaining([f.student.id, f.otherStudent.id]))
    for (const viewer of [f.mentor, f.student, other.admin]) expect(await conflictFormOptions(viewer, f.season.id)).toBeNull()
  })
})
