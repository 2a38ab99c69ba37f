// The admins' rank list of a season: which proposals may be ranked (at least one willing, unconflicted mentor),
// in the saved order (new ones after it, by calibrated score then number of reviews), the cut line and the
// proposals near it. Scoped to the viewer: admins of the season only, and a conflicted admin does not see the
// proposals they are conflicted with, nor their places.
import 'server-only'
import { db } from '@/lib/db'
import { isConflicted, reviewerContext, seasonScores, type Viewer } from '@/lib/reviews/queries'
import { SCORABLE_STATUSES } from '@/lib/reviews/rules'
import { rankingScore } from '@/lib/reviews/scores'
import { nearTheCut } from './cut'

export type Unrankable = { id: string; title: string; student: string; reason: string }

/** The season's rankable proposal ids (all of them, whoever asks) and the saved order's row; no viewer rules. */
export async function rankableProposals(seasonId: string) {
  const [proposals, conflicts, saved] = await Promise.all([
    db.proposal.findMany({
      where: { seasonId, status: { in: SCORABLE_STATUSES } },
      select: {
        id: true,
        title: true,
        studentId: true,
        ideaId: true,
        student: { select: { name: true } },
        idea: { select: { title: true } },
        reviews: { select: { reviewerId: true, willingToMentor: true, reviewer: { select: { name: true } } } },
      },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    }),
    db.conflict.findMany({ where: { seasonId }, select: { mentorId: true, proposalId: true, studentId: true } }),
    db.rankOrder.findUnique({ where: { seasonId }, select: { proposalIds: true, version: true } }),
  ])
  const conflicted = (mentorId: string, p: { id: string; studentId: string }) =>
    conflicts.some((c) => c.mentorId === mentorId && (c.proposalId === p.id || c.studentId === p.studentId))
  const rows = proposals.map((p) => {
    const willingReviews = p.reviews.filter((r) => r.willingToMentor && !conflicted(r.reviewerId, p))
    const willing = willingReviews.map((r) => r.reviewer.name ?? 'A mentor')
    const reason = willing.length
      ? null
      : p.reviews.length === 0
        ? 'No review yet'
        : p.reviews.some((r) => r.willingToMentor)
          ? 'The only mentors willing have a conflict of interest'
          : 'No mentor is willing to mentor it'
    return {
      id: p.id,
      title: p.title || 'Untitled proposal',
      studentId: p.studentId,
      student: p.student.name ?? 'A student',
      ideaId: p.ideaId,
      idea: p.idea?.title ?? 'Own topic',
      reviews: p.reviews.length,
      willing: willing.sort(),
      // The willing, unconflicted mentors' ids (the accepted-set solver's candidates).
      willingIds: willingReviews.map((r) => r.reviewerId),
      reason,
    }
  })
  return { rows, saved: saved ?? { proposalIds: [], version: 0 } }
}

/**
 * The whole season's ranking, whoever asks (callers scope it): rankable proposals in order — the saved order
 * first, the others after it by calibrated score then number of reviews — and the unrankable ones with reasons.
 */
export async function seasonRanking(seasonId: string) {
  const [{ rows, saved }, scores, request] = await Promise.all([
    rankableProposals(seasonId),
    seasonScores(seasonId),
    db.slotRequest.findFirst({ where: { seasonId }, orderBy: { createdAt: 'desc' }, select: { maxSlots: true } }),
  ])
  const withScores = rows.map((r) => {
    const s = scores.proposals.get(r.id)
    return { ...r, calibrated: s?.calibrated ?? null, stdError: s?.stdError ?? null, mean: s?.rawMean ?? null, score: rankingScore(s) }
  })
  const rankable = withScores.filter((r) => r.reason === null)
  const position = new Map(saved.proposalIds.map((id, index) => [id, index]))
  const byDefault = (a: (typeof rankable)[number], b: (typeof rankable)[number]) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || b.reviews - a.reviews
  const ordered = [
    ...rankable.filter((r) => position.has(r.id)).sort((a, b) => position.get(a.id)! - position.get(b.id)!),
    ...rankable.filter((r) => !position.has(r.id)).sort(byDefault),
  ]
  return { ordered, unrankable: withScores.filter((r) => r.reason !== null), version: saved.version, requestedSlots: request?.maxSlots ?? null }
}

/**
 * The rank list as an admin of the season sees it; null for anyone else. `slots` overrides the cut line (a
 * number the admin typed); by default it is the season's latest slot request (its maximum).
 */
export async function getRankList(viewer: Viewer, seasonId: string, slots?: number) {
  const context = await reviewerContext(viewer, seasonId)
  if (!context.admin) return null
  const ranking = await seasonRanking(seasonId)
  const maySee = (r: { id: string; studentId: string }) => !isConflicted(context.conflicts, r)
  const ordered = ranking.ordered.filter(maySee)
  const cut = slots ?? ranking.requestedSlots
  const near = nearTheCut(ordered, cut)
  return {
    version: ranking.version,
    cut,
    requestedSlots: ranking.requestedSlots,
    rows: ordered.map((r, index) => ({
      id: r.id,
      title: r.title,
      student: r.student,
      idea: r.idea,
      reviews: r.reviews,
      willing: r.willing,
      calibrated: r.calibrated,
      stdError: r.stdError,
      mean: r.mean,
      nearCut: near.has(r.id),
      inside: cut !== null && index < cut,
    })),
    unrankable: ranking.unrankable.filter(maySee).map((r): Unrankable => ({ id: r.id, title: r.title, student: r.student, reason: r.reason! })),
  }
}

export type RankList = NonNullable<Awaited<ReturnType<typeof getRankList>>>
export type RankRow = RankList['rows'][number]
