import { describe, expect, it } from 'vitest'
import { formatDateTime, isValidTimeZone } from './dates'

describe('formatDateTime', () => {
  const deadline = new Date('2011-04-08T19:00:00Z')
  it('shows UTC by default, with the zone named', () => {
    expect(formatDateTime(deadline)).toBe('8 April 2011, 19:00 UTC')
  })
  it('shows the viewer’s zone with its name', () => {
    expect(formatDateTime(deadline, 'Europe/Berlin')).toBe('8 April 2011, 21:00 GMT+2 (Europe/Berlin)')
    expect(formatDateTime(deadline, 'Asia/Kolkata')).toBe('9 April 2011, 00:30 GMT+5:30 (Asia/Kolkata)')
  })
  it('falls back to UTC for an unknown zone', () => {
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(formatDateTime(deadline, 'Mars/Olympus')).toBe('8 April 2011, 19:00 UTC')
  })
})
