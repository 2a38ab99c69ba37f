// Per-proposal scores from the overall scores of its reviews: raw mean, spread and the calibrated score with its
// standard error (lib/calibration.ts), fitted over the whole season; every page reads scores through here. The
// caller passes every scored review of the season (the fit needs them all) and blanks what its viewer may not
// see. Pure, no I/O.
import { fitCalibration, hasLargeResidual } from '@/lib/calibration'

export type ReviewScoreRow = { proposalId: string; reviewerId: string; score: number }

export type ProposalScore = {
  n: number
  rawMean: number | null
  /** max − min of the overall scores; the disagreement queue takes proposals with a spread of 2 or more. */
  spread: number | null
  /** Corrected for harsh and lenient reviewers (the season's fit). */
  calibrated: number | null
  stdError: number | null
  /** Reviewers disagree widely: a spread of 2 or more, or a review far from what the fit expects. */
  disagreement: boolean
}

export type SeasonScores = {
  proposals: Map<string, ProposalScore>
  /** The season's agreement among reviewers (intraclass correlation); null when it cannot be told. */
  icc: number | null
}

export const DISAGREEMENT_SPREAD = 2

export function proposalScores(rows: ReadonlyArray<ReviewScoreRow>): SeasonScores {
  const fit = fitCalibration(rows)
  const proposals = new Map<string, ProposalScore>()
  for (const [id, p] of fit.proposals) {
    proposals.set(id, {
      n: p.n,
      rawMean: p.rawMean,
      spread: p.spread,
      calibrated: p.calibrated,
      stdError: p.stdError,
      disagreement: p.spread >= DISAGREEMENT_SPREAD || hasLargeResidual(p, fit),
    })
  }
  return { proposals, icc: fit.icc }
}

/** The score a list sorts and ranks by: calibrated when there is one, else the raw mean. */
export function rankingScore(score: ProposalScore | undefined): number | null {
  return score ? (score.calibrated ?? score.rawMean) : null
}
