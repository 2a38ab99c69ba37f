// Reads of the review workspace, scoped to the viewer: each function takes the viewer and returns only what
// they may see (lib/permissions.ts reviewAccess), so no page decides. Students and outsiders get nothing of a
// review; a conflicted mentor or admin gets nothing of that proposal; a mentor sees other mentors' scores only
// once they saved their own review.
import 'server-only'
import { cache } from 'react'
import { Prisma, type Proposal } from '@/generated/prisma/client'
import type { CommentVisibility, ProposalStatus, SeasonRoleKind } from '@/generated/prisma/enums'
import { rolesInSeason } from '@/lib/authz'
import { db } from '@/lib/db'
import { mayPerform, reviewAccess, type ReviewAccess } from '@/lib/permissions'
import { FLAGS, IDEA_CHOICES, PAGE_SIZE, type ReviewListView } from './filters'
import { READABLE_STATUSES, SCORABLE_STATUSES } from './rules'
import { proposalScores, type SeasonScores } from './scores'

export type Viewer = { id: string }

const ID = /^[A-Za-z0-9_-]{1,64}$/

/** What staff may open: submitted proposals (also withdrawn or decided), and drafts whose student asked for feedback. */
export const STAFF_READABLE = {
  OR: [{ status: { in: READABLE_STATUSES } }, { status: 'DRAFT', feedbackRequestedAt: { not: null } }],
} satisfies Prisma.ProposalWhereInput

/**
 * Every scored review of the season's proposals under review, for the calibration fit (lib/reviews/scores.ts).
 * Server-side only: callers return the fit's numbers only for what their viewer may see.
 */
export async function seasonScores(seasonId: string): Promise<SeasonScores> {
  // The fit's input is summed up in one cheap query (how many scores, and a checksum of who gave which score to
  // what); while it is unchanged, the fit this process made of it is reused instead of reading every review and
  // fitting again on each page (at 2,000 proposals: 8,000 rows and some 150 sweeps per request). Whoever writes
  // a review, by whatever path, changes the sum, so nothing has to remember to invalidate it.
  const [summary] = await db.$queryRaw<{ count: number; checksum: string }[]>`
    SELECT count(*)::int AS count, coalesce(sum(hashtext(r."proposalId" || ':' || r."reviewerId" || ':' || r."overallScore")), 0)::text AS checksum
    FROM "Review" r JOIN "Proposal" p ON p.id = r."proposalId"
    WHERE p."seasonId" = ${seasonId} AND p.status::text IN (${Prisma.join(SCORABLE_STATUSES)}) AND r."overallScore" IS NOT NULL`
  const key = `${summary!.count}:${summary!.checksum}`
  const known = fits.get(seasonId)
  if (known?.key === key) return known.scores
  const scores = db.review
    .findMany({
      where: { proposal: { seasonId, status: { in: SCORABLE_STATUSES } }, overallScore: { not: null } },
      select: { proposalId: true, reviewerId: true, overallScore: true },
    })
    .then((rows) => proposalScores(rows.map((r) => ({ proposalId: r.proposalId, reviewerId: r.reviewerId, score: r.overallScore! }))))
  if (fits.size >= 20) fits.clear()
  fits.set(seasonId, { key, scores })
  scores.catch(() => fits.delete(seasonId))
  return scores
}

/** The latest fit per season in this process, with the summary of its input (see seasonScores). Read-only. */
const fits = new Map<string, { key: string; scores: Promise<SeasonScores> }>()

/** The viewer's conflicts in a season, as the two sets every access check needs. */
async function conflictsOf(viewerId: string, seasonId: string) {
  const rows = await db.conflict.findMany({ where: { seasonId, mentorId: viewerId }, select: { proposalId: true, studentId: true } })
  return {
    proposals: new Set(rows.flatMap((r) => (r.proposalId ? [r.proposalId] : []))),
    students: new Set(rows.flatMap((r) => (r.studentId ? [r.studentId] : []))),
  }
}

export type ConflictSets = Awaited<ReturnType<typeof conflictsOf>>

export function isConflicted(conflicts: ConflictSets, proposal: { id: string; studentId: string }): boolean {
  return conflicts.proposals.has(proposal.id) || conflicts.students.has(proposal.studentId)
}

