// The scale season generator (npm run seed:scale): the counts issue 16 asks for, every proposal submitted with four
// reviews scored on every criterion, in a handful of batched inserts.
import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { seedDemo } from '@/prisma/seed'
import { seedScale } from '@/prisma/seed/scale'

describe('seedScale', () => {
  it('fills a new season with N submitted proposals, ~N/1.5 students, N/13 mentors, N/5 ideas and 4 scored reviews each', async () => {
    await seedDemo(db)
    // An old year, so this season never becomes the current one for other test files.
    const season = await seedScale(db, { proposals: 130, year: 1990 })
    const seasonId = season.seasonId
    expect(season).toMatchObject({ proposals: 130, students: 87, mentors: 10, ideas: 26, reviews: 520 })
    expect(await db.proposal.count({ where: { seasonId, status: 'SUBMITTED' } })).toBe(130)
    expect(await db.seasonRole.count({ where: { seasonId, role: 'STUDENT' } })).toBe(87)
    expect(await db.seasonRole.count({ where: { seasonId, role: 'MENTOR' } })).toBe(10)
    expect(await db.idea.count({ where: { seasonId, status: 'PUBLISHED' } })).toBe(26)
    const reviews = await db.review.groupBy({ by: ['proposalId'], where: { proposal: { seasonId } }, _count: { _all: true } })
    expect(reviews).toHaveLength(130)
    expect(reviews.every((r) => r._count._all === 4)).toBe(true)
    const criteria = await db.rubricCriterion.count({ where: { seasonId } })
    expect(await db.reviewScore.count({ where: { review: { proposal: { seasonId } } } })).toBe(520 * criteria)
    // Reviewers are the season's mentors, never the proposal's student.
    expect(await db.review.count({ where: { proposal: { seasonId }, reviewer: { roles: { none: { seasonId, role: 'MENTOR' } } } } })).toBe(0)
    expect(await db.comment.count({ where: { proposal: { seasonId } } })).toBe(season.comments)
  })
})
