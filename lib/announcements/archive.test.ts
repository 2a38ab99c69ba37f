import { describe, expect, it } from 'vitest'
import { parseMonth, parseYear } from './archive'

describe('news archive segments', () => {
  it('parses four-digit years and two-digit months', () => {
    expect(parseYear('2011')).toBe(2011)
    expect(parseMonth('04')).toBe(4)
  })
  it('rejects anything else', () => {
    for (const bad of ['11', '20111', 'abcd', '2011x', '0999']) expect(parseYear(bad), bad).toBeNull()
    for (const bad of ['4', '00', '13', 'ab', '004']) expect(parseMonth(bad), bad).toBeNull()
  })
})
