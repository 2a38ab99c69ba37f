// Score calibration: corrects proposals' scores for harsh and lenient reviewers with the additive model used for
// NeurIPS reviewing, and measures the season's agreement. Pure: no I/O, nothing of the app.
//
// Model: score(proposal i, reviewer j) = μ + q_i + b_j + e_ij, with q_i ~ N(0, σ²q) the proposal's quality,
// b_j ~ N(0, σ²b) the reviewer's leniency and e_ij ~ N(0, σ²e) noise. The effects are fitted by alternating
// averages (backfitting) with a ridge penalty, which is the same as taking the random effects' posterior means:
//   q_i = Σ_j (score_ij − μ − b_j) / (n_i + λq),   λq = σ²e / σ²q
//   b_j = Σ_i (score_ij − μ − q_i) / (n_j + λb),   λb = σ²e / σ²b
// λ acts as that many imaginary "average" reviews, so a reviewer with two reviews is corrected only partly and a
// proposal with one review is pulled toward the mean. The variances are estimated in the same loop (an EM step
// that treats the two effects' posteriors as independent), and give the agreement: ICC = σ²q / (σ²q + σ²e).

export type ReviewScore = { proposalId: string; reviewerId: string; score: number }

export type CalibrationOptions = {
  /** When given, a score outside [min, max] is an error (as is a non-finite score, always). */
  scale?: { min: number; max: number }
  /**
   * Least number of imaginary average reviews a reviewer's leniency is shrunk with (default 1), whatever the fit
   * says: with a handful of reviewers their spread is poorly known, and a newcomer should not be over-corrected.
   */
  minLeniencyPseudoReviews?: number
  /** Stop when no estimate moves by more than this (default 1e-6). */
  tolerance?: number
  /** Give up after this many sweeps (default 2,000); `converged` then says false. */
  maxIterations?: number
}

export type ProposalCalibration = {
  /** μ + q_i: the proposal's score with reviewers' leniency taken out, on the scale of the scores. */
  calibrated: number
  /** Standard error of `calibrated` (noise and the uncertainty of its reviewers' leniencies). */
  stdError: number
  rawMean: number
  n: number
  /** Highest minus lowest raw score. */
  spread: number
  /** Largest |residual| of its reviews under the fit: a reviewer who disagrees beyond leniency and noise. */
  maxAbsResidual: number
}

export type ReviewerCalibration = {
  /** b_j: how much higher than the model's expectation this reviewer scores (negative: harsh). */
  leniency: number
  n: number
}

export type Calibration = {
  grandMean: number
  proposals: Map<string, ProposalCalibration>
  reviewers: Map<string, ReviewerCalibration>
  /** Intraclass correlation σ²q / (σ²q + σ²e); null when it cannot be told (fewer than two proposals with two reviews, or all scores equal). */
  icc: number | null
  /** Estimated variance components. */
  variances: { quality: number; leniency: number; noise: number }
  iterations: number
  converged: boolean
}

const NEGLIGIBLE = 1e-2

const DEFAULTS = { minLeniencyPseudoReviews: 1, tolerance: 1e-6, maxIterations: 2000 }

/**
 * Fits the model. Throws a RangeError on a non-finite score, a score outside `options.scale`, an empty id, or two
 * scores by one reviewer for one proposal (the caller passes each review's overall score once). No reviews: an
 * empty fit with grandMean 0. A single reviewer (or a single proposal) cannot be separated from the overall mean:
 * that effect stays 0.
 */
