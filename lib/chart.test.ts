import { describe, expect, it } from 'vitest'
import { axisTicks, percentOf } from './chart'

describe('axisTicks', () => {
  it('counts in ones for small numbers and ends at or above the largest value', () => {
    expect(axisTicks(4)).toEqual([0, 1, 2, 3, 4])
    expect(axisTicks(5)).toEqual([0, 1, 2, 3, 4, 5])
    expect(axisTicks(0)).toEqual([0, 1])
  })

  it('takes steps of 2, 5, 10… so there are at most five intervals', () => {
    expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8])
    expect(axisTicks(12)).toEqual([0, 5, 10, 15])
    expect(axisTicks(230)).toEqual([0, 50, 100, 150, 200, 250])
  })
})

describe('percentOf', () => {
  it('places a value on the scale, clamped to it', () => {
    expect(percentOf(3, 8)).toBe(37.5)
    expect(percentOf(8, 8)).toBe(100)
    expect(percentOf(-1, 8)).toBe(0)
    expect(percentOf(1, 0)).toBe(0)
  })
})
