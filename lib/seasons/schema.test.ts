import { describe, expect, it } from 'vitest'
import { checkTimeline, formatLocalInput, type PlannedPhase } from './schema'

const at = (iso: string) => new Date(iso)
const xen2011: PlannedPhase[] = [
  { kind: 'IDEAS_PUBLISHED', startsAt: at('2011-03-18T19:00:00Z'), endsAt: null },
  { kind: 'APPLICATIONS_OPEN', startsAt: at('2011-03-28T19:00:00Z'), endsAt: null },
  { kind: 'APPLICATIONS_CLOSE', startsAt: at('2011-04-08T19:00:00Z'), endsAt: null },
  { kind: 'REVIEW', startsAt: at('2011-04-08T19:00:00Z'), endsAt: at('2011-04-22T19:00:00Z') },
  { kind: 'SLOT_REQUEST', startsAt: at('2011-04-11T19:00:00Z'), endsAt: at('2011-04-15T19:00:00Z') },
  { kind: 'SLOTS_KNOWN', startsAt: at('2011-04-18T19:00:00Z'), endsAt: null },
  { kind: 'ACCEPTED_ANNOUNCED', startsAt: at('2011-04-25T19:00:00Z'), endsAt: null },
  { kind: 'CODING', startsAt: at('2011-05-23T00:00:00Z'), endsAt: at('2011-08-22T19:00:00Z') },
  { kind: 'EVALUATIONS', startsAt: at('2011-07-11T19:00:00Z'), endsAt: at('2011-08-26T19:00:00Z') },
]
const moved = (kind: string, iso: string) => xen2011.map((p) => (p.kind === kind ? { ...p, startsAt: at(iso) } : p))

describe('checkTimeline: the order of the phases', () => {
  it('accepts the real 2011 timeline: review starts as applications close, and windows overlap', () => {
    expect(checkTimeline(xen2011)).toEqual({})
  })

  it('refuses an application deadline after the review starts, with a message beside both starts', () => {
    const errors = checkTimeline(moved('APPLICATIONS_CLOSE', '2011-04-10T19:00:00Z'))
    expect(errors).toEqual({
      'phases.APPLICATIONS_CLOSE.startsAt': ['Applications close must not come after Proposal review, which starts 8 April 2011, 19:00 UTC. The phases run in the order listed.'],
      'phases.REVIEW.startsAt': ['Proposal review must not start before Applications close, set to 10 April 2011, 19:00 UTC. The phases run in the order listed.'],
    })
  })

  it('compares each phase with the one before it that is on the timeline', () => {
    const errors = checkTimeline(xen2011.filter((p) => p.kind !== 'SLOTS_KNOWN').map((p) => (p.kind === 'ACCEPTED_ANNOUNCED' ? { ...p, startsAt: at('2011-04-09T00:00:00Z') } : p)))
    expect(Object.keys(errors).sort()).toEqual(['phases.ACCEPTED_ANNOUNCED.startsAt', 'phases.SLOT_REQUEST.startsAt'])
  })

  it('says "close after they open" once for that pair, not twice', () => {
    const errors = checkTimeline(moved('APPLICATIONS_CLOSE', '2011-03-20T19:00:00Z'))
    expect(errors['phases.APPLICATIONS_CLOSE.startsAt']).toEqual(['Applications must close after they open.'])
    expect(errors['phases.APPLICATIONS_OPEN.startsAt']).toBeUndefined()
  })
})

describe('formatLocalInput', () => {
  it('prints a datetime-local value the way the pages print dates, whatever the browser’s locale', () => {
    expect(formatLocalInput('2011-04-08T20:00')).toBe('Friday 8 April 2011, 20:00')
    expect(formatLocalInput('')).toBeNull()
    expect(formatLocalInput('2011-02-30T20:00')).toBeNull()
  })
})
