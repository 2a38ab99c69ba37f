// Scoring by digit key on the review form (components/reviews/ReviewPanel.tsx), as in HotCRP: the digit is the
// score. A criterion scored up to 10 has no key of its own for 10, so 0 gives 10 there, unless 0 is itself a
// score of the criterion.

/** The score a key press picks on a criterion scored from `min` to `max`, or null when the key picks none. */
export function scoreForKey(key: string, min: number, max: number): number | null {
  if (!/^[0-9]$/.test(key)) return null
  const digit = Number(key)
  const score = digit === 0 && min > 0 ? 10 : digit
  return score >= min && score <= max ? score : null
}
