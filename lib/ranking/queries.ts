// The admins' rank list of a season: which proposals may be ranked (at least one willing, unconflicted mentor),
// in the saved order (new ones after it, by calibrated score then number of reviews), the cut line and the
// proposals near it. Scoped to the viewer: admins of the season only, and a conflicted admin does not see the
// proposals they are conflicted with, nor their places. The page shows one page of it (RANK_PAGE_SIZES); the CSV
// and the accepted-set solver take the whole list.
import 'server-only'
import { Prisma } from '@/generated/prisma/client'
import { db } from '@/lib/db'
import { isConflicted, reviewerContext, seasonScores, type Viewer } from '@/lib/reviews/queries'
import { SCORABLE_STATUSES } from '@/lib/reviews/rules'
import { rankingScore, type SeasonScores } from '@/lib/reviews/scores'
import { nearTheCut } from './cut'
import { RANK_PAGE_SIZE, UNRANKABLE_PAGE_SIZE } from './schema'

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
  // mentor → the proposals and students they are conflicted with, so each review is checked in constant time.
  const conflictsOf = new Map<string, Set<string>>()
  for (const c of conflicts) {
    const set = conflictsOf.get(c.mentorId) ?? new Set<string>()
    if (c.proposalId) set.add(`p:${c.proposalId}`)
    if (c.studentId) set.add(`s:${c.studentId}`)
    conflictsOf.set(c.mentorId, set)
  }
  const conflicted = (mentorId: string, p: { id: string; studentId: string }) => {
    const set = conflictsOf.get(mentorId)
    return set !== undefined && (set.has(`p:${p.id}`) || set.has(`s:${p.studentId}`))
  }
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
 * What the ranking is made of, summed up in one cheap query: a count and a checksum of the season's proposals under
 * review, of their reviews (who, willing or not), of the conflicts, of the season's ideas' titles and of every
 * person's name (students and reviewers are shown by name; hashing all people is cheaper than joining them to
 * 8,000 reviews), the saved order's version, and the latest slot request. Any write to any of them, by whatever
 * path, changes the summary, so the cached ranking below never has to be invalidated by hand.
 */
async function rankingInputs(seasonId: string) {
  const statuses = Prisma.join(SCORABLE_STATUSES)
  const [row] = await db.$queryRaw<{ proposals: string; reviews: string; conflicts: string; ideas: string; people: string; version: number | null; requestedSlots: number | null }[]>`
    SELECT
      (SELECT count(*) || ':' || coalesce(sum(hashtext(concat_ws(':', p.id, p.title, p."studentId", coalesce(p."ideaId", '-'), coalesce(p."submittedAt"::text, '-')))), 0)
         FROM "Proposal" p WHERE p."seasonId" = ${seasonId} AND p.status::text IN (${statuses})) AS proposals,
      (SELECT count(*) || ':' || coalesce(sum(hashtext(concat_ws(':', r."proposalId", r."reviewerId", r."willingToMentor"::text))), 0)
         FROM "Review" r JOIN "Proposal" p ON p.id = r."proposalId"
         WHERE p."seasonId" = ${seasonId} AND p.status::text IN (${statuses})) AS reviews,
      (SELECT count(*) || ':' || coalesce(sum(hashtext(concat_ws(':', c."mentorId", coalesce(c."proposalId", '-'), coalesce(c."studentId", '-')))), 0)
         FROM "Conflict" c WHERE c."seasonId" = ${seasonId}) AS conflicts,
      (SELECT count(*) || ':' || coalesce(sum(hashtext(i.id || ':' || i.title)), 0) FROM "Idea" i WHERE i."seasonId" = ${seasonId}) AS ideas,
      (SELECT count(*) || ':' || coalesce(sum(hashtext(u.id || ':' || coalesce(u.name, '-'))), 0) FROM "User" u) AS people,
      (SELECT o.version FROM "RankOrder" o WHERE o."seasonId" = ${seasonId}) AS version,
      (SELECT q."maxSlots" FROM "SlotRequest" q WHERE q."seasonId" = ${seasonId} ORDER BY q."createdAt" DESC LIMIT 1) AS "requestedSlots"`
  return row!
}

type Ranking = Awaited<ReturnType<typeof buildRanking>>

async function buildRanking(seasonId: string, scores: SeasonScores) {
  const { rows, saved } = await rankableProposals(seasonId)
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
  // The version read with the order it belongs to: a save checks against exactly this pair.
  return { ordered, unrankable: withScores.filter((r) => r.reason !== null), version: saved.version }
}

/** The latest ranking per season in this process, with the summary of its inputs (see seasonRanking). Read-only. */
const rankings = new Map<string, { key: string; scores: SeasonScores; ranking: Promise<Ranking> }>()
/** The check of a season's summary under way, which requests arriving meanwhile share (see seasonRanking). */
const checks = new Map<string, Promise<Ranking & { requestedSlots: number | null }>>()

async function checkedRanking(seasonId: string) {
  const [inputs, scores] = await Promise.all([rankingInputs(seasonId), seasonScores(seasonId)])
  const key = [inputs.proposals, inputs.reviews, inputs.conflicts, inputs.ideas, inputs.people, inputs.version ?? 0].join('|')
  let known = rankings.get(seasonId)
  if (!(known && known.key === key && known.scores === scores)) {
    known = { key, scores, ranking: buildRanking(seasonId, scores) }
    if (rankings.size >= 20) rankings.clear()
    rankings.set(seasonId, known)
    const mine = known
    known.ranking.catch(() => rankings.get(seasonId) === mine && rankings.delete(seasonId))
  }
  return { ...(await known.ranking), requestedSlots: inputs.requestedSlots }
}

