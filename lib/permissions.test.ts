import { describe, expect, it } from 'vitest'
import { mayPerform } from './permissions'

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
