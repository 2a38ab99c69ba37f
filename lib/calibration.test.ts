import { describe, expect, it } from 'vitest'
import { plantSeason } from '@/tests/support/planted-seasons'
import { disagreement, fitCalibration, hasLargeResidual, type ReviewScore } from './calibration'

/** Kendall's tau-b between two scorings of the same ids. */
function kendall(ids: string[], a: (id: string) => number, b: (id: string) => number) {
  let concordant = 0
  let discordant = 0
  let tiesA = 0
  let tiesB = 0
  const as = ids.map(a)
  const bs = ids.map(b)
  for (let x = 0; x < ids.length; x++) {
    for (let y = x + 1; y < ids.length; y++) {
      const da = Math.sign(as[x]! - as[y]!)
      const db = Math.sign(bs[x]! - bs[y]!)
      if (da === 0 && db === 0) continue
      if (da === 0) tiesA++
      else if (db === 0) tiesB++
      else if (da === db) concordant++
      else discordant++
    }
  }
  return (concordant - discordant) / Math.sqrt((concordant + discordant + tiesA) * (concordant + discordant + tiesB))
}

describe('fitCalibration', () => {
  it('recovers the planted order of proposals better than the raw mean, seed after seed', () => {
    let wins = 0
    let gain = 0
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    for (const seed of seeds) {
      const { reviews, quality } = plantSeason(seed)
      const fit = fitCalibration(reviews, { scale: { min: 1, max: 5 } })
      const ids = [...quality.keys()]
      const truth = (id: string) => quality.get(id)!
      const calibrated = kendall(ids, truth, (id) => fit.proposals.get(id)!.calibrated)
      const raw = kendall(ids, truth, (id) => fit.proposals.get(id)!.rawMean)
      if (calibrated > raw) wins++
      gain += calibrated - raw
    }
    expect(wins).toBe(seeds.length)
    expect(gain / seeds.length).toBeGreaterThan(0.03)
  })

  it('recovers the planted leniencies of reviewers', () => {
    const { reviews, leniency } = plantSeason(11, { proposals: 400, round: false })
    const fit = fitCalibration(reviews)
    const ids = [...leniency.keys()]
    expect(kendall(ids, (id) => leniency.get(id)!, (id) => fit.reviewers.get(id)!.leniency)).toBeGreaterThan(0.8)
  })

  it('estimates the agreement (ICC) near the planted value', () => {
    // Planted ICC = 0.8² / (0.8² + 0.6²) = 0.64; and with no quality at all, near 0.
    for (const seed of [21, 22, 23]) {
      const season = plantSeason(seed, { proposals: 500, reviewers: 40, perProposal: 4, round: false })
      const fit = fitCalibration(season.reviews)
      expect(fit.icc).not.toBeNull()
      expect(Math.abs(fit.icc! - 0.64)).toBeLessThan(0.06)
      // Forty reviewers' leniencies vary by chance around the planted 0.49: compare with what was drawn.
      const drawn = [...season.leniency.values()]
      const mean = drawn.reduce((s, x) => s + x, 0) / drawn.length
      const drawnVariance = drawn.reduce((s, x) => s + (x - mean) ** 2, 0) / drawn.length
      expect(fit.variances.leniency / drawnVariance).toBeGreaterThan(0.8)
      expect(fit.variances.leniency / drawnVariance).toBeLessThan(1.25)
    }
    const noise = fitCalibration(plantSeason(24, { proposals: 500, perProposal: 4, sdQuality: 0, round: false }).reviews)
    expect(noise.icc!).toBeLessThan(0.08)
  })

  it('corrects a reviewer with two reviews only partly (shrinkage toward zero)', () => {
    const { reviews } = plantSeason(31, { proposals: 60, reviewers: 6, perProposal: 3, sdLeniency: 0.3, round: false })
    // A newcomer scores two proposals 1.5 above what the regulars gave them.
    const offsets: number[] = []
    for (const proposalId of ['p0', 'p1']) {
      const others = reviews.filter((r) => r.proposalId === proposalId)
      const mean = others.reduce((s, r) => s + r.score, 0) / others.length
      reviews.push({ proposalId, reviewerId: 'newcomer', score: mean + 1.5 })
      offsets.push(1.5)
    }
    const fit = fitCalibration(reviews)
    const newcomer = fit.reviewers.get('newcomer')!
    expect(newcomer.n).toBe(2)
    expect(newcomer.leniency).toBeGreaterThan(0)
    // At least one imaginary average review pulls it in: at most 2/3 of the raw offset.
    expect(newcomer.leniency).toBeLessThan(1.5 * (2 / 3))
    // Without the floor the fit still shrinks it, by its own estimate of how much reviewers differ.
    const unfloored = fitCalibration(reviews, { minLeniencyPseudoReviews: 0 }).reviewers.get('newcomer')!
    expect(unfloored.leniency).toBeGreaterThan(0)
    expect(unfloored.leniency).toBeLessThan(1.5)
  })

  it('pulls a proposal with one review toward the mean, and gives it a wider standard error', () => {
    const { reviews } = plantSeason(41, { proposals: 100, reviewers: 10, perProposal: 3, round: false })
    reviews.push({ proposalId: 'single', reviewerId: 'r0', score: 5.5 })
    const fit = fitCalibration(reviews)
    const single = fit.proposals.get('single')!
    const leniency = fit.reviewers.get('r0')!.leniency
    expect(single.n).toBe(1)
    expect(single.calibrated - fit.grandMean).toBeLessThan(5.5 - leniency - fit.grandMean)
    expect(single.calibrated).toBeGreaterThan(fit.grandMean)
    const typical = fit.proposals.get('p0')!
    expect(single.stdError).toBeGreaterThan(typical.stdError)
    expect(typical.stdError).toBeGreaterThan(0)
    expect(typical.stdError).toBeLessThan(0.6)
  })

  // Its speed on 8,000 reviews is measured by the benchmark (scripts/bench-pure.ts), not timed here.
  it('converges on a season of 8,000 reviews', () => {
    const { reviews } = plantSeason(51, { proposals: 2000, reviewers: 150, perProposal: 4 })
    expect(reviews).toHaveLength(8000)
    const fit = fitCalibration(reviews)
    expect(fit.converged).toBe(true)
    expect(fit.iterations).toBeLessThan(2000)
    // Where there is no quality or no leniency at all, the fit does not crawl toward zero for thousands of sweeps.
    for (const nil of [{ sdQuality: 0 }, { sdLeniency: 0 }, { sdQuality: 0, sdLeniency: 0 }]) {
      const flat = fitCalibration(plantSeason(52, { proposals: 2000, reviewers: 150, perProposal: 4, ...nil }).reviews)
      expect(flat.converged).toBe(true)
      expect(flat.iterations).toBeLessThan(1000)
    }
    // Converged means a fixed point: another sweep's worth of tolerance does not move the answer.
    const tighter = fitCalibration(reviews, { tolerance: 1e-9, maxIterations: 20_000 })
    expect(Math.abs(tighter.proposals.get('p7')!.calibrated - fit.proposals.get('p7')!.calibrated)).toBeLessThan(1e-3)
  })

  it('shifts every proposal of a harsh reviewer up against a lenient one', () => {
    // Two reviewers see the same four proposals; the harsh one scores one point lower on each; a third overlaps.
    const reviews: ReviewScore[] = []
    const base = [2, 3, 4, 5]
    base.forEach((s, i) => {
      reviews.push({ proposalId: `p${i}`, reviewerId: 'lenient', score: s })
      reviews.push({ proposalId: `p${i}`, reviewerId: 'harsh', score: s - 1 })
    })
    // Proposal a is read only by the harsh reviewer, b only by the lenient one, with the same raw score.
    reviews.push({ proposalId: 'a', reviewerId: 'harsh', score: 3 }, { proposalId: 'b', reviewerId: 'lenient', score: 3 })
    const fit = fitCalibration(reviews)
    expect(fit.reviewers.get('harsh')!.leniency).toBeLessThan(fit.reviewers.get('lenient')!.leniency)
    expect(fit.proposals.get('a')!.rawMean).toBe(fit.proposals.get('b')!.rawMean)
    expect(fit.proposals.get('a')!.calibrated).toBeGreaterThan(fit.proposals.get('b')!.calibrated)
  })

  it('handles degenerate seasons', () => {
    const empty = fitCalibration([])
    expect(empty.proposals.size).toBe(0)
    expect(empty.icc).toBeNull()
    expect(empty.iterations).toBe(0)

    const equal = fitCalibration([
      { proposalId: 'a', reviewerId: 'x', score: 3 },
      { proposalId: 'a', reviewerId: 'y', score: 3 },
      { proposalId: 'b', reviewerId: 'x', score: 3 },
    ])
    expect(equal.icc).toBeNull()
    expect(equal.proposals.get('a')).toMatchObject({ calibrated: 3, stdError: 0, rawMean: 3, n: 2, spread: 0 })
    expect(equal.reviewers.get('x')).toEqual({ leniency: 0, n: 2 })

    // One reviewer: nothing to calibrate against, so no leniency; the order is the raw order.
    const alone = fitCalibration([
      { proposalId: 'a', reviewerId: 'x', score: 2 },
      { proposalId: 'b', reviewerId: 'x', score: 4 },
      { proposalId: 'c', reviewerId: 'x', score: 5 },
    ])
    expect(alone.reviewers.get('x')!.leniency).toBe(0)
    expect(alone.icc).toBeNull()
    const [a, b, c] = ['a', 'b', 'c'].map((id) => alone.proposals.get(id)!.calibrated) as [number, number, number]
    expect(a).toBeLessThan(b)
    expect(b).toBeLessThan(c)
    for (const value of [a, b, c]) expect(Number.isFinite(value)).toBe(true)

    // Every proposal read once: quality and noise cannot be told apart, so no agreement figure, but the fit still
    // converges and keeps the proposals apart (rather than calling every difference noise).
    const once = plantSeason(7, { proposals: 300, reviewers: 20, perProposal: 1 }).reviews
    const onceFit = fitCalibration(once)
    expect(onceFit.converged).toBe(true)
    expect(onceFit.icc).toBeNull()
    const calibratedOnce = [...onceFit.proposals.values()].map((p) => p.calibrated)
    expect(Math.max(...calibratedOnce) - Math.min(...calibratedOnce)).toBeGreaterThan(1)

    // One proposal: its calibrated score is the mean; reviewers' leniencies are their offsets, shrunk.
    const one = fitCalibration([
      { proposalId: 'a', reviewerId: 'x', score: 2 },
      { proposalId: 'a', reviewerId: 'y', score: 4 },
    ])
    expect(one.proposals.get('a')!.calibrated).toBeCloseTo(3, 6)
    expect(one.proposals.get('a')!.spread).toBe(2)
    expect(one.reviewers.get('x')!.leniency).toBeLessThan(0)
  })

  it('refuses scores that are not numbers, out of range, or given twice, with a clear message', () => {
    expect(() => fitCalibration([{ proposalId: 'a', reviewerId: 'x', score: Number.NaN }])).toThrow(/not a number/)
    expect(() => fitCalibration([{ proposalId: 'a', reviewerId: 'x', score: Infinity }])).toThrow(/not a number/)
    expect(() => fitCalibration([{ proposalId: 'a', reviewerId: 'x', score: 6 }], { scale: { min: 1, max: 5 } })).toThrow(/outside 1–5/)
    expect(() =>
      fitCalibration([
        { proposalId: 'a', reviewerId: 'x', score: 3 },
        { proposalId: 'a', reviewerId: 'x', score: 4 },
      ]),
    ).toThrow(/twice/)
    expect(() => fitCalibration([{ proposalId: '', reviewerId: 'x', score: 3 }])).toThrow(/no proposal or reviewer id/)
  })
})

describe('hasLargeResidual', () => {
  it('flags a proposal where one review is far from what leniency and noise explain', () => {
    const { reviews } = plantSeason(61, { proposals: 150, reviewers: 12, perProposal: 3, sdNoise: 0.3, round: false })
    const target = reviews.find((r) => r.proposalId === 'p5')!
    target.score += 3
    const fit = fitCalibration(reviews)
    expect(hasLargeResidual(fit.proposals.get('p5')!, fit)).toBe(true)
    const flagged = [...fit.proposals.values()].filter((p) => hasLargeResidual(p, fit)).length
    expect(flagged).toBeLessThan(10)
  })
})

describe('disagreement', () => {
  it('is true when the overall scores span two points or more', () => {
    expect(disagreement([2, 4])).toBe(true)
    expect(disagreement([3, 1, 2])).toBe(true)
    expect(disagreement([3, 4, 4])).toBe(false)
    expect(disagreement([5])).toBe(false)
    expect(disagreement([])).toBe(false)
  })
})
