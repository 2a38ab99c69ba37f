import { describe, expect, it } from 'vitest'
import { applicationsOpen, phaseState, seasonStatusLine, sortPhases, type Phase } from './timeline'

const d = (iso: string) => new Date(iso)
const phases: Phase[] = [
  { kind: 'APPLICATIONS_CLOSE', startsAt: d('2011-04-08T19:00:00Z'), endsAt: null },
  { kind: 'APPLICATIONS_OPEN', startsAt: d('2011-03-28T19:00:00Z'), endsAt: null },
  { kind: 'REVIEW', startsAt: d('2011-04-08T19:00:00Z'), endsAt: d('2011-04-22T19:00:00Z') },
  { kind: 'CODING', startsAt: d('2011-05-23T00:00:00Z'), endsAt: d('2011-08-22T19:00:00Z') },
]

describe('timeline', () => {
  it('sorts by start, then by the canonical order for phases that start together', () => {
    expect(sortPhases(phases).map((p) => p.kind)).toEqual(['APPLICATIONS_OPEN', 'APPLICATIONS_CLOSE', 'REVIEW', 'CODING'])
  })

  it('accepts applications from opening until one instant before closing, never after', () => {
    expect(applicationsOpen(phases, d('2011-03-28T18:59:59Z'))).toBe(false)
    expect(applicationsOpen(phases, d('2011-03-28T19:00:00Z'))).toBe(true)
    expect(applicationsOpen(phases, d('2011-04-08T18:59:59.999Z'))).toBe(true)
    expect(applicationsOpen(phases, d('2011-04-08T19:00:00Z'))).toBe(false)
    expect(applicationsOpen([], d('2011-04-01T00:00:00Z'))).toBe(false)
  })

  it('tells past, current and upcoming phases apart', () => {
    const now = d('2011-04-15T00:00:00Z')
    const state = (kind: Phase['kind']) => phaseState(phases.find((p) => p.kind === kind)!, phases, now)
    expect(state('APPLICATIONS_OPEN')).toBe('past')
    expect(state('REVIEW')).toBe('current')
    expect(state('CODING')).toBe('upcoming')
  })

  it('summarizes the season', () => {
    expect(seasonStatusLine(phases, d('2011-04-15T00:00:00Z'))).toContain('Proposal review')
    expect(seasonStatusLine(phases, d('2012-01-01T00:00:00Z'))).toBe('Season complete')
    expect(seasonStatusLine(phases, d('2011-01-01T00:00:00Z'))).toBe('Starts with: Applications open')
    expect(seasonStatusLine([], d('2011-01-01T00:00:00Z'))).toBe('Timeline not published yet')
  })
})
