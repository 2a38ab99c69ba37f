import { describe, expect, it } from 'vitest'
import { scoreForKey } from './score-key'

describe('scoreForKey', () => {
  it('picks the digit on a 1–5 criterion, and nothing outside it', () => {
    expect(scoreForKey('1', 1, 5)).toBe(1)
    expect(scoreForKey('5', 1, 5)).toBe(5)
    expect(scoreForKey('6', 1, 5)).toBeNull()
    expect(scoreForKey('0', 1, 5)).toBeNull()
  })

  it('gives 10 for 0 on a criterion scored up to 10', () => {
    expect(scoreForKey('0', 1, 10)).toBe(10)
    expect(scoreForKey('9', 1, 10)).toBe(9)
  })

  it('keeps 0 for 0 where 0 is a score', () => {
    expect(scoreForKey('0', 0, 10)).toBe(0)
    expect(scoreForKey('0', 0, 3)).toBe(0)
  })

  it('ignores keys that are not one digit', () => {
    for (const key of ['a', 'Enter', '10', '', ' ', '-1', '²', '٣']) expect(scoreForKey(key, 0, 10)).toBeNull()
  })
})
