// The season's public figures, counted from the proposal, role and acceptance rows. Acceptances are counted
// only once the season's decisions are public by the app's clock (lib/decisions.ts); before that the figure is
// null, so no page can show it early.
import 'server-only'
import { db } from '@/lib/db'
import { decisionsArePublic } from '@/lib/decisions'
import { getNow } from '@/lib/organization'
import { APPLICATION_STATUSES } from '@/lib/proposals/status'
import { computeFigures } from '@/lib/stats'

export async function getSeasonStats(seasonId: string) {
  const [phases, now] = await Promise.all([db.seasonPhase.findMany({ where: { seasonId }, select: { kind: true, startsAt: true } }), getNow()])
  const decided = decisionsArePublic(phases, now)
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
    decided ? db.acceptance.count({ where: { seasonId } }) : null,
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