/**
 * Who the viewer is in the season for reviewing: roles and conflicts, read once per request (React's cache: the
 * list, the progress and the next proposal of one page each ask for it). Outside a request it simply reads.
 */
export const reviewerContext = cache(async (viewer: Viewer, seasonId: string) => {
  const [roles, conflicts] = await Promise.all([rolesInSeason(viewer.id, seasonId), conflictsOf(viewer.id, seasonId)])
  return { roles, conflicts, staff: mayPerform(roles, 'proposal.review'), admin: roles.has('ADMIN') }
})

export type ReviewerContext = Awaited<ReturnType<typeof reviewerContext>>

/** The viewer's access to one proposal (see reviewAccess); 'none' for ids that are not a readable proposal. */
export async function accessTo(viewer: Viewer, proposalId: string): Promise<{ access: ReviewAccess; proposal: { id: string; seasonId: string; studentId: string } | null }> {
  if (!ID.test(proposalId)) return { access: 'none', proposal: null }
  const proposal = await db.proposal.findFirst({
    where: { id: proposalId, ...STAFF_READABLE },
    select: { id: true, seasonId: true, studentId: true },
  })
  if (!proposal) return { access: 'none', proposal: null }
  const [context, mine] = await Promise.all([
    reviewerContext(viewer, proposal.seasonId),
    db.review.findUnique({ where: { proposalId_reviewerId: { proposalId, reviewerId: viewer.id } }, select: { id: true } }),
  ])
  return { access: reviewAccess(context.roles, { conflicted: isConflicted(context.conflicts, proposal), reviewed: Boolean(mine) }), proposal }
}

type ProposalRow = Pick<
  Proposal,
  'id' | 'seasonId' | 'studentId' | 'title' | 'abstract' | 'plan' | 'timeline' | 'hoursPerWeek' | 'links' | 'status' | 'submittedAt' | 'feedbackRequestedAt' | 'feedbackDoneAt' | 'discussionSettledAt' | 'discussionNote'
> & {
  takenById: string | null
  takenByName: string | null
  settledById: string | null
  settledByName: string | null
  studentName: string | null
  ideaId: string | null
  ideaSlug: string | null
  ideaTitle: string | null
}

type ReviewRow = {
  id: string
  reviewerId: string
  overallScore: number | null
  willingToMentor: boolean
  updatedAt: Date
  reviewerName: string | null
  scores: { criterionId: string; score: number }[]
}

const reviewSelect = {
  id: true,
  reviewerId: true,
  overallScore: true,
  willingToMentor: true,
  updatedAt: true,
  reviewer: { select: { name: true } },
  scores: { select: { criterionId: true, score: true } },
} as const

/**
 * The reviews of a proposal the viewer may read: all of them (full access), only their own (a mentor who has
 * not reviewed yet), or null (students, outsiders, conflicted staff: the page answers 404).
 */
export async function listReviewsOf(viewer: Viewer, proposalId: string) {
  const { access } = await accessTo(viewer, proposalId)
  if (access === 'none' || access === 'conflicted') return null
  return db.review.findMany({
    where: { proposalId, ...(access === 'own-only' ? { reviewerId: viewer.id } : {}) },
    select: reviewSelect,
    orderBy: { createdAt: 'asc' },
  })
}

/**
 * The comments on a proposal the viewer may read. Unconflicted staff: all, with their authors. The proposal's
 * student: the shared ones only, without their authors. Anyone else: null.
 */
