import { describe, expect, it } from 'vitest'
import { cutScore, mergeOrder, nearTheCut } from './cut'

const rows = [
  { id: 'a', calibrated: 4.6, stdError: 0.2 },
  { id: 'b', calibrated: 3.9, stdError: 0.3 },
  { id: 'c', calibrated: 3.5, stdError: 0.1 },
  { id: 'd', calibrated: 2.0, stdError: 0.4 },
]

describe('the cut line', () => {
  it('sits midway between the last proposal in and the first one out', () => {
    expect(cutScore(rows, 2)).toBeCloseTo(3.7)
    expect(cutScore(rows, 0)).toBeNull()
    expect(cutScore(rows, 4)).toBeNull()
    expect(cutScore(rows, null)).toBeNull()
  })
  it('marks the proposals whose calibrated score is within one standard error of it', () => {
    expect([...nearTheCut(rows, 2)]).toEqual(['b']) // |3.9 − 3.7| = 0.2 ≤ 0.3; c: 0.2 > 0.1
    expect([...nearTheCut(rows, 3)]).toEqual([]) // line 2.75: none within reach
    expect([...nearTheCut(rows, null)]).toEqual([])
  })
  it('keeps the places of the proposals hidden from a conflicted admin', () => {
    expect(mergeOrder(['a', 'x', 'b', 'c'], new Set(['a', 'b', 'c']), ['c', 'a', 'b'])).toEqual(['c', 'x', 'a', 'b'])
  })
})
