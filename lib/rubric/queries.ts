// The season's review rubric as its admins edit it: the criteria in order, and whether (and why) they can no
// longer change. Students, mentors and outsiders get null (the page is admins-only).
import 'server-only'
import { rolesInSeason } from '@/lib/authz'
import { db } from '@/lib/db'
import { getNow } from '@/lib/organization'
import { mayPerform } from '@/lib/permissions'
import { rubricLockedMessage } from '@/lib/reviews/rules'

export async function getRubricForAdmin(viewer: { id: string; timeZone?: string | null }, seasonId: string) {
  const roles = await rolesInSeason(viewer.id, seasonId)
  if (!mayPerform(roles, 'rubric.edit')) return null
  const [criteria, phases, reviews, now] = await Promise.all([
    db.rubricCriterion.findMany({
      where: { seasonId },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: { id: true, key: true, label: true, description: true, minScore: true, maxScore: true, weight: true },
    }),
    db.seasonPhase.findMany({ where: { seasonId }, select: { kind: true, startsAt: true, endsAt: true } }),
    db.review.count({ where: { proposal: { seasonId } } }),
    getNow(),
  ])
  return { criteria, lockedMessage: rubricLockedMessage(phases, now, viewer.timeZone, reviews) }
}

export type RubricForAdmin = NonNullable<Awaited<ReturnType<typeof getRubricForAdmin>>>
