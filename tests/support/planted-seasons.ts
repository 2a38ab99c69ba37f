// Seeded, planted seasons for the pure modules' tests and the benchmark: reviews with known qualities and
// leniencies (calibration), and a large rank list shaped like the scale season (accepted-set solver).
import type { AcceptedSetInput, RankedProposal } from '@/lib/accepted-set'
import type { ReviewScore } from '@/lib/calibration'

// A small seeded generator (mulberry32) and normal draws (Box–Muller), so every run plants the same season.
export function random(seed: number) {
  let a = seed >>> 0
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const normal = (sd: number) => sd * Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform())
  return { uniform, normal }
}

export type Planted = { reviews: ReviewScore[]; quality: Map<string, number>; leniency: Map<string, number> }

/** A season with known qualities and leniencies; each proposal gets `perProposal` distinct random reviewers. */
export function plantSeason(
  seed: number,
  { proposals = 200, reviewers = 25, perProposal = 3, sdQuality = 0.8, sdLeniency = 0.7, sdNoise = 0.6, round = true } = {},
): Planted {
  const rng = random(seed)
  const quality = new Map<string, number>()
  const leniency = new Map<string, number>()
  for (let j = 0; j < reviewers; j++) leniency.set(`r${j}`, rng.normal(sdLeniency))
  const reviews: ReviewScore[] = []
  for (let i = 0; i < proposals; i++) {
    const q = rng.normal(sdQuality)
    quality.set(`p${i}`, q)
    const chosen = new Set<number>()
    while (chosen.size < perProposal) chosen.add(Math.floor(rng.uniform() * reviewers))
    for (const j of chosen) {
      const raw = 3 + q + leniency.get(`r${j}`)! + rng.normal(sdNoise)
      reviews.push({ proposalId: `p${i}`, reviewerId: `r${j}`, score: round ? Math.min(5, Math.max(1, Math.round(raw))) : raw })
    }
  }
  return { reviews, quality, leniency }
}

/** A season shaped like issue 16's scale season: N/1.5 students, N/13 mentors, N/5 ideas, slots N/20. */
export function largeRankList(n: number, seed: number): AcceptedSetInput {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
  const students = Math.ceil(n / 1.5)
  const mentors = Math.ceil(n / 13)
  const ideas = Math.ceil(n / 5)
  const proposals: RankedProposal[] = []
  for (let k = 0; k < n; k++) {
    const willing = new Set<string>()
    const count = Math.floor(next() * 4) // 0–3 willing mentors
    for (let w = 0; w < count; w++) willing.add(`m${Math.floor(next() * mentors)}`)
    proposals.push({ id: `p${k}`, studentId: `s${Math.floor(next() * students)}`, ideaId: next() < 0.1 ? null : `i${Math.floor(next() * ideas)}`, mentorIds: [...willing] })
  }
  const ideaCapacity: Record<string, number> = {}
  for (let i = 0; i < ideas; i++) ideaCapacity[`i${i}`] = 1 + Math.floor(next() * 2)
  return { proposals, slots: Math.ceil(n / 20), ideaCapacity, defaultMentorCapacity: 2 }
}
