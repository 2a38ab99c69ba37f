// A review's weighted criteria score (pure), what the rubric's weights are for: each scored criterion's score put on
// 0–1 within its own range (so a 1–10 criterion and a 1–5 one count alike), averaged with the criteria's weights,
// as a percentage. The overall score stays the reviewer's own judgement and is what the calibration reads; this is
// shown beside it on the proposal page, so a reader sees when the two disagree.

export type WeightedCriterion = { id: string; minScore: number; maxScore: number; weight: number }

/** 0–100 (whole), or null when no criterion that can vary was scored. */
export function weightedCriteriaPercent(criteria: readonly WeightedCriterion[], scores: readonly { criterionId: string; score: number }[]): number | null {
  const byId = new Map(criteria.map((c) => [c.id, c]))
  let sum = 0
  let weights = 0
  for (const { criterionId, score } of scores) {
    const c = byId.get(criterionId)
    if (!c || c.maxScore <= c.minScore || !(c.weight > 0)) continue
    const share = Math.min(1, Math.max(0, (score - c.minScore) / (c.maxScore - c.minScore)))
    sum += c.weight * share
    weights += c.weight
  }
  return weights > 0 ? Math.round((100 * sum) / weights) : null
}