export async function listCommentsOf(viewer: Viewer, proposalId: string) {
  const { access, proposal } = await accessTo(viewer, proposalId)
  if (access === 'own-only' || access === 'full') {
    const rows = await db.comment.findMany({
      where: { proposalId },
      select: { id: true, body: true, visibility: true, createdAt: true, author: { select: { id: true, name: true } } },
      orderBy: { createdAt: 'asc' },
    })
    return rows.map((c) => ({ ...c, authorName: c.author.name ?? 'A mentor' }))
  }
  if (proposal && proposal.studentId === viewer.id) {
    const rows = await db.comment.findMany({
      where: { proposalId, visibility: 'SHARED' },
      select: { id: true, body: true, visibility: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    })
    return rows.map((c) => ({ ...c, authorName: null }))
  }
  return null
}

/**
 * Everything the reviewer's proposal page shows, in a fixed number of queries: the proposal, the student's
 * other proposals, the rubric, the viewer's review, the others' reviews (full access only) and the comments.
 * null for students, outsiders, drafts, other seasons and forged ids (404); { access: 'conflicted' } for
 * conflicted staff, with nothing else (403).
 */
export async function getProposalForReview(viewer: Viewer, seasonId: string, proposalId: string) {
  if (!ID.test(proposalId)) return null
  // Each read is one query with its joins (a Prisma relation is a query of its own, and at 16 requests at once
  // the page's twenty-odd round trips were most of its cost). Every review of the proposal is read at once,
  // the viewer's own included; what the viewer may not see is dropped below, before anything is returned.
  const [[row], context, allReviews] = await Promise.all([
    db.$queryRaw<ProposalRow[]>`
      SELECT p.id, p."seasonId", p."studentId", p.title, p.abstract, p.plan, p.timeline, p."hoursPerWeek", p.links, p.status, p."submittedAt",
        p."feedbackRequestedAt", p."feedbackDoneAt", p."discussionSettledAt", p."discussionNote",
        taken.id AS "takenById", taken.name AS "takenByName", settled.id AS "settledById", settled.name AS "settledByName",
        student.name AS "studentName", i.id AS "ideaId", i.slug AS "ideaSlug", i.title AS "ideaTitle"
      FROM "Proposal" p
      JOIN "User" student ON student.id = p."studentId"
      LEFT JOIN "User" taken ON taken.id = p."feedbackTakenById"
      LEFT JOIN "User" settled ON settled.id = p."discussionSettledById"
      LEFT JOIN "Idea" i ON i.id = p."ideaId"
      WHERE p.id = ${proposalId} AND p."seasonId" = ${seasonId}
        AND (p.status::text IN (${Prisma.join(READABLE_STATUSES)}) OR (p.status = 'DRAFT' AND p."feedbackRequestedAt" IS NOT NULL))`,
    reviewerContext(viewer, seasonId),
    db.$queryRaw<ReviewRow[]>`
      SELECT r.id, r."reviewerId", r."overallScore", r."willingToMentor", r."updatedAt", u.name AS "reviewerName",
        COALESCE((SELECT json_agg(json_build_object('criterionId', s."criterionId", 'score', s.score)) FROM "ReviewScore" s WHERE s."reviewId" = r.id), '[]') AS scores
      FROM "Review" r JOIN "User" u ON u.id = r."reviewerId"
      WHERE r."proposalId" = ${proposalId}
      ORDER BY r."createdAt" ASC, r.id ASC`,
  ])
  if (!row || !context.staff) return null
  const proposal = {
    feedbackRequestedAt: row.feedbackRequestedAt,
    feedbackDoneAt: row.feedbackDoneAt,
    feedbackTakenBy: row.takenById ? { id: row.takenById, name: row.takenByName } : null,
    discussionSettledAt: row.discussionSettledAt,
    discussionNote: row.discussionNote,
    discussionSettledBy: row.settledById ? { name: row.settledByName } : null,
    id: row.id,
    seasonId: row.seasonId,
    studentId: row.studentId,
    title: row.title,
    abstract: row.abstract,
    plan: row.plan,
    timeline: row.timeline,
    hoursPerWeek: row.hoursPerWeek,
    links: row.links,
    status: row.status,
    submittedAt: row.submittedAt,
    student: { name: row.studentName },
    idea: row.ideaId ? { id: row.ideaId, slug: row.ideaSlug!, title: row.ideaTitle! } : null,
  }
  const asReview = (r: ReviewRow) => ({
    id: r.id,
    reviewerId: r.reviewerId,
    overallScore: r.overallScore,
    willingToMentor: r.willingToMentor,
    updatedAt: r.updatedAt,
    reviewer: { name: r.reviewerName },
    scores: r.scores,
  })
  const own = allReviews.find((r) => r.reviewerId === viewer.id)
  const mine = own ? asReview(own) : null
  const access = reviewAccess(context.roles, { conflicted: isConflicted(context.conflicts, proposal), reviewed: Boolean(mine) })
  if (access === 'none') return null
  if (access === 'conflicted') return { access, proposal: { id: proposal.id, title: proposal.title } } as const
  const reviews = access === 'full' ? allReviews.filter((r) => r.reviewerId !== viewer.id).map(asReview) : []

  const [others, criteria, comments, scores] = await Promise.all([
    db.$queryRaw<{ id: string; title: string; status: ProposalStatus; ideaTitle: string | null }[]>`
      SELECT o.id, o.title, o.status, i.title AS "ideaTitle"
      FROM "Proposal" o LEFT JOIN "Idea" i ON i.id = o."ideaId"
      WHERE o."seasonId" = ${seasonId} AND o."studentId" = ${proposal.studentId} AND o.id <> ${proposal.id} AND o.status::text IN (${Prisma.join(READABLE_STATUSES)})
      ORDER BY o."submittedAt" ASC NULLS LAST, o.id ASC`,
    db.rubricCriterion.findMany({ where: { seasonId }, orderBy: { position: 'asc' }, select: { id: true, key: true, label: true, description: true, minScore: true, maxScore: true, weight: true } }),
    db.$queryRaw<{ id: string; body: string; visibility: CommentVisibility; createdAt: Date; authorId: string; authorName: string | null }[]>`
      SELECT c.id, c.body, c.visibility, c."createdAt", a.id AS "authorId", a.name AS "authorName"
      FROM "Comment" c JOIN "User" a ON a.id = c."authorId"
      WHERE c."proposalId" = ${proposalId}
      ORDER BY c."createdAt" ASC, c.id ASC`,
    access === 'full' ? seasonScores(seasonId) : Promise.resolve(null),
  ])
  const score = scores?.proposals.get(proposal.id)
  // The settling note speaks of the scores: only for those who may see them (below, under `discussion`).
  const { discussionSettledAt, discussionNote, discussionSettledBy, ...shown } = proposal
  // Conflicts with the student's other proposals are theirs to know: such a proposal is listed without a link.
  const otherProposals = others.map(({ ideaTitle, ...p }) => ({
    ...p,
    idea: ideaTitle === null ? null : { title: ideaTitle },
    conflicted: isConflicted(context.conflicts, { id: p.id, studentId: proposal.studentId }),
  }))
  return {
    access,
    proposal: shown,
    otherProposals,
    criteria,
    myReview: mine,
    reviews,
    /** How many others reviewed it, shown to a mentor who may not see their scores yet. */
    othersHidden: access === 'own-only',
    comments: comments.map(({ authorId, authorName, ...c }) => ({ ...c, author: { id: authorId, name: authorName }, authorName: authorName ?? 'A mentor' })),
    admin: context.admin,
    /** The disagreement queue (full access only): reviewers disagree widely, and whether an admin settled it. */
    discussion: score?.disagreement
      ? discussionSettledAt
        ? ({ state: 'settled', at: discussionSettledAt, by: discussionSettledBy?.name ?? 'An admin', note: discussionNote ?? '' } as const)
        : ({ state: 'open' } as const)
      : null,
  } as const
}

export type ProposalForReview = NonNullable<Awaited<ReturnType<typeof getProposalForReview>>>

/**
 * Conflicts of interest in a season: admins see all of them (who is conflicted with what), a mentor sees their
 * own, anyone else none.
 */
export async function listConflicts(viewer: Viewer, seasonId: string) {
  const roles: Set<SeasonRoleKind> = await rolesInSeason(viewer.id, seasonId)
  if (!mayPerform(roles, 'proposal.review')) return []
  return db.conflict.findMany({
    where: { seasonId, ...(roles.has('ADMIN') ? {} : { mentorId: viewer.id }) },
    select: {
      id: true,
      note: true,
      source: true,
      createdAt: true,
      mentor: { select: { id: true, name: true } },
      proposal: { select: { id: true, title: true } },
      student: { select: { id: true, name: true } },
    },
    orderBy: { createdAt: 'asc' },
  })
}

/** Proposals of the season the viewer may score (conflicts left out), as SQL on "Proposal" p. */
function scorableBy(seasonId: string, conflicts: ConflictSets) {
  return Prisma.sql`p."seasonId" = ${seasonId} AND p.status::text IN (${Prisma.join(SCORABLE_STATUSES)})
    AND NOT (p.id = ANY(${[...conflicts.proposals]}::text[])) AND NOT (p."studentId" = ANY(${[...conflicts.students]}::text[]))`
}

/**
 * "Save and next": the proposal the viewer should read next — not reviewed by them, not conflicted, fewest
 * reviews first, then the earliest submitted — other than `after` (the one just saved or skipped). null when
 * none is left or the viewer is not staff. (In SQL: Prisma's order by a relation count counts every review of
 * every season before it picks one.)
 */
export async function nextToReview(viewer: Viewer, seasonId: string, after?: string): Promise<string | null> {
  const context = await reviewerContext(viewer, seasonId)
  if (!context.staff) return null
  const [next] = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "Proposal" p
    WHERE ${scorableBy(seasonId, context.conflicts)} AND p.id <> ${after ?? ''}
      AND NOT EXISTS (SELECT 1 FROM "Review" r WHERE r."proposalId" = p.id AND r."reviewerId" = ${viewer.id})
    ORDER BY (SELECT count(*) FROM "Review" r WHERE r."proposalId" = p.id) ASC, p."submittedAt" ASC NULLS LAST, p.id ASC
    LIMIT 1`
  return next?.id ?? null
}

/** "12 of 45 reviewed": the viewer's reviews among the proposals they may score. */
export async function reviewProgress(viewer: Viewer, seasonId: string): Promise<{ reviewed: number; total: number } | null> {
  const context = await reviewerContext(viewer, seasonId)
  if (!context.staff) return null
  const [counts] = await db.$queryRaw<{ reviewed: number; total: number }[]>`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Review" r WHERE r."proposalId" = p.id AND r."reviewerId" = ${viewer.id}))::int AS reviewed
    FROM "Proposal" p WHERE ${scorableBy(seasonId, context.conflicts)}`
  return { reviewed: counts!.reviewed, total: counts!.total }
}

type ListRow = {
  all: number
  total: number
  id: string | null
  title: string
  status: ProposalStatus
  submittedAt: Date | null
  ideaId: string | null
  ideaTitle: string | null
  studentId: string
  studentName: string | null
  reviews: number
  myScore: number | null
  willing: string[]
  applications: number
  discussionSettledAt: Date | null
}

/** The sorts and filters that read the calibration fit's numbers (computed in JavaScript, see seasonScores). */
const SCORE_SORTS: ReadonlySet<string> = new Set(['score', 'calibrated', 'spread'])

/**
 * The fit's numbers as one JSON parameter, [[proposalId, mean, calibrated, spread, disagreement], ...], made once
 * per fit (the fit is reused while its input is unchanged, so is this): the review list's query joins it to
 * filter and sort by scores in SQL. JSON carries doubles exactly (shortest round-trip form), so SQL compares
 * the same numbers JavaScript would.
 */
const fitAsJson = new WeakMap<SeasonScores, string>()
function scoresParameter(scores: SeasonScores): string {
  let json = fitAsJson.get(scores)
  if (json === undefined) {
    json = JSON.stringify([...scores.proposals].map(([id, s]) => [id, s.rawMean, s.calibrated, s.spread, s.disagreement]))
    fitAsJson.set(scores, json)
  }
  return json
}

/**
 * The review list: the proposals of the season staff may read, with idea, student, number of reviews, the
 * viewer's score, mean, calibrated score, spread, willing mentors and flags; filtered, sorted and paged as the
 * URL says — in SQL, so that only the page's 50 rows are read in full, whatever the number of proposals. A fixed
 * number of queries whatever the number of proposals, reviews or comments (the search is PostgreSQL full-text on
 * the generated "searchVector" column). What the viewer may not see is blanked here, and filters and sorts see
 * only what the viewer sees: a mentor sees no mean or spread of a proposal before their own review of it, a
 * conflicted viewer no numbers at all. null for anyone who is not staff of the season.
 */
export async function listProposalsForReview(viewer: Viewer, seasonId: string, view: ReviewListView) {
  const context = await reviewerContext(viewer, seasonId)
  if (!context.staff) return null
  const sort = view.sort ?? 'submitted'
  const dir = view.dir ?? (['score', 'calibrated', 'mine', 'reviews', 'spread', 'willing'].includes(sort) ? 'desc' : 'asc')
  const byScores = SCORE_SORTS.has(sort) || view.min !== undefined || view.max !== undefined || view.flag === 'discuss'
  const fit = seasonScores(seasonId)
  // The fit's numbers are needed in the query only when the view filters or sorts by them.
  const scores = byScores ? await fit : null

  const q = view.q?.trim() || null
  const search = q ? Prisma.sql`AND p."searchVector" @@ websearch_to_tsquery('english', ${q})` : Prisma.empty
  const idea = view.idea ? Prisma.sql`AND p."ideaId" = ${view.idea}` : Prisma.empty
  const ideaTitle = view.ideaTitle
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Idea" i WHERE i.id = p."ideaId" AND i.title ILIKE ${`%${view.ideaTitle.replace(/[\\%_]/g, '\\$&')}%`})`
    : Prisma.empty
  // Each candidate row carries what the filters and the sort read, and nothing more: counting a proposal's
  // reviews, applications or willing mentors is done only when the view asks for it.
  const reviewCount = Prisma.sql`(SELECT count(*)::int FROM "Review" r WHERE r."proposalId" = p.id)`
  const applications = Prisma.sql`(SELECT count(*)::int FROM "Proposal" o WHERE o."seasonId" = p."seasonId" AND o."studentId" = p."studentId" AND o.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED'))`
  // Willing mentors other than those conflicted with the proposal (their willingness is not shown either).
  const willingFrom = Prisma.sql`FROM "Review" r JOIN "User" m ON m.id = r."reviewerId"
    WHERE r."proposalId" = p.id AND r."willingToMentor"
      AND NOT EXISTS (SELECT 1 FROM "Conflict" c WHERE c."mentorId" = r."reviewerId" AND (c."proposalId" = p.id OR (c."studentId" = p."studentId" AND c."seasonId" = p."seasonId")))`
  // Text sorts compare lower-cased text by code point, as JavaScript's < did.
  const key = {
    submitted: Prisma.sql`NULL::int`,
    title: Prisma.sql`lower(p.title) COLLATE "C"`,
    idea: Prisma.sql`(SELECT lower(i.title) COLLATE "C" FROM "Idea" i WHERE i.id = p."ideaId")`,
    student: Prisma.sql`(SELECT lower(coalesce(u.name, 'A student')) COLLATE "C" FROM "User" u WHERE u.id = p."studentId")`,
    reviews: Prisma.sql`CASE WHEN NOT p.conflicted THEN ${reviewCount} END`,
    mine: Prisma.sql`CASE WHEN NOT p.conflicted THEN p."myScore" END`,
    score: Prisma.sql`CASE WHEN p.sees THEN s.mean END`,
    calibrated: Prisma.sql`CASE WHEN p.sees THEN coalesce(s.calibrated, s.mean) END`,
    spread: Prisma.sql`CASE WHEN p.sees THEN s.spread END`,
    willing: Prisma.sql`CASE WHEN p.conflicted THEN 0 ELSE (SELECT count(*)::int ${willingFrom}) END`,
  }[sort]
  const shown = Prisma.sql`CASE WHEN p.sees THEN coalesce(s.calibrated, s.mean) END`
  const filters: Prisma.Sql[] = []
  if (view.unreviewed) filters.push(Prisma.sql`p."myScore" IS NULL AND NOT p.conflicted AND p.status <> 'WITHDRAWN'`)
  if (view.fewer !== undefined) filters.push(Prisma.sql`NOT p.conflicted AND ${reviewCount} < ${view.fewer}`)
  if (view.min !== undefined) filters.push(Prisma.sql`${shown} >= ${view.min}`)
  if (view.max !== undefined) filters.push(Prisma.sql`${shown} <= ${view.max}`)
  if (view.flag === 'conflict') filters.push(Prisma.sql`p.conflicted`)
  if (view.flag === 'discuss') filters.push(Prisma.sql`p.sees AND s.disagreement AND p."discussionSettledAt" IS NULL`)
  if (view.flag === 'withdrawn') filters.push(Prisma.sql`p.status = 'WITHDRAWN'`)
  if (view.flag === 'duplicate') filters.push(Prisma.sql`${applications} > 1`)
  const where = filters.length ? Prisma.sql`WHERE ${Prisma.join(filters, ' AND ')}` : Prisma.empty
  const fitJoin = scores
    ? Prisma.sql`LEFT JOIN (SELECT e->>0 AS id, (e->>1)::float8 AS mean, (e->>2)::float8 AS calibrated, (e->>3)::float8 AS spread, (e->>4)::boolean AS disagreement
        FROM jsonb_array_elements(${scoresParameter(scores)}::jsonb) e) s ON s.id = p.id`
    : Prisma.sql`LEFT JOIN (SELECT NULL::text AS id, NULL::float8 AS mean, NULL::float8 AS calibrated, NULL::float8 AS spread, NULL::boolean AS disagreement) s ON false`
  // Ties keep the submission order, and unknown values come last in either direction, so the list never jumps.
  const order =
    sort === 'submitted'
      ? dir === 'asc'
        ? Prisma.sql`p."submittedAt" ASC NULLS LAST, p.id ASC`
        : Prisma.sql`p."submittedAt" DESC NULLS FIRST, p.id DESC`
      : Prisma.sql`p.key ${dir === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`} NULLS LAST, p."submittedAt" ASC NULLS LAST, p.id ASC`
  const conflictedProposals = [...context.conflicts.proposals]
  const conflictedStudents = [...context.conflicts.students]

  const [rows, season, ideas] = await Promise.all([
    db.$queryRaw<ListRow[]>`
      WITH base AS MATERIALIZED (
        SELECT p.*, NOT p.conflicted AND (${context.admin} OR p."myScore" IS NOT NULL) AS sees
        FROM (
          SELECT p.id, p."seasonId", p."studentId", p."ideaId", p.title, p.status, p."submittedAt", p."discussionSettledAt", mine."overallScore" AS "myScore",
            (p.id = ANY(${conflictedProposals}::text[]) OR p."studentId" = ANY(${conflictedStudents}::text[])) AS conflicted
          FROM "Proposal" p
          LEFT JOIN "Review" mine ON mine."proposalId" = p.id AND mine."reviewerId" = ${viewer.id}
          WHERE p."seasonId" = ${seasonId} AND p.status IN ('SUBMITTED', 'WITHDRAWN', 'ACCEPTED', 'REJECTED') ${search} ${idea} ${ideaTitle}
        ) p
      ),
      matched AS MATERIALIZED (
        SELECT p.*, ${key} AS key FROM base p ${fitJoin} ${where}
      ),
      counts AS (SELECT (SELECT count(*) FROM base)::int AS "all", (SELECT count(*) FROM matched)::int AS total),
      page AS (
        SELECT p.*, row_number() OVER (ORDER BY ${order}) AS position
        FROM matched p
        ORDER BY ${order}
        LIMIT ${PAGE_SIZE} OFFSET (SELECT (LEAST(${view.page ?? 1}, GREATEST(1, ceil(total / ${PAGE_SIZE}::numeric)::int)) - 1) * ${PAGE_SIZE} FROM counts)
      )
      SELECT counts."all", counts.total, page.*
      FROM counts LEFT JOIN LATERAL (
        SELECT p.id, p.title, p.status, p."submittedAt", p."discussionSettledAt", p."ideaId", i.title AS "ideaTitle", p."studentId", u.name AS "studentName", p."myScore", p.position,
          ${reviewCount} AS reviews,
          COALESCE((SELECT array_agg(coalesce(m.name, 'A mentor') ORDER BY m.name) ${willingFrom}), '{}') AS willing,
          ${applications} AS applications
        FROM page p
        JOIN "User" u ON u.id = p."studentId"
        LEFT JOIN "Idea" i ON i.id = p."ideaId"
      ) page ON true
      ORDER BY page.position`,
    fit,
    // The idea filter offers the ideas that have proposals under review, not every idea of the season, and
    // only up to IDEA_CHOICES of them (an umbrella organization has hundreds): beyond, it searches titles.
    db.idea.findMany({
      where: { seasonId, proposals: { some: { status: { in: READABLE_STATUSES } } } },
      select: { id: true, title: true },
      orderBy: { title: 'asc' },
      take: IDEA_CHOICES + 1,
    }),
  ])
  // The fit runs over every scored review of the season (conflicted proposals too: a reviewer's leniency shows
  // everywhere they scored); only the rows below decide what the viewer sees of it.
  const fitted = season.proposals
  const { all, total } = rows[0] ?? { all: 0, total: 0 }
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const page = Math.min(view.page ?? 1, pages)

  const shownRows = rows.flatMap((row) => {
    if (row.id === null) return []
    const conflicted = isConflicted(context.conflicts, { id: row.id, studentId: row.studentId })
    const seesScores = !conflicted && (context.admin || row.myScore !== null)
    const score = fitted.get(row.id)
    const flags: (typeof FLAGS)[number][] = []
    if (conflicted) flags.push('conflict')
    if (seesScores && score?.disagreement && !row.discussionSettledAt) flags.push('discuss')
    if (row.status === 'WITHDRAWN') flags.push('withdrawn')
    if (row.applications > 1) flags.push('duplicate')
    return [
      {
        id: row.id,
        title: row.title,
        status: row.status,
        submittedAt: row.submittedAt,
        idea: row.ideaId ? { id: row.ideaId, title: row.ideaTitle ?? '' } : null,
        student: row.studentName ?? 'A student',
        conflicted,
        reviews: conflicted ? null : row.reviews,
        myScore: conflicted ? null : row.myScore,
        mean: seesScores ? (score?.rawMean ?? null) : null,
        calibrated: seesScores ? (score?.calibrated ?? null) : null,
        stdError: seesScores ? (score?.stdError ?? null) : null,
        spread: seesScores ? (score?.spread ?? null) : null,
        willing: conflicted ? [] : row.willing,
        flags,
        /** Whether the viewer may not see this row's scores yet (no review of theirs). */
        scoresHidden: !conflicted && !seesScores,
      },
    ]
  })

  return {
    rows: shownRows,
    total,
    all,
    page,
    pages,
    sort,
    dir,
    /** The ideas to pick from, or null when there are more than IDEA_CHOICES (the filter searches titles then). */
    ideas: ideas.length > IDEA_CHOICES ? null : ideas,
    admin: context.admin,
    /** The season's agreement among reviewers (a season-wide figure: it names no proposal or reviewer). */
    icc: season.icc,
  }
}

export type ReviewList = NonNullable<Awaited<ReturnType<typeof listProposalsForReview>>>

/**
 * The "feedback requested" queue: drafts whose students asked for feedback, with since when, who took each and
 * whether it is done; pending first, oldest first. Conflicted drafts are left out; null for non-staff.
 */
export async function listFeedbackQueue(viewer: Viewer, seasonId: string) {
  const context = await reviewerContext(viewer, seasonId)
  if (!context.staff) return null
  const rows = await db.proposal.findMany({
    where: {
      seasonId,
      status: 'DRAFT',
      feedbackRequestedAt: { not: null },
      id: { notIn: [...context.conflicts.proposals] },
      studentId: { notIn: [...context.conflicts.students] },
    },
    select: {
      id: true,
      title: true,
      feedbackRequestedAt: true,
      feedbackDoneAt: true,
      student: { select: { name: true } },
      idea: { select: { title: true } },
      feedbackTakenBy: { select: { id: true, name: true } },
      _count: { select: { comments: { where: { visibility: 'SHARED' } } } },
    },
    orderBy: [{ feedbackRequestedAt: 'asc' }, { id: 'asc' }],
  })
  const pending = rows.filter((r) => !r.feedbackDoneAt)
  return [...pending, ...rows.filter((r) => r.feedbackDoneAt)].map((r) => ({ ...r, sharedComments: r._count.comments }))
}

/** What the admin's "record a conflict" form offers: the season's mentors and admins, students and proposals. */
export async function conflictFormOptions(viewer: Viewer, seasonId: string) {
  const roles = await rolesInSeason(viewer.id, seasonId)
  if (!mayPerform(roles, 'conflict.manage')) return null
  const [staff, students, proposals] = await Promise.all([
    db.user.findMany({ where: { roles: { some: { seasonId, role: { in: ['MENTOR', 'ADMIN'] } } } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.user.findMany({ where: { roles: { some: { seasonId, role: 'STUDENT' } } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    db.proposal.findMany({ where: { seasonId, ...STAFF_READABLE }, select: { id: true, title: true, student: { select: { name: true } } }, orderBy: { title: 'asc' } }),
  ])
  return { staff, students, proposals }
}
