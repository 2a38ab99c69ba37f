// Reads of ideas in every status, for the admin pages (callers have passed requirePermission('season.administer'))
// and for a mentor's own ideas (callers pass the signed-in mentor). The public reads stay in ./queries.ts.
import 'server-only'
import { db } from '@/lib/db'
import type { Prisma } from '@/generated/prisma/client'
import { IDEA_STATUSES, type IdeaStatusValue } from './schema'

const listing = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  status: true,
  difficulty: true,
  expectedHours: true,
  capacity: true,
  skills: true,
  createdAt: true,
  updatedAt: true,
  proposedBy: { select: { id: true, name: true, email: true } },
  mentors: { select: { user: { select: { id: true, name: true, email: true } } }, orderBy: { createdAt: 'asc' } },
  _count: { select: { proposals: true } },
} satisfies Prisma.IdeaSelect

export type AdminIdeaRow = Prisma.IdeaGetPayload<{ select: typeof listing }>

/**
 * Every idea of the season for the admin list: those awaiting approval apart (oldest first: first come, first
 * served), the others filtered by status if asked, and the count per status for the filter.
 */
export async function listIdeasForAdmin(seasonId: string, status?: IdeaStatusValue) {
  const [awaiting, ideas, counts] = await Promise.all([
    db.idea.findMany({ where: { seasonId, status: 'PROPOSED' }, select: listing, orderBy: { createdAt: 'asc' } }),
    db.idea.findMany({
      where: { seasonId, ...(status ? { status } : { status: { not: 'PROPOSED' } }) },
      select: listing,
      orderBy: { title: 'asc' },
    }),
    db.idea.groupBy({ by: ['status'], where: { seasonId }, _count: { _all: true } }),
  ])
  const byStatus = Object.fromEntries(IDEA_STATUSES.map((s) => [s, 0])) as Record<IdeaStatusValue, number>
  for (const row of counts) byStatus[row.status] = row._count._all
  return { awaiting, ideas, byStatus, total: Object.values(byStatus).reduce((a, b) => a + b, 0) }
}

/** One idea of the season with everything its edit form needs, or null (unknown id, or another season's). */
export async function getIdeaForEdit(seasonId: string, ideaId: string) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(ideaId)) return null
  return db.idea.findFirst({
    where: { id: ideaId, seasonId },
    select: { ...listing, description: true, seasonId: true, proposedById: true },
  })
}

export type IdeaForEdit = NonNullable<Awaited<ReturnType<typeof getIdeaForEdit>>>

/** The people who may be an idea's mentors: the season's MENTOR-role users. */
export async function listSeasonMentors(seasonId: string) {
  const rows = await db.seasonRole.findMany({
    where: { seasonId, role: 'MENTOR' },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: 'asc' } },
  })
  return rows.map((r) => r.user)
}

export type MentorOption = Awaited<ReturnType<typeof listSeasonMentors>>[number]

/** The ideas a person mentors or proposed in the season, newest first, whatever their status. */
export async function listMentorIdeas(seasonId: string, userId: string) {
  return db.idea.findMany({
    where: { seasonId, OR: [{ proposedById: userId }, { mentors: { some: { userId } } }] },
    select: listing,
    orderBy: [{ createdAt: 'desc' }],
  })
}

/** One idea the person mentors or proposed, or null: a mentor never sees others' unpublished ideas. */
export async function getMentorIdea(seasonId: string, ideaId: string, userId: string) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(ideaId)) return null
  return db.idea.findFirst({
    where: { id: ideaId, seasonId, OR: [{ proposedById: userId }, { mentors: { some: { userId } } }] },
    select: { ...listing, description: true, seasonId: true, proposedById: true },
  })
}

/** The audit trail of one idea, newest first: what changed, who changed it and when. */
export async function listIdeaHistory(seasonId: string, ideaId: string) {
  return db.auditLog.findMany({
    where: { seasonId, entity: 'Idea', entityId: ideaId },
    orderBy: { id: 'desc' },
    take: 50,
    select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true, email: true } } },
  })
}
