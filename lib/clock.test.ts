import { describe, expect, it } from 'vitest'
import { effectiveNow, nextStamp } from './clock'

const d = (iso: string) => new Date(iso)

describe('effectiveNow', () => {
  it('reads the pinned moment when there is one, else real time', () => {
    expect(effectiveNow(d('2011-04-01T12:00:00Z'), d('2026-11-26T09:00:00Z')).toISOString()).toBe('2011-04-01T12:00:00.000Z')
    expect(effectiveNow(null, d('2026-11-26T09:00:00Z')).toISOString()).toBe('2026-11-26T09:00:00.000Z')
  })
})

describe('nextStamp', () => {
  it('is the app clock when it is later than the previous stamp', () => {
    expect(nextStamp(d('2011-04-01T12:00:00Z'), d('2011-03-30T08:00:00Z')).toISOString()).toBe('2011-04-01T12:00:00.000Z')
    expect(nextStamp(d('2011-04-01T12:00:00Z'), null).toISOString()).toBe('2011-04-01T12:00:00.000Z')
  })

  it('steps one millisecond past the previous stamp while the clock stands still, so every write has a new version', () => {
    const now = d('2011-04-01T12:00:00Z')
    const first = nextStamp(now, d('2011-04-01T12:00:00Z'))
    const second = nextStamp(now, first)
    expect([first.toISOString(), second.toISOString()]).toEqual(['2011-04-01T12:00:00.001Z', '2011-04-01T12:00:00.002Z'])
  })

  it('takes the clock when it was moved back (a row last written in real time, then the demo pinned to 2011)', () => {
    expect(nextStamp(d('2011-04-01T12:00:00Z'), d('2026-11-26T09:00:00Z')).toISOString()).toBe('2011-04-01T12:00:00.000Z')
  })
})