/**
 * The whole season's ranking, whoever asks (callers scope it): rankable proposals in order — the saved order
 * first, the others after it by calibrated score then number of reviews — and the unrankable ones with reasons.
 * Built once per change of its inputs: a check costs two summary queries (this one's and the calibration fit's),
 * and every proposal is read with its reviews only when a summary moved (at 2,000 proposals that read and its
 * sorting took most of a rank-list request). Requests that arrive while a check is under way share it instead of
 * queueing their own (16 admins at once made 16 checks); a save in this process drops the shared check, so the
 * page it answers with is read after its own write (forgetRankingCheck). The result is shared: do not change it.
 */
export function seasonRanking(seasonId: string) {
  const running = checks.get(seasonId)
  if (running) return running
  const check = checkedRanking(seasonId)
  checks.set(seasonId, check)
  const done = () => checks.get(seasonId) === check && checks.delete(seasonId)
  check.then(done, done)
  return check
}

/** After a save: the next read checks the summary afresh (a check under way may have started before the write). */
export function forgetRankingCheck(seasonId: string) {
  checks.delete(seasonId)
}

export type SeasonRanking = Awaited<ReturnType<typeof seasonRanking>>
type RankedProposal = SeasonRanking['ordered'][number]

/**
 * The ranking as an admin of the season sees it: the proposals they may see, in order, their places counted among
 * those only; null for anyone else.
 */
export async function visibleRanking(viewer: Viewer, seasonId: string) {
  const context = await reviewerContext(viewer, seasonId)
  if (!context.admin) return null
  const ranking = await seasonRanking(seasonId)
  const hidesSome = context.conflicts.proposals.size > 0 || context.conflicts.students.size > 0
  const maySee = (r: { id: string; studentId: string }) => !isConflicted(context.conflicts, r)
  return {
    ranking,
    ordered: hidesSome ? ranking.ordered.filter(maySee) : ranking.ordered,
    unrankable: hidesSome ? ranking.unrankable.filter(maySee) : ranking.unrankable,
  }
}

function rankRow(r: RankedProposal, index: number, cut: number | null, near: ReadonlySet<string>) {
  return {
    id: r.id,
    position: index + 1,
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
  }
}

const unrankableRow = (r: SeasonRanking['unrankable'][number]): Unrankable => ({ id: r.id, title: r.title, student: r.student, reason: r.reason! })

/**
 * The whole rank list as an admin of the season sees it (the CSV); null for anyone else. `slots` overrides the
 * cut line (a number the admin typed); by default it is the season's latest slot request (its maximum).
 */
export async function getRankList(viewer: Viewer, seasonId: string, slots?: number) {
  const visible = await visibleRanking(viewer, seasonId)
  if (!visible) return null
  const cut = slots ?? visible.ranking.requestedSlots
  const near = nearTheCut(visible.ordered, cut)
  return {
    version: visible.ranking.version,
    cut,
    requestedSlots: visible.ranking.requestedSlots,
    rows: visible.ordered.map((r, index) => rankRow(r, index, cut, near)),
    unrankable: visible.unrankable.map(unrankableRow),
  }
}

export type RankList = NonNullable<Awaited<ReturnType<typeof getRankList>>>
export type RankRow = RankList['rows'][number]

/** A window of the visible list (positions offset+1 … offset+size) with its version: what a save answers with. */
export function rankWindow(visible: NonNullable<Awaited<ReturnType<typeof visibleRanking>>>, offset: number, size: number, cut: number | null) {
  const near = nearTheCut(visible.ordered, cut)
  const rows = visible.ordered.slice(offset, offset + size).map((r, i) => rankRow(r, offset + i, cut, near))
  return { rows, version: visible.ranking.version, total: visible.ordered.length }
}

export type RankWindow = ReturnType<typeof rankWindow>

const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size))
const clampPage = (page: number, pages: number) => Math.min(Math.max(1, Math.floor(page) || 1), pages)

/**
 * One page of the rank list as an admin of the season sees it, and one page of the proposals that cannot be
 * ranked; null for anyone else. Pages past the end show the last one. `cutPage` is the page whose first rows
 * start below the cut line (null when there is no line within the list).
 */
export async function getRankPage(viewer: Viewer, seasonId: string, options: { page?: number; size?: number; slots?: number; unrankablePage?: number } = {}) {
  const visible = await visibleRanking(viewer, seasonId)
  if (!visible) return null
  const size = options.size ?? RANK_PAGE_SIZE
  const total = visible.ordered.length
  const pages = pageCount(total, size)
  const page = clampPage(options.page ?? 1, pages)
  const offset = (page - 1) * size
  const cut = options.slots ?? visible.ranking.requestedSlots
  const unrankablePages = pageCount(visible.unrankable.length, UNRANKABLE_PAGE_SIZE)
  const unrankablePage = clampPage(options.unrankablePage ?? 1, unrankablePages)
  const unrankableOffset = (unrankablePage - 1) * UNRANKABLE_PAGE_SIZE
  return {
    ...rankWindow(visible, offset, size, cut),
    cut,
    cutPage: cut !== null && cut > 0 && cut < total ? Math.floor(cut / size) + 1 : null,
    requestedSlots: visible.ranking.requestedSlots,
    page,
    pages,
    size,
    offset,
    unrankable: {
      total: visible.unrankable.length,
      page: unrankablePage,
      pages: unrankablePages,
      offset: unrankableOffset,
      rows: visible.unrankable.slice(unrankableOffset, unrankableOffset + UNRANKABLE_PAGE_SIZE).map(unrankableRow),
    },
  }
}

export type RankPage = NonNullable<Awaited<ReturnType<typeof getRankPage>>>
