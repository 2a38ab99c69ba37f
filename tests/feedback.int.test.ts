// Draft feedback: a student asks for it, mentors take the request and comment, the draft is never scored or
// ranked; each action for each role, bad input, and two mentors taking one request at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { db } from '@/lib/db'
import { requestFeedback } from '@/lib/proposals/feedback-actions'
import { addComment, saveReview, updateFeedback } from '@/lib/reviews/actions'
import { parseReviewListView } from '@/lib/reviews/filters'
import { getProposalForReview, listCommentsOf, listFeedbackQueue, listProposalsForReview } from '@/lib/reviews/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, setClock, signInAs, signOut } from './support/session'

let f: SeasonFixture
let other: SeasonFixture
const seasons: string[] = []
beforeAll(async () => {
  f = await createSeasonFixture()
  other = await createSeasonFixture()
  seasons.push(f.season.id, other.season.id)
})
afterEach(async () => {
  signOut()
  await setClock(null)
})
afterAll(async () => {
  await db.conflict.deleteMany({ where: { seasonId: { in: seasons } } })
  await db.proposal.deleteMany({ where: { seasonId: { in: seasons } } })
})

const as = (user: { email: string | null }) => signInAs(user.email!)
const draft = (student: { id: string }, fields: { status?: 'DRAFT' | 'SUBMITTED'; title?: string } = {}) =>
  db.proposal.create({ data: { seasonId: f.season.id, studentId: student.id, ideaId: f.idea.id, title: fields.title ?? 'My draft', links: [], status: fields.status ?? 'DRAFT' } })
const ask = (proposalId: string) => requestFeedback(initialActionState, form({ proposalId }))
const step = (proposalId: string, s: string) => updateFeedback(initialActionState, form({ proposalId, step: s }))
const row = (id: string) => db.proposal.findUniqueOrThrow({ where: { id } })

describe('requestFeedback', () => {
  it('lets a student ask once on their own titled draft while applications are open', async () => {
    const p = await draft(f.student)
    await as(f.student)
    expect(await ask(p.id)).toMatchObject({ ok: true })
    expect((await row(p.id)).feedbackRequestedAt).toBeInstanceOf(Date)
    expect(await db.auditLog.count({ where: { entityId: p.id, action: 'feedback.request' } })).toBe(1)
    expect(await ask(p.id)).toMatchObject({ ok: false, error: 'conflict' })
  })

  it('refuses other people, submitted proposals, untitled drafts and closed applications, changing nothing', async () => {
    const p = await draft(f.student)
    const submitted = await draft(f.student, { status: 'SUBMITTED' })
    const untitled = await draft(f.student, { title: '' })
    for (const user of [f.otherStudent, f.mentor, f.admin, other.admin]) {
      await as(user)
      expect(await ask(p.id)).toMatchObject({ ok: false, error: 'not_found' })
    }
    signOut()
    expect(await ask(p.id)).toMatchObject({ ok: false, error: 'unauthenticated' })
    await as(f.student)
    expect(await ask(submitted.id)).toMatchObject({ ok: false, error: 'conflict' })
    expect(await ask(untitled.id)).toMatchObject({ ok: false, error: 'invalid' })
    expect(await ask('forged')).toMatchObject({ ok: false, error: 'not_found' })
    await setClock(new Date(Date.now() + 30 * 24 * 3600 * 1000))
    expect(await ask(p.id)).toMatchObject({ ok: false, error: 'closed' })
    for (const id of [p.id, submitted.id, untitled.id]) expect((await row(id)).feedbackRequestedAt).toBeNull()
  })
})

describe('the feedback queue', () => {
  it('shows staff the requested drafts (not conflicted ones), lets one mentor take each, comment shared, and mark it done; never scored or listed', async () => {
    const p = await draft(f.student, { title: 'Please read me' })
    const hidden = await draft(f.otherStudent, { title: 'Conflicted draft' })
    await db.proposal.updateMany({ where: { id: { in: [p.id, hidden.id] } }, data: { feedbackRequestedAt: new Date() } })
    await db.conflict.create({ data: { seasonId: f.season.id, mentorId: f.otherMentor.id, studentId: f.otherStudent.id, source: 'ADMIN', recordedById: f.admin.id } })

    expect((await listFeedbackQueue(f.mentor, f.season.id))!.map((q) => q.title)).toEqual(expect.arrayContaining(['Please read me', 'Conflicted draft']))
    expect((await listFeedbackQueue(f.otherMentor, f.season.id))!.map((q) => q.title)).not.toContain('Conflicted draft')
    for (const viewer of [f.student, f.outsider, other.admin]) expect(await listFeedbackQueue(viewer, f.season.id)).toBeNull()
    expect(await getProposalForReview(f.mentor, f.season.id, p.id)).toMatchObject({ access: 'own-only', proposal: { status: 'DRAFT' } })

    for (const user of [f.student, other.admin]) {
      await as(user)
      expect(await step(p.id, 'take')).toMatchObject({ ok: false, error: 'forbidden' })
    }
    await as(f.otherMentor)
    expect(await step(hidden.id, 'take')).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await step(p.id, 'done')).toMatchObject({ ok: false, error: 'conflict' })
    expect(await step(p.id, 'finish')).toMatchObject({ ok: false, error: 'invalid' })

    // Two mentors take it at the same moment: exactly one gets it.
    await as(f.mentor)
    const first = step(p.id, 'take')
    await as(f.otherMentor)
    const second = step(p.id, 'take')
    const results = await Promise.all([first, second])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toMatchObject([{ error: 'conflict' }])
    const taker = (await row(p.id)).feedbackTakenById === f.mentor.id ? f.mentor : f.otherMentor

    await as(taker)
    expect(await addComment(initialActionState, form({ proposalId: p.id, body: 'Add a **timeline**.', visibility: 'SHARED' }))).toMatchObject({ ok: true })
    expect(await saveReview(initialActionState, form({ proposalId: p.id, overall: '4' }))).toMatchObject({ ok: false, error: 'conflict', message: expect.stringContaining('never scored') })
    expect(await db.review.count({ where: { proposalId: p.id } })).toBe(0)
    expect(await step(p.id, 'done')).toMatchObject({ ok: true })
    expect(await step(p.id, 'take')).toMatchObject({ ok: false, error: 'conflict' })
    expect((await row(p.id)).feedbackDoneAt).toBeInstanceOf(Date)
    expect(await listCommentsOf(f.student, p.id)).toMatchObject([{ body: 'Add a **timeline**.', authorName: null }])
    expect((await listProposalsForReview(f.admin, f.season.id, parseReviewListView({})))!.rows.map((r) => r.id)).not.toContain(p.id)
  })
})
