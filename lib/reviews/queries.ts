// Reads of the review workspace, scoped to the viewer: each function takes the viewer and returns only what
// they may see (lib/permissions.ts reviewAccess), so no page decides. Students and outsiders get nothing of a
// review; a conflicted mentor or admin gets nothing of that proposal; a mentor sees other mentors' scores only
// once they saved their own review.
import 'server-only'
import { cache } from 'react'
import { Prisma } from '@/generated/prisma/client'
import type { ProposalStatus, SeasonRoleKind } from '@/generated/prisma/enums'
import { rolesInSeason } from '@/lib/authz'
import { db } from '@/lib/db'
import { mayPerform, reviewAccess, type ReviewAccess } from '@/lib/permissions'
import { FLAGS, PAGE_SIZE, type ReviewListView } from './filters'
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
  const [proposal, context, mine] = await Promise.all([
    db.proposal.findFirst({
      where: { id: proposalId, seasonId, ...STAFF_READABLE },
      select: {
        feedbackRequestedAt: true,
        feedbackDoneAt: true,
        feedbackTakenBy: { select: { id: true, name: true } },
        discussionSettledAt: true,
        discussionNote: true,
        discussionSettledBy: { select: { name: true } },
        id: true,
        seasonId: true,
        studentId: true,
        title: true,
        abstract: true,
        plan: true,
        timeline: true,
        hoursPerWeek: true,
        links: true,
        status: true,
        submittedAt: true,
        student: { select: { name: true } },
        idea: { select: { id: true, slug: true, title: true } },
      },
    }),
    reviewerContext(viewer, seasonId),
    db.review.findUnique({ where: { proposalId_reviewerId: { proposalId, reviewerId: viewer.id } }, select: reviewSelect }),
  ])
  if (!proposal || !context.staff) return null
  const access = reviewAccess(context.roles, { conflicted: isConflicted(context.conflicts, proposal), reviewed: Boolean(mine) })
  if (access === 'none') return null
  if (access === 'conflicted') return { access, proposal: { id: proposal.id, title: proposal.title } } as const

  const [others, criteria, reviews, comments, scores] = await Promise.all([
    db.proposal.findMany({
      where: { seasonId, studentId: proposal.studentId, id: { not: proposal.id }, status: { in: READABLE_STATUSES } },
      select: { id: true, title: true, status: true, idea: { select: { title: true } } },
      orderBy: { submittedAt: 'asc' },
    }),
    db.rubricCriterion.findMany({ where: { seasonId }, orderBy: { position: 'asc' }, select: { id: true, key: true, label: true, description: true, minScore: true, maxScore: true } }),
    access === 'full'
      ? db.review.findMany({ where: { proposalId, reviewerId: { not: viewer.id } }, select: reviewSelect, orderBy: { createdAt: 'asc' } })
      : Promise.resolve([]),
    db.comment.findMany({
      where: { proposalId },
      select: { id: true, body: true, visibility: true, createdAt: true, author: { select: { id: true, name: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    access === 'full' ? seasonScores(seasonId) : Promise.resolve(null),
  ])
  const score = scores?.proposals.get(proposal.id)
  // The settling note speaks of the scores: only for those who may see them (below, under `discussion`).
  const { discussionSettledAt, discussionNote, discussionSettledBy, ...shown } = proposal
  // Conflicts with the student's other proposals are theirs to know: such a proposal is listed without a link.
  const otherProposals = others.map((p) => ({ ...p, conflicted: isConflicted(context.conflicts, { id: p.id, studentId: proposal.studentId }) }))
  return {
    access,
    proposal: shown,
    otherProposals,
    criteria,
    myReview: mine,
    reviews,
    /** How many others reviewed it, shown to a mentor who may not see their scores yet. */
    othersHidden: access === 'own-only',
    comments: comments.map((c) => ({ ...c, authorName: c.author.name ?? 'A mentor' })),
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

/** Proposals the viewer may score and has not reviewed, as a Prisma filter (conflicts left out). */
function unreviewedBy(viewer: Viewer, seasonId: string, conflicts: ConflictSets) {
  return {
    seasonId,
    status: { in: SCORABLE_STATUSES },
    reviews: { none: { reviewerId: viewer.id } },
    id: { notIn: [...conflicts.proposals] },
    studentId: { notIn: [...conflicts.students] },
  } satisfies Prisma.ProposalWhereInput
}

/**
 * "Save and next": the proposal the viewer should read next — not reviewed by them, not conflicted, fewest
 * reviews first, then the earliest submitted — other than `after` (the one just saved or skipped). null when
 * none is left or the viewer is not staff.
 */
export async function nextToReview(viewer: Viewer, seasonId: string, after?: string): Promise<string | null> {
  const context = await reviewerContext(viewer, seasonId)
  if (!context.staff) return null
  const where = unreviewedBy(viewer, seasonId, context.conflicts)
  const next = await db.proposal.findFirst({
    where: after ? { ...where, id: { notIn: [...context.conflicts.proposals, after] } } : where,
    orderBy: [{ reviews: { _count: 'asc' } }, { submittedAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  })
  return next?.id ?? null
}

/** "12 of 45 reviewed": the viewer's reviews among the proposals they may score. */
export async function reviewProgress(viewer: Viewer, seasonId: string): Promise<{ reviewed: number; total: number } | null> {
  const context = await reviewerContext(viewer, seasonId)
  if (!context.staff) return null
  const scorable = {
    seasonId,
    status: { in: SCORABLE_STATUSES },
    id: { notIn: [...context.conflicts.proposals] },
    studentId: { notIn: [...context.conflicts.students] },
  } satisfies Prisma.ProposalWhereInput
  const [total, reviewed] = await Promise.all([
    db.proposal.count({ where: scorable }),
    db.proposal.count({ where: { ...scorable, reviews: { some: { reviewerId: viewer.id } } } }),
  ])
  return { reviewed, total }
}

type ListRow = {
  id: string
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

/**
 * The review list: every proposal of the season staff may read, with idea, student, number of reviews, the
 * viewer's score, mean, calibrated score, spread, willing mentors and flags; filtered, sorted and paged as the
 * URL says. A fixed number of queries whatever the number of proposals, reviews or comments (the search is
 * PostgreSQL full-text on the generated "searchVector" column). What the viewer may not see is blanked here:
 * a mentor sees no mean or spread of a proposal before their own review of it, a conflicted viewer no numbers
 * at all. null for anyone who is not staff of the season.
 */
export async function listProposalsForReview(viewer: Viewer, seasonId: string, view: ReviewListView) {
  const context = await reviewerContext(viewer, seasonId)
  if (!context.staff) return null
  const q = view.q?.trim() || null
  const search = q ? Prisma.sql`AND p."searchVector" @@ websearch_to_tsquery('english', ${q})` : Prisma.empty
  const idea = view.idea ? Prisma.sql`AND p."ideaId" = ${view.idea}` : Prisma.empty
  const [rows, season, ideas] = await Promise.all([
    db.$queryRaw<ListRow[]>`
      SELECT p.id, p.title, p.status, p."submittedAt", p."discussionSettledAt", p."ideaId", i.title AS "ideaTitle", p."studentId", u.name AS "studentName",
        (SELECT count(*)::int FROM "Review" r WHERE r."proposalId" = p.id) AS reviews,
        (SELECT r."overallScore" FROM "Review" r WHERE r."proposalId" = p.id AND r."reviewerId" = ${viewer.id}) AS "myScore",
        COALESCE((SELECT array_agg(coalesce(m.name, 'A mentor') ORDER BY m.name) FROM "Review" r JOIN "User" m ON m.id = r."reviewerId"
          WHERE r."proposalId" = p.id AND r."willingToMentor"
            AND NOT EXISTS (SELECT 1 FROM "Conflict" c WHERE c."mentorId" = r."reviewerId" AND (c."proposalId" = p.id OR (c."studentId" = p."studentId" AND c."seasonId" = p."seasonId")))
        ), '{}') AS willing,
        (SELECT count(*)::int FROM "Proposal" o WHERE o."seasonId" = p."seasonId" AND o."studentId" = p."studentId" AND o.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')) AS applications
      FROM "Proposal" p
      JOIN "User" u ON u.id = p."studentId"
      LEFT JOIN "Idea" i ON i.id = p."ideaId"
      WHERE p."seasonId" = ${seasonId} AND p.status IN ('SUBMITTED', 'WITHDRAWN', 'ACCEPTED', 'REJECTED') ${search} ${idea}
      ORDER BY p."submittedAt" ASC NULLS LAST, p.id ASC`,
    seasonScores(seasonId),
    db.idea.findMany({ where: { seasonId, proposals: { some: { status: { in: READABLE_STATUSES } } } }, select: { id: true, title: true }, orderBy: { title: 'asc' } }),
  ])
  // The fit runs over every scored review of the season (conflicted proposals too: a reviewer's leniency shows
  // everywhere they scored); only the rows below decide what the viewer sees of it.
  const scores = season.proposals

  const all = rows.map((row) => {
    const conflicted = isConflicted(context.conflicts, { id: row.id, studentId: row.studentId })
    const seesScores = !conflicted && (context.admin || row.myScore !== null)
    const score = scores.get(row.id)
    const flags: (typeof FLAGS)[number][] = []
    if (conflicted) flags.push('conflict')
    if (seesScores && score?.disagreement && !row.discussionSettledAt) flags.push('discuss')
    if (row.status === 'WITHDRAWN') flags.push('withdrawn')
    if (row.applications > 1) flags.push('duplicate')
    return {
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
    }
  })

  const filtered = all.filter((row) => {
    if (view.unreviewed && (row.myScore !== null || row.conflicted || row.status === 'WITHDRAWN')) return false
    if (view.fewer !== undefined && (row.reviews === null || row.reviews >= view.fewer)) return false
    const shown = row.calibrated ?? row.mean
    if (view.min !== undefined && (shown === null || shown < view.min)) return false
    if (view.max !== undefined && (shown === null || shown > view.max)) return false
    if (view.flag && !row.flags.includes(view.flag)) return false
    return true
  })

  const sort = view.sort ?? 'submitted'
  const dir = view.dir ?? (['score', 'calibrated', 'mine', 'reviews', 'spread', 'willing'].includes(sort) ? 'desc' : 'asc')
  const key = (row: (typeof all)[number]): string | number | null => {
    switch (sort) {
      case 'title': return row.title.toLowerCase()
      case 'idea': return row.idea?.title.toLowerCase() ?? null
      case 'student': return row.student.toLowerCase()
      case 'reviews': return row.reviews
      case 'mine': return row.myScore
      case 'score': return row.mean
      case 'calibrated': return row.calibrated ?? row.mean
      case 'spread': return row.spread
      case 'willing': return row.willing.length
      default: return null // submitted: the SQL order
    }
  }
  if (sort === 'submitted') {
    if (dir === 'desc') filtered.reverse()
  } else {
    const indexed = filtered.map((row, index) => ({ row, index, k: key(row) }))
    indexed.sort((a, b) => {
      // Unknown values last in either direction; ties keep the submission order, so the list never jumps.
      if (a.k === null || b.k === null) return a.k === b.k ? a.index - b.index : a.k === null ? 1 : -1
      const c = a.k < b.k ? -1 : a.k > b.k ? 1 : 0
      return (dir === 'asc' ? c : -c) || a.index - b.index
    })
    filtered.splice(0, filtered.length, ...indexed.map((x) => x.row))
  }

  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE))
  const page = Math.min(view.page ?? 1, pages)
  return {
    rows: filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: filtered.length,
    all: all.length,
    page,
    pages,
    sort,
    dir,
    ideas,
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
