// The season's public figures, counted from the proposal, role and acceptance rows.
import 'server-only'
import { db } from '@/lib/db'
import { APPLICATION_STATUSES } from '@/lib/proposals/status'
import { computeFigures } from '@/lib/stats'

export async function getSeasonStats(seasonId: string) {
  const [ideas, perIdea, ownTopic, mentors, acceptedStudents] = await Promise.all([
    // Ideas listed: every idea that was ever public this season (publishedAt is kept when one is archived).
    db.idea.findMany({ where: { seasonId, publishedAt: { not: null } }, select: { id: true, slug: true, title: true, status: true } }),
    db.proposal.groupBy({
      by: ['ideaId'],
      where: { seasonId, status: { in: APPLICATION_STATUSES }, ideaId: { not: null } },
      _count: { _all: true },
    }),
    db.proposal.count({ where: { seasonId, status: { in: APPLICATION_STATUSES }, ideaId: null } }),
    db.seasonRole.count({ where: { seasonId, role: 'MENTOR' } }),
    db.acceptance.count({ where: { seasonId } }),
  ])
  const counts = new Map(perIdea.map((row) => [row.ideaId, row._count._all]))
  const ideaApplications = ideas
    .map((idea) => ({ slug: idea.slug, title: idea.title, applications: counts.get(idea.id) ?? 0, isPublic: idea.status === 'PUBLISHED' }))
    .sort((a, b) => b.applications - a.applications || a.title.localeCompare(b.title))
  return {
    figures: computeFigures({ ideas: ideaApplications, ownTopicApplications: ownTopic, mentors, acceptedStudents }),
    ideaApplications,
  }
}
