// What a save of the rank list changed, for its audit entry (pure). Storing the whole order before and after took
// about 100 KB per save at 2,000 proposals and read as two walls of ids; what a person wants to know is which
// proposals the admin moved. Those are the ones outside a longest run that kept its relative order: moving one
// proposal from 1,500 to 1 shifts 1,499 others by a place, but moves only that one.

export type RankMove = { proposalId: string; from: number | null; to: number }

/**
 * The proposals moved between two orders, by their new position, with 1-based positions (`from` null for one
 * that was not in the old order). A proposal only in the old order is not a move (it left the list).
 */
export function rankMoves(before: readonly string[], after: readonly string[]): RankMove[] {
  const oldPosition = new Map(before.map((id, index) => [id, index]))
  // Longest increasing subsequence of the old positions, in the new order (patience sorting, O(n log n)).
  const kept: number[] = [] // kept[k]: index in `after` of the smallest tail of a run of length k + 1
  const previous = new Array<number>(after.length).fill(-1)
  after.forEach((id, index) => {
    const old = oldPosition.get(id)
    if (old === undefined) return
    let low = 0
    let high = kept.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (oldPosition.get(after[kept[middle]!]!)! < old) low = middle + 1
      else high = middle
    }
    previous[index] = low > 0 ? kept[low - 1]! : -1
    kept[low] = index
  })
  const inRun = new Set<number>()
  for (let index = kept.length ? kept[kept.length - 1]! : -1; index !== -1; index = previous[index]!) inRun.add(index)
  const moves: RankMove[] = []
  after.forEach((id, index) => {
    if (inRun.has(index)) return
    const old = oldPosition.get(id)
    moves.push({ proposalId: id, from: old === undefined ? null : old + 1, to: index + 1 })
  })
  return moves
}
