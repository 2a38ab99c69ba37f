// The cut line of a rank list and the proposals "near the cut": those whose calibrated score is within one
// standard error of the line (midway between the last proposal in and the first one out). Pure, no I/O.

export type CutRow = { id: string; calibrated: number | null; stdError: number | null }

export function cutScore(rows: ReadonlyArray<CutRow>, slots: number | null): number | null {
  if (slots === null || slots <= 0 || slots >= rows.length) return null
  const lastIn = rows[slots - 1]!.calibrated
  const firstOut = rows[slots]!.calibrated
  if (lastIn === null || firstOut === null) return null
  return (lastIn + firstOut) / 2
}

export function nearTheCut(rows: ReadonlyArray<CutRow>, slots: number | null): Set<string> {
  const line = cutScore(rows, slots)
  const near = new Set<string>()
  if (line === null) return near
  for (const row of rows) if (row.calibrated !== null && row.stdError !== null && Math.abs(row.calibrated - line) <= row.stdError) near.add(row.id)
  return near
}

/**
 * A conflicted admin saves the order of the proposals they see; the ones hidden from them keep their places.
 * `full` is the whole current order, `visible` the ids the admin may see, `submitted` their new order of those.
 */
export function mergeOrder(full: ReadonlyArray<string>, visible: ReadonlySet<string>, submitted: ReadonlyArray<string>): string[] {
  let next = 0
  return full.map((id) => (visible.has(id) ? submitted[next++]! : id))
}
