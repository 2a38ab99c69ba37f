// Pure helpers for the server-rendered bar chart: a scale whose ticks are round whole numbers.

/** Ticks from 0 to a round top at or above `max`, at most `intervals` steps of 1, 2 or 5 × 10ⁿ. */
export function axisTicks(max: number, intervals = 5): number[] {
  const top = Math.max(1, Math.ceil(max))
  let step = 1
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((m) => m * magnitude).find((s) => Math.ceil(top / s) <= intervals)
    if (found) {
      step = found
      break
    }
  }
  const end = Math.ceil(top / step) * step
  return Array.from({ length: end / step + 1 }, (_, i) => i * step)
}

/** A value's position on a scale that ends at `top`, as a percentage for SVG (0–100). */
export function percentOf(value: number, top: number): number {
  return top > 0 ? Math.round((Math.min(Math.max(value, 0), top) / top) * 10_000) / 100 : 0
}
