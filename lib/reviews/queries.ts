// Reads of the review workspace, scoped to the viewer: each function takes the viewer and returns only what
// they may see (lib/permissions.ts reviewAccess), so no page decides. Students and outsiders get nothing of a
// review; a conflicted mentor or admin gets nothing of that proposal; a mentor sees other mentors' scores only
// once they saved their own review.
import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { SeasonRoleKind } from '@/generated/prisma/enums'
import { rolesInSeason } from '@/lib/authz'
import { db } from '@/lib/db'
import { mayPerform, reviewAccess, type ReviewAccess } from '@/lib/permissions'
import { READABLE_STATUSES, SCORABLE_STATUSES } from './rules'

export type Viewer = { id: string }

const ID = /^[A-Za-z0-9_-]{1,64}$/

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

/** Who the viewer is in the season for reviewing: roles and conflicts, read once per page. */
export async function reviewerContext(viewer: Viewer, seasonId: string) {
  const [roles, conflicts] = await Promise.all([rolesInSeason(viewer.id, seasonId), conflictsOf(viewer.id, seasonId)])
  return { roles, conflicts, staff: mayPerform(roles, 'proposal.review'), admin: roles.has('ADMIN') }
}

export type ReviewerContext = Awaited<ReturnType<typeof reviewerContext>>

/** The viewer's access to one proposal (see reviewAccess); 'none' for ids that are not a readable proposal. */
export async function accessTo(viewer: Viewer, proposalId: string): Promise<{ access: ReviewAccess; proposal: { id: string; seasonId: string; studentId: string } | null }> {
  if (!ID.test(proposalId)) return { access: 'none', proposal: null }
  const proposal = await db.proposal.findFirst({
    where: { id: proposalId, status: { in: READABLE_STATUSES } },
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
      where: { id: proposalId, seasonId, status: { in: READABLE_STATUSES } },
      select: {
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

  const [others, criteria, reviews, comments] = await Promise.all([
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
  ])
  // Conflicts with the student's other proposals are theirs to know: such a proposal is listed without a link.
  const otherProposals = others.map((p) => ({ ...p, conflicted: isConflicted(context.conflicts, { id: p.id, studentId: proposal.studentId }) }))
  return {
    access,
    proposal,
    otherProposals,
    criteria,
    myReview: mine,
    reviews,
    /** How many others reviewed it, shown to a mentor who may not see their scores yet. */
    othersHidden: access === 'own-only',
    comments: comments.map((c) => ({ ...c, authorName: c.author.name ?? 'A mentor' })),
    admin: context.admin,
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
