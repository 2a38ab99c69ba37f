// Per-proposal scores from the overall scores of its reviews. THE SEAM for calibration: once lib/calibration.ts
// lands, `proposalScores` fills `calibrated` (and `stdError`) from its fit; every page reads scores through here.
// Pure, no I/O.

export type ReviewScoreRow = { proposalId: string; reviewerId: string; score: number }

export type ProposalScore = {
  n: number
  rawMean: number | null
  /** max − min of the overall scores; the disagreement queue takes proposals with a spread of 2 or more. */
  spread: number | null
  /** Corrected for harsh and lenient reviewers; null until calibration is merged (then the raw mean is shown). */
  calibrated: number | null
  stdError: number | null
}

export const DISAGREEMENT_SPREAD = 2

export function proposalScores(rows: ReviewScoreRow[]): Map<string, ProposalScore> {
  const by = new Map<string, number[]>()
  for (const row of rows) {
    const list = by.get(row.proposalId)
    if (list) list.push(row.score)
    else by.set(row.proposalId, [row.score])
  }
  const out = new Map<string, ProposalScore>()
  for (const [id, scores] of by) {
    const n = scores.length
    out.set(id, {
      n,
      rawMean: n ? scores.reduce((a, b) => a + b, 0) / n : null,
      spread: n ? Math.max(...scores) - Math.min(...scores) : null,
      calibrated: null,
      stdError: null,
    })
  }
  return out
}

/** The score a list sorts and ranks by: calibrated when there is one, else the raw mean. */
export function rankingScore(score: ProposalScore | undefined): number | null {
  return score ? (score.calibrated ?? score.rawMean) : null
}
