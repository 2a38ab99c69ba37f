import { describe, expect, it } from 'vitest'
import { auditChanges } from './audit-diff'

describe('auditChanges', () => {
  it('lists the fields that changed, with values shown as text', () => {
    expect(auditChanges({ title: 'A', capacity: 1, skills: ['c'] }, { title: 'B', capacity: 1, skills: ['c', 'go'] })).toEqual([
      { field: 'title', before: 'A', after: 'B' },
      { field: 'skills', before: '["c"]', after: '["c","go"]' },
    ])
  })
  it('shows creation and deletion as a change from or to nothing', () => {
    expect(auditChanges(null, { status: 'DRAFT' })).toEqual([{ field: 'status', before: '—', after: 'DRAFT' }])
    expect(auditChanges({ status: 'DRAFT' }, undefined)).toEqual([{ field: 'status', before: 'DRAFT', after: '—' }])
  })
  it('leaves bookkeeping timestamps out', () => {
    expect(auditChanges({ updatedAt: '1' }, { updatedAt: '2' })).toEqual([])
  })
})
