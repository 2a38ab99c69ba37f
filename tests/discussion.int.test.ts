// The disagreement queue on Postgres: which proposals are "to discuss", settleDiscussion for each role, bad
// input, a proposal with nothing to settle, two admins settling at once, and what the list and the page show.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { db } from '@/lib/db'
import { settleDiscussion } from '@/lib/reviews/actions'
import { parseReviewListView } from '@/lib/reviews/filters'
import { getProposalForReview, listProposalsForReview } from '@/lib/reviews/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { ALL_BUT, expectRefusedForRoles } from './support/matrix'
import { form, signInAs, signOut } from './support/session'

const DAY = 24 * 60 * 60 * 1000
let f: SeasonFixture
let other: SeasonFixture
const seasons: string[] = []

async function season() {
  const built = await createSeasonFixture({ applications: 'closed' })
  seasons.push(built.season.id)
  await db.seasonPhase.create({ data: { seasonId: built.season.id, kind: 'REVIEW', startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() + 10 * DAY) } })
  return built
}
let n = 0
async function proposal(s: SeasonFixture, scores: [{ id: string }, number][]) {
  n += 1
  const p = await db.proposal.create({
    data: { seasonId: s.season.id, studentId: s.student.id, ideaId: s.idea.id, title: `Proposal ${n}`, abstract: 'An abstract.', links: [], status: 'SUBMITTED', submittedAt: new Date(Date.now() - 2 * DAY) },
  })
  for (const [reviewer, overallScore] of scores) await db.review.create({ data: { proposalId: p.id, reviewerId: reviewer.id, overallScore } })
  return p
}
const settle = (proposalId: string, note: string) => settleDiscussion(initialActionState, form({ proposalId, discussionNote: note }))
const row = (id: string) => db.proposal.findUniqueOrThrow({ where: { id }, select: { discussionSettledAt: true, discussionSettledById: true, discussionNote: true } })
const audits = (id: string) => db.auditLog.count({ where: { entityId: id, action: 'discussion.settle' } })
const flagsOf = async (viewer: { id: string }, s: SeasonFixture, id: string) =>
  (await listProposalsForReview(viewer, s.season.id, parseReviewListView({})))!.rows.find((r) => r.id === id)?.flags

beforeAll(async () => {
  f = await season()
  other = await season()
})
afterEach(() => signOut())
afterAll(async () => {
  await db.conflict.deleteMany({ where: { seasonId: { in: seasons } } })
  await db.proposal.deleteMany({ where: { seasonId: { in: seasons } } })
})

describe('settleDiscussion', () => {
  it('lets an admin settle a proposal whose scores span 2 points, with a note and an audit entry; the list filter and the page follow', async () => {
    const p = await proposal(f, [[f.mentor, 1], [f.otherMentor, 4]])
    expect(await flagsOf(f.admin, f, p.id)).toContain('discuss')
    expect((await listProposalsForReview(f.admin, f.season.id, parseReviewListView({ flag: 'discuss' })))!.rows.map((r) => r.id)).toContain(p.id)
    expect(await getProposalForReview(f.admin, f.season.id, p.id)).toMatchObject({ discussion: { state: 'open' } })

    await signInAs(f.admin.email!)
    expect(await settle(p.id, 'We agreed it is a solid 3.')).toMatchObject({ ok: true })
    expect(await row(p.id)).toMatchObject({ discussionSettledById: f.admin.id, discussionNote: 'We agreed it is a solid 3.' })
    expect(await audits(p.id)).toBe(1)
    expect(await flagsOf(f.admin, f, p.id)).not.toContain('discuss')
    expect((await listProposalsForReview(f.admin, f.season.id, parseReviewListView({ flag: 'discuss' })))!.rows.map((r) => r.id)).not.toContain(p.id)
    expect(await getProposalForReview(f.mentor, f.season.id, p.id)).toMatchObject({ discussion: { state: 'settled', note: 'We agreed it is a solid 3.' } })

    // Once only: a second settle is refused and changes nothing.
    expect(await settle(p.id, 'Again')).toMatchObject({ ok: false, error: 'conflict' })
    expect(await row(p.id)).toMatchObject({ discussionNote: 'We agreed it is a solid 3.' })
    expect(await audits(p.id)).toBe(1)
  })

  it('refuses mentors, students, outsiders, another season’s admin and signed-out visitors, changing nothing', async () => {
    const p = await proposal(f, [[f.mentor, 5], [f.otherMentor, 2]])
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => settle(p.id, 'Settled.'), state: () => row(p.id) })
  })

  it('refuses a conflicted admin, bad input and a proposal with nothing to settle, with clear messages', async () => {
    const p = await proposal(f, [[f.mentor, 5], [f.otherMentor, 2]])
    const calm = await proposal(f, [[f.mentor, 3], [f.otherMentor, 4]])
    await signInAs(f.admin.email!)
    const empty = await settle(p.id, '   ')
    expect(empty).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { discussionNote: [expect.stringMatching(/few words/)] } })
    expect(await settle(p.id, 'x'.repeat(501))).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { discussionNote: [expect.stringMatching(/too long/)] } })
    expect(await settle('../../etc', 'Note')).toMatchObject({ ok: false, error: 'invalid' })
    expect(await settle('nosuchproposal', 'Note')).toMatchObject({ ok: false, error: 'not_found' })
    expect(await settle(calm.id, 'Note')).toMatchObject({ ok: false, error: 'conflict', message: expect.stringMatching(/nothing to settle/) })
    await db.conflict.create({ data: { seasonId: f.season.id, mentorId: f.admin.id, proposalId: p.id, source: 'ADMIN', recordedById: f.admin.id } })
    expect(await settle(p.id, 'Note')).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await row(p.id)).toEqual({ discussionSettledAt: null, discussionSettledById: null, discussionNote: null })
    expect(await row(calm.id)).toEqual({ discussionSettledAt: null, discussionSettledById: null, discussionNote: null })
    expect((await audits(p.id)) + (await audits(calm.id))).toBe(0)
  })

  it('lets one of two admins settling at the same moment win; the other is told it is settled', async () => {
    const p = await proposal(f, [[f.mentor, 1], [f.otherMentor, 5]])
    await signInAs(f.admin.email!)
    const results = await Promise.all([settle(p.id, 'First'), settle(p.id, 'Second')])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toMatchObject([{ error: 'conflict', message: expect.stringMatching(/already settled/) }])
    expect(await audits(p.id)).toBe(1)
  })

  it('shows a mentor who has not reviewed the proposal neither the flag nor the settling note', async () => {
    const p = await proposal(f, [[f.admin, 1], [f.otherMentor, 5]])
    expect(await flagsOf(f.mentor, f, p.id)).not.toContain('discuss')
    const page = await getProposalForReview(f.mentor, f.season.id, p.id)
    expect(page).toMatchObject({ discussion: null })
    expect(JSON.stringify(page)).not.toMatch(/discussionNote/)
  })
})
