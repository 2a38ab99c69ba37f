// Reads for the student's own pages. Every function takes the viewer and returns only the viewer's own
// proposals, with nothing of their review: no scores, reviews, rankings, reviewers, or comments kept among
// mentors. Shared comments come without their author.
import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import { db } from '@/lib/db'
import { getNow } from '@/lib/organization'
import { sortPhases } from '@/lib/timeline'
import { visibleStatus } from './rules'
import { proposalWriteEligibility } from '@/lib/permissions'
import { APPLICATION_STATUSES } from './status'

type Viewer = { id: string }

const ID = /^[A-Za-z0-9_-]{1,64}$/

const ownProposal = {
  id: true,
  title: true,
  abstract: true,
  plan: true,
  timeline: true,
  hoursPerWeek: true,
  links: true,
  status: true,
  submittedAt: true,
  withdrawnAt: true,
  decidedAt: true,
  feedbackRequestedAt: true,
  feedbackDoneAt: true,
  createdAt: true,
  updatedAt: true,
  season: {
    select: {
      id: true,
      slug: true,
      title: true,
      year: true,
      maxProposalsPerStudent: true,
      allowOwnTopics: true,
      phases: { select: { kind: true, startsAt: true, endsAt: true } },
    },
  },
  idea: { select: { id: true, slug: true, title: true, status: true } },
  // Only what mentors chose to share, and never who wrote it.
  comments: { where: { visibility: 'SHARED' }, select: { id: true, body: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
} as const satisfies Prisma.ProposalSelect

type Row = Prisma.ProposalGetPayload<{ select: typeof ownProposal }>

/**
 * Phases in order, the status as the student may see it (see visibleStatus), and `changedAt`, the last change
 * they may be shown: a decision not yet announced changed the row, but the student must not learn when (or
 * that) it happened, so its moment is left out. `updatedAt` stays the version the editor saves against.
 */
function shape({ decidedAt, ...row }: Row, now: Date) {
  const phases = sortPhases(row.season.phases)
  const status = visibleStatus(row.status, phases, now)
  const hidden = status !== row.status
  const ownChanges = [row.createdAt, row.submittedAt, row.withdrawnAt].filter((d): d is Date => d !== null)
  const changedAt =
    hidden && !(decidedAt && row.updatedAt > decidedAt) ? new Date(Math.max(...ownChanges.map((d) => d.getTime()))) : row.updatedAt
  return { ...row, status, changedAt, season: { ...row.season, phases } }
}

/** The viewer's proposals across seasons, newest season first, most recently changed first. */
export async function listMyProposals(viewer: Viewer) {
  const rows = await db.proposal.findMany({
    where: { studentId: viewer.id },
    select: ownProposal,
    orderBy: [{ season: { year: 'desc' } }, { updatedAt: 'desc' }],
  })
  const now = await getNow()
  return rows.map((row) => shape(row, now))
}

export type MyProposal = ReturnType<typeof shape>

/** One of the viewer's proposals, or null for any id that is not theirs (the page answers 404). */
export async function getMyProposal(viewer: Viewer, id: string): Promise<MyProposal | null> {
  if (!ID.test(id)) return null
  const row = await db.proposal.findFirst({ where: { id, studentId: viewer.id }, select: ownProposal })
  return row ? shape(row, await getNow()) : null
}

/** How many applications (submitted, accepted or not accepted proposals) the viewer has in a season. */
export async function countMyApplications(viewer: Viewer, seasonId: string): Promise<number> {
  return db.proposal.count({ where: { studentId: viewer.id, seasonId, status: { in: APPLICATION_STATUSES } } })
}

/** What the "start a proposal" page offers the viewer in a season. */
export async function getStartOptions(viewer: Viewer, seasonId: string) {
  const [ideas, roles, mine] = await Promise.all([
    db.idea.findMany({ where: { seasonId, status: 'PUBLISHED' }, select: { id: true, slug: true, title: true }, orderBy: { title: 'asc' } }),
    db.seasonRole.findMany({ where: { userId: viewer.id, seasonId }, select: { role: true } }),
    db.proposal.findMany({ where: { studentId: viewer.id, seasonId }, select: { id: true, ideaId: true, status: true } }),
  ])
  return {
    ideas,
    eligibility: proposalWriteEligibility(roles.map((r) => r.role)),
    /** ideaId → the viewer's proposal for it */
    existing: new Map(mine.filter((p) => p.ideaId).map((p) => [p.ideaId!, p.id])),
    applications: mine.filter((p) => APPLICATION_STATUSES.includes(p.status)).length,
  }
}

/** Whether the viewer mentors or administers the season (and so may not write proposals in it). */
export async function myWriteEligibility(viewer: Viewer, seasonId: string) {
  const roles = await db.seasonRole.findMany({ where: { userId: viewer.id, seasonId }, select: { role: true } })
  return proposalWriteEligibility(roles.map((r) => r.role))
}
