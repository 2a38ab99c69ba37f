import { describe, expect, it } from 'vitest'
import { rankMoves } from './moves'

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`)

describe('rankMoves', () => {
  it('finds nothing when the order is the same', () => {
    expect(rankMoves(ids(5), ids(5))).toEqual([])
  })

  it('names only the proposal moved, not the ones it shifted', () => {
    const before = ids(2000)
    const after = ['p1500', ...before.filter((id) => id !== 'p1500')]
    expect(rankMoves(before, after)).toEqual([{ proposalId: 'p1500', from: 1500, to: 1 }])
  })

  it('names one of two swapped neighbours', () => {
    expect(rankMoves(['a', 'b', 'c'], ['b', 'a', 'c'])).toHaveLength(1)
  })

  it('names every proposal of a reversed list but one', () => {
    const moves = rankMoves(ids(6), [...ids(6)].reverse())
    expect(moves).toHaveLength(5)
    for (const move of moves) expect(move.to).toBe(7 - move.from!)
  })

  it('gives a proposal new to the list no old position, and ignores one that left it', () => {
    expect(rankMoves(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([{ proposalId: 'x', from: null, to: 2 }])
  })

  it('lists the moves by their new position', () => {
    const moves = rankMoves(ids(5), ['p5', 'p2', 'p3', 'p4', 'p1'])
    expect(moves.map((m) => m.to)).toEqual([...moves.map((m) => m.to)].sort((a, b) => a - b))
    expect(moves).toHaveLength(2)
  })
})
