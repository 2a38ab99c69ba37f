// What the public cache is told when things change (lib/public-cache.ts tags, lib/public-page.ts lifetimes), and
// the review pages' reuse of the calibration fit (lib/reviews/queries.ts seasonScores). The pages themselves are
// checked in a browser (e2e/public-cache.spec.ts); here: each write revalidates exactly the tags of what it
// changed, never the whole site, and a reused fit is never one of an older set of scores.
import { revalidatePath, revalidateTag } from 'next/cache'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { setDemoClock } from '@/lib/clock/actions'
import { db } from '@/lib/db'
import { updateIdea } from '@/lib/ideas/actions'
import { tags } from '@/lib/public-cache'
import { secondsUntilNext } from '@/lib/public-page'
import { seasonScores } from '@/lib/reviews/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, setClock, signInAs, signOut } from './support/session'

let f: SeasonFixture
beforeAll(async () => {
  f = await createSeasonFixture()
})
beforeEach(() => {
  vi.mocked(revalidateTag).mockClear()
  vi.mocked(revalidatePath).mockClear()
})
afterEach(async () => {
  signOut()
  await setClock(null)
})
afterAll(async () => {
  await db.review.deleteMany({ where: { proposal: { seasonId: f.season.id } } })
  await db.proposal.deleteMany({ where: { seasonId: f.season.id } })
})

const revalidatedTags = () => vi.mocked(revalidateTag).mock.calls.map(([tag]) => tag).sort()
const revalidatedWholeSite = () => vi.mocked(revalidatePath).mock.calls.some(([path, type]) => path === '/' && type === 'layout')

describe('what a write revalidates', () => {
  it('moving the demo clock revalidates the pages (clock) and the row holding it (organization), nothing else', async () => {
    await signInAs(f.admin.email!)
    expect(await setDemoClock(initialActionState, form({ seasonId: f.season.id, at: '2011-04-01T12:00:00Z' }))).toMatchObject({ ok: true })
    expect(revalidatedTags()).toEqual([tags.clock, tags.organization].sort())
    expect(revalidatedWholeSite()).toBe(false)
  })

  it('editing an idea revalidates its season’s ideas and figures only', async () => {
    await signInAs(f.admin.email!)
    const result = await updateIdea(
      initialActionState,
      form({
        seasonId: f.season.id,
        ideaId: f.idea.id,
        slug: f.idea.slug,
        title: f.idea.title,
        summary: 'A summary edited to see what is revalidated.',
        description: '',
        skills: 'C',
        difficulty: 'MEDIUM',
        expectedHours: 175,
        capacity: 1,
        mentorIds: [f.mentor.id],
        version: f.idea.updatedAt.toISOString(),
      }),
    )
    expect(result).toMatchObject({ ok: true })
    expect(revalidatedTags()).toEqual([tags.ideas(f.season.id), tags.stats(f.season.id)].sort())
    expect(revalidatedWholeSite()).toBe(false)
  })

  it('a refused write revalidates nothing', async () => {
    await signInAs(f.mentor.email!)
    expect(await setDemoClock(initialActionState, form({ seasonId: f.season.id, at: '2011-04-01T12:00:00Z' }))).toMatchObject({ ok: false })
    expect(revalidatedTags()).toEqual([])
  })
})

describe('secondsUntilNext (a public page’s lifetime)', () => {
  const at = (iso: string) => Date.parse(iso)
  const moments = [at('2011-04-08T19:00:00Z'), at('2011-04-25T19:00:00Z'), at('2011-04-25T19:30:00Z')]

  it('is the whole seconds until the first moment after now, rounded up so the page never expires early', () => {
    expect(secondsUntilNext(moments, at('2011-04-25T19:00:00Z'))).toBe(30 * 60)
    expect(secondsUntilNext(moments, at('2011-04-25T19:29:59.500Z'))).toBe(1)
    expect(secondsUntilNext(moments, at('2011-04-08T18:59:58.200Z'))).toBe(2)
  })

  it('is at least a second, and null (the longest lifetime) when no moment comes within 30 days', () => {
    expect(secondsUntilNext(moments, at('2011-04-25T19:29:59.999Z'))).toBe(1)
    expect(secondsUntilNext(moments, at('2011-04-26T00:00:00Z'))).toBeNull()
    expect(secondsUntilNext([at('2011-06-01T00:00:00Z')], at('2011-04-01T00:00:00Z'))).toBeNull()
    expect(secondsUntilNext([], at('2011-04-01T00:00:00Z'))).toBeNull()
  })
})

describe('seasonScores reuses the fit only while its input is unchanged', () => {
  it('returns the same fit for the same scores, and a new one once any score changes, by any path', async () => {
    const proposal = await db.proposal.create({
      data: { seasonId: f.season.id, studentId: f.student.id, title: 'Scored twice', status: 'SUBMITTED', submittedAt: new Date('2011-04-01T00:00:00Z') },
    })
    const other = await db.proposal.create({
      data: { seasonId: f.season.id, studentId: f.otherStudent.id, title: 'Scored once', status: 'SUBMITTED', submittedAt: new Date('2011-04-01T00:00:00Z') },
    })
    await db.review.createMany({
      data: [
        { proposalId: proposal.id, reviewerId: f.mentor.id, overallScore: 5 },
        { proposalId: proposal.id, reviewerId: f.otherMentor.id, overallScore: 4 },
        { proposalId: other.id, reviewerId: f.mentor.id, overallScore: 2 },
      ],
    })
    const first = await seasonScores(f.season.id)
    expect(first.proposals.get(proposal.id)?.rawMean).toBe(4.5)
    expect(await seasonScores(f.season.id)).toBe(first)

    // Written straight to the database (no action to invalidate anything): the next call sees it.
    await db.review.update({ where: { proposalId_reviewerId: { proposalId: proposal.id, reviewerId: f.otherMentor.id } }, data: { overallScore: 1 } })
    const second = await seasonScores(f.season.id)
    expect(second).not.toBe(first)
    expect(second.proposals.get(proposal.id)?.rawMean).toBe(3)

    // Two scores swapped between rows keep the count and the sum of scores, not the checksum.
    await db.review.update({ where: { proposalId_reviewerId: { proposalId: proposal.id, reviewerId: f.mentor.id } }, data: { overallScore: 2 } })
    await db.review.update({ where: { proposalId_reviewerId: { proposalId: other.id, reviewerId: f.mentor.id } }, data: { overallScore: 5 } })
    const third = await seasonScores(f.season.id)
    expect(third.proposals.get(other.id)?.rawMean).toBe(5)

    // A withdrawn proposal leaves the fit.
    await db.proposal.update({ where: { id: other.id }, data: { status: 'WITHDRAWN' } })
    expect((await seasonScores(f.season.id)).proposals.has(other.id)).toBe(false)
  })
})