export function fitCalibration(reviews: ReadonlyArray<ReviewScore>, options: CalibrationOptions = {}): Calibration {
  const { minLeniencyPseudoReviews, tolerance, maxIterations } = { ...DEFAULTS, ...options }
  if (!(minLeniencyPseudoReviews >= 0)) throw new RangeError('minLeniencyPseudoReviews must be 0 or more')

  // Index the reviews once: the loop then runs on typed arrays.
  const proposalIndex = new Map<string, number>()
  const reviewerIndex = new Map<string, number>()
  const N = reviews.length
  const y = new Float64Array(N)
  const pOf = new Int32Array(N)
  const rOf = new Int32Array(N)
  const seen = new Set<string>()
  for (let k = 0; k < N; k++) {
    const { proposalId, reviewerId, score } = reviews[k]!
    if (!proposalId || !reviewerId) throw new RangeError(`review ${k} has no proposal or reviewer id`)
    if (!Number.isFinite(score)) throw new RangeError(`review ${k} (proposal ${proposalId}) has a score that is not a number`)
    if (options.scale && (score < options.scale.min || score > options.scale.max)) {
      throw new RangeError(`review ${k} (proposal ${proposalId}) scores ${score}, outside ${options.scale.min}–${options.scale.max}`)
    }
    const pair = `${proposalId}\u0000${reviewerId}`
    if (seen.has(pair)) throw new RangeError(`reviewer ${reviewerId} scores proposal ${proposalId} twice`)
    seen.add(pair)
    let p = proposalIndex.get(proposalId)
    if (p === undefined) proposalIndex.set(proposalId, (p = proposalIndex.size))
    let r = reviewerIndex.get(reviewerId)
    if (r === undefined) reviewerIndex.set(reviewerId, (r = reviewerIndex.size))
    y[k] = score
    pOf[k] = p
    rOf[k] = r
  }
  const P = proposalIndex.size
  const R = reviewerIndex.size
  const nP = new Float64Array(P)
  const nR = new Float64Array(R)
  const sumP = new Float64Array(P)
  const minP = new Float64Array(P).fill(Infinity)
  const maxP = new Float64Array(P).fill(-Infinity)
  let total = 0
  for (let k = 0; k < N; k++) {
    const i = pOf[k]!
    const j = rOf[k]!
    const score = y[k]!
    nP[i] = nP[i]! + 1
    nR[j] = nR[j]! + 1
    sumP[i] = sumP[i]! + score
    minP[i] = Math.min(minP[i]!, score)
    maxP[i] = Math.max(maxP[i]!, score)
    total += score
  }
  const mean = N > 0 ? total / N : 0
  let variance = 0
  for (let k = 0; k < N; k++) variance += (y[k]! - mean) ** 2
  variance = N > 1 ? variance / N : 0

  const q = new Float64Array(P)
  const b = new Float64Array(R)
  let mu = mean
  const fitQuality = P > 1
  const fitLeniency = R > 1
  // Quality and noise can be told apart only from proposals read more than once. Until two are, their split is
  // not in the data (the fit would drift toward calling everything noise, every proposal equal): hold it at even.
  let repeated = 0
  for (let i = 0; i < P; i++) if (nP[i]! >= 2) repeated++
  const splitKnown = repeated >= 2
  // Start from a neutral split of the variance; a variance that reaches the floor switches its effect off.
  const floor = Math.max(variance, 1e-12) * 1e-9
  let s2q = variance / 3
  let s2b = variance / 3
  let s2e = variance / 3
  let iterations = 0
  let converged = variance === 0 // all scores equal (or none): nothing to fit

  const sumQ = new Float64Array(P)
  const sumB = new Float64Array(R)
  while (!converged && iterations < maxIterations) {
    iterations++
    let change = 0
    const lq = s2e / Math.max(s2q, floor)
    const lb = Math.max(s2e / Math.max(s2b, floor), minLeniencyPseudoReviews)

    let muSum = 0
    for (let k = 0; k < N; k++) muSum += y[k]! - q[pOf[k]!]! - b[rOf[k]!]!
    const newMu = muSum / N
    change = Math.max(change, Math.abs(newMu - mu))
    mu = newMu

    if (fitQuality) {
      sumQ.fill(0)
      for (let k = 0; k < N; k++) {
        const i = pOf[k]!
        sumQ[i] = sumQ[i]! + y[k]! - mu - b[rOf[k]!]!
      }
      for (let i = 0; i < P; i++) {
        const next = sumQ[i]! / (nP[i]! + lq)
        change = Math.max(change, Math.abs(next - q[i]!))
        q[i] = next
      }
    }
    if (fitLeniency) {
      sumB.fill(0)
      for (let k = 0; k < N; k++) {
        const j = rOf[k]!
        sumB[j] = sumB[j]! + y[k]! - mu - q[pOf[k]!]!
      }
      for (let j = 0; j < R; j++) {
        const next = sumB[j]! / (nR[j]! + lb)
        change = Math.max(change, Math.abs(next - b[j]!))
        b[j] = next
      }
    }

    // EM step for the variances: E[effect²] = estimate² + posterior variance; the noise gets back what the
    // shrunken effects leave out of the residuals.
    let rss = 0
    for (let k = 0; k < N; k++) rss += (y[k]! - mu - q[pOf[k]!]! - b[rOf[k]!]!) ** 2
    let qSq = 0
    let qTrace = 0
    for (let i = 0; i < P; i++) {
      const v = s2e / (nP[i]! + lq)
      qSq += q[i]! * q[i]! + v
      qTrace += nP[i]! * v
    }
    let bSq = 0
    let bTrace = 0
    for (let j = 0; j < R; j++) {
      const v = s2e / (nR[j]! + lb)
      bSq += b[j]! * b[j]! + v
      bTrace += nR[j]! * v
    }
    const next = {
      q: fitQuality ? qSq / P : 0,
      b: fitLeniency ? bSq / R : 0,
      e: Math.max((rss + (fitQuality ? qTrace : 0) + (fitLeniency ? bTrace : 0)) / N, floor),
    }
    if (fitQuality && !splitKnown) next.q = next.e = Math.max((next.q + next.e) / 2, floor)
    // An effect whose variance falls below a hundredth of the noise's is nil for any ranking (a leniency of a tenth
    // of the noise), and EM creeps toward zero at a crawl (thousands of sweeps): stop it there, i.e. at most 100
    // imaginary reviews of shrinkage. The agreement figure is then 0.01 at the least.
    if (fitQuality) next.q = Math.max(next.q, NEGLIGIBLE * next.e)
    if (fitLeniency) next.b = Math.max(next.b, NEGLIGIBLE * next.e)
    change = Math.max(change, Math.abs(next.q - s2q), Math.abs(next.b - s2b), Math.abs(next.e - s2e))
    s2q = next.q
    s2b = next.b
    s2e = next.e
    if (change < tolerance) converged = true
  }

  // Standard error of μ + q_i: the noise averaged over its reviews (shrunk), plus what its reviewers' leniency
  // estimates are unsure of, carried through the q_i update.
  const lq = fitQuality ? s2e / Math.max(s2q, floor) : Infinity
  const lb = fitLeniency ? Math.max(s2e / Math.max(s2b, floor), minLeniencyPseudoReviews) : Infinity
  const leniencyVar = new Float64Array(P)
  const maxResidual = new Float64Array(P)
  for (let k = 0; k < N; k++) {
    const i = pOf[k]!
    const j = rOf[k]!
    if (fitLeniency) leniencyVar[i] = leniencyVar[i]! + s2e / (nR[j]! + lb)
    const residual = Math.abs(y[k]! - mu - q[i]! - b[j]!)
    if (residual > maxResidual[i]!) maxResidual[i] = residual
  }

  const proposals = new Map<string, ProposalCalibration>()
  for (const [id, i] of proposalIndex) {
    const d = nP[i]! + (fitQuality ? lq : 0)
    const noiseVar = fitQuality ? s2e / d : s2e / nP[i]!
    proposals.set(id, {
      calibrated: mu + q[i]!,
      stdError: variance === 0 ? 0 : Math.sqrt(noiseVar + (fitQuality ? leniencyVar[i]! / (d * d) : 0)),
      rawMean: sumP[i]! / nP[i]!,
      n: nP[i]!,
      spread: maxP[i]! - minP[i]!,
      maxAbsResidual: maxResidual[i]!,
    })
  }
  const reviewers = new Map<string, ReviewerCalibration>()
  for (const [id, j] of reviewerIndex) reviewers.set(id, { leniency: b[j]!, n: nR[j]! })

  const icc = variance > 0 && fitQuality && splitKnown ? s2q / (s2q + s2e) : null

  return {
    grandMean: mu,
    proposals,
    reviewers,
    icc,
    variances: { quality: variance === 0 ? 0 : s2q, leniency: variance === 0 ? 0 : s2b, noise: variance === 0 ? 0 : s2e },
    iterations,
    converged,
  }
}

/** How many noise standard deviations a review must be from the fit's expectation to count as disagreement. */
export const LARGE_RESIDUAL_SDS = 2.5

/**
 * A review of this proposal is further from what the model expects (overall mean + quality + its reviewer's
 * leniency) than LARGE_RESIDUAL_SDS noise standard deviations: a disagreement that leniency does not explain.
 */
export function hasLargeResidual(proposal: ProposalCalibration, fit: Pick<Calibration, 'variances'>): boolean {
  return fit.variances.noise > 0 && proposal.n >= 2 && proposal.maxAbsResidual > LARGE_RESIDUAL_SDS * Math.sqrt(fit.variances.noise)
}

/** Reviewers disagree widely: their overall scores span 2 points or more. */
export function disagreement(scores: ReadonlyArray<number>): boolean {
  if (scores.length < 2) return false
  return Math.max(...scores) - Math.min(...scores) >= 2
}
