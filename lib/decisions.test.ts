import { describe, expect, it } from 'vitest'
import { decisionsArePublic, decisionsPublishedAt } from './decisions'

describe('decisionsArePublic', () => {
  const phases = [
    { kind: 'APPLICATIONS_CLOSE', startsAt: new Date('2011-04-08T19:00:00Z') },
    { kind: 'ACCEPTED_ANNOUNCED', startsAt: new Date('2011-04-25T19:00:00Z') },
  ]
  it('is false before the announcement phase starts and true from its first moment on', () => {
    expect(decisionsPublishedAt(phases)).toEqual(new Date('2011-04-25T19:00:00Z'))
    expect(decisionsArePublic(phases, new Date('2011-04-25T18:59:59.999Z'))).toBe(false)
    expect(decisionsArePublic(phases, new Date('2011-04-25T19:00:00Z'))).toBe(true)
  })
  it('is never true for a season without an announcement date', () => {
    expect(decisionsPublishedAt(phases.slice(0, 1))).toBeNull()
    expect(decisionsArePublic(phases.slice(0, 1), new Date('2099-01-01T00:00:00Z'))).toBe(false)
  })
})
