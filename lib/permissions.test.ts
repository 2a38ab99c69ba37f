import { describe, expect, it } from 'vitest'
import { mayPerform, proposalWriteEligibility, reviewAccess } from './permissions'

describe('mayPerform', () => {
  it('lets only admins administer a season', () => {
    expect(mayPerform(['ADMIN'], 'season.administer')).toBe(true)
    expect(mayPerform(['MENTOR'], 'season.administer')).toBe(false)
    expect(mayPerform(['STUDENT'], 'season.administer')).toBe(false)
    expect(mayPerform([], 'season.administer')).toBe(false)
  })
  it('lets mentors and admins review, and keeps students out', () => {
    expect(mayPerform(['MENTOR'], 'proposal.review')).toBe(true)
    expect(mayPerform(['ADMIN'], 'proposal.review')).toBe(true)
    expect(mayPerform(['STUDENT'], 'proposal.review')).toBe(false)
  })
  it('grants what any one of several roles grants', () => {
    expect(mayPerform(['STUDENT', 'MENTOR'], 'proposal.review')).toBe(true)
  })
})

describe('proposalWriteEligibility', () => {
  it('lets a user with no role write, joining the season as a student', () => {
    expect(proposalWriteEligibility([])).toEqual({ ok: true, joins: true })
  })
  it('lets a student write without joining again', () => {
    expect(proposalWriteEligibility(['STUDENT'])).toEqual({ ok: true, joins: false })
  })
  it('refuses mentors and admins (conflict of interest), also when they are students too', () => {
    for (const roles of [['MENTOR'], ['ADMIN'], ['ADMIN', 'MENTOR'], ['STUDENT', 'MENTOR']] as const) {
      const result = proposalWriteEligibility(roles)
      expect(result.ok).toBe(false)
      expect(!result.ok && result.message).toMatch(/conflict of interest/)
    }
    expect(proposalWriteEligibility(['ADMIN'])).toMatchObject({ message: /an admin/ })
    expect(proposalWriteEligibility(['MENTOR'])).toMatchObject({ message: /a mentor/ })
  })
})

describe('reviewAccess', () => {
  const free = { conflicted: false, reviewed: false }
  it('gives students and outsiders nothing of a review', () => {
    expect(reviewAccess(['STUDENT'], free)).toBe('none')
    expect(reviewAccess([], { conflicted: false, reviewed: true })).toBe('none')
  })
  it('shuts a conflicted mentor or admin out, even after a review', () => {
    expect(reviewAccess(['MENTOR'], { conflicted: true, reviewed: true })).toBe('conflicted')
    expect(reviewAccess(['ADMIN', 'MENTOR'], { conflicted: true, reviewed: false })).toBe('conflicted')
  })
  it('shows a mentor other scores only once they saved their own; admins always', () => {
    expect(reviewAccess(['MENTOR'], free)).toBe('own-only')
    expect(reviewAccess(['MENTOR'], { conflicted: false, reviewed: true })).toBe('full')
    expect(reviewAccess(['ADMIN'], free)).toBe('full')
  })
})
