import { describe, expect, it } from 'vitest'
import { canEdit, canSubmit, canWithdraw, capRefusal, missingForSubmission, visibleStatus } from './rules'

describe('status moves', () => {
  it('allows editing until a decision', () => {
    expect(['DRAFT', 'SUBMITTED', 'WITHDRAWN'].every((s) => canEdit(s as never))).toBe(true)
    expect(canEdit('ACCEPTED')).toBe(false)
    expect(canEdit('REJECTED')).toBe(false)
  })
  it('submits drafts and withdrawn proposals, withdraws submitted ones', () => {
    expect(canSubmit('DRAFT')).toBe(true)
    expect(canSubmit('WITHDRAWN')).toBe(true)
    expect(canSubmit('SUBMITTED')).toBe(false)
    expect(canSubmit('ACCEPTED')).toBe(false)
    expect(canWithdraw('SUBMITTED')).toBe(true)
    expect(canWithdraw('DRAFT')).toBe(false)
    expect(canWithdraw('WITHDRAWN')).toBe(false)
    expect(canWithdraw('ACCEPTED')).toBe(false)
  })
})

describe('missingForSubmission', () => {
  it('asks for a title and an abstract', () => {
    expect(missingForSubmission({ title: ' ', abstract: '' })).toEqual({
      title: [expect.stringMatching(/title/)],
      abstract: [expect.stringMatching(/abstract/)],
    })
    expect(missingForSubmission({ title: 'A title', abstract: 'Some text' })).toEqual({})
  })
})

describe('capRefusal', () => {
  it('allows submitting below the cap and refuses at it', () => {
    expect(capRefusal(0, 1)).toBeNull()
    expect(capRefusal(2, 3)).toBeNull()
    expect(capRefusal(1, 1)).toMatch(/at most 1 proposal\b/)
    expect(capRefusal(3, 3)).toMatch(/already have 3 submitted proposals .* at most 3 proposals/)
  })
})

describe('visibleStatus', () => {
  const phases = [{ kind: 'ACCEPTED_ANNOUNCED', startsAt: new Date('2011-04-25T19:00:00Z') }]
  it('keeps a decision hidden until the accepted students are announced', () => {
    expect(visibleStatus('ACCEPTED', phases, new Date('2011-04-20T00:00:00Z'))).toBe('SUBMITTED')
    expect(visibleStatus('REJECTED', phases, new Date('2011-04-20T00:00:00Z'))).toBe('SUBMITTED')
    expect(visibleStatus('ACCEPTED', phases, new Date('2011-04-25T19:00:00Z'))).toBe('ACCEPTED')
    expect(visibleStatus('REJECTED', phases, new Date('2011-05-01T00:00:00Z'))).toBe('REJECTED')
    expect(visibleStatus('ACCEPTED', [], new Date('2030-01-01T00:00:00Z'))).toBe('SUBMITTED')
  })
  it('shows the other statuses as they are', () => {
    expect(visibleStatus('DRAFT', phases, new Date(0))).toBe('DRAFT')
    expect(visibleStatus('WITHDRAWN', phases, new Date(0))).toBe('WITHDRAWN')
  })
})
