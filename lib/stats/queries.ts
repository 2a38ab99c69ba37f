// The season's public figures, counted from the proposal, role and acceptance rows. Acceptances are counted
// only once the season's decisions are public by the app's clock (lib/decisions.ts); before that the figure is
// null, so no page can show it early.
import 'server-only'
import { db } from '@/lib/db'
import { decisionsArePublic } from '@/lib/decisions'
import { getNow } from '@/lib/organization'
import { cachedRead, tags } from '@/lib/public-cache'
import { APPLICATION_STATUSES } from '@/lib/proposals/status'
import { computeFigures } from '@/lib/stats'

// The counts, cached (tags "stats:<seasonId>", "ideas:<seasonId>", "seasons"); whether acceptances are public is
// decided per request by the app's clock, so the figure appears when the announcement phase starts.
const readCounts = cachedRead('stats', ([seasonId]) => [tags.stats(seasonId), tags.ideas(seasonId), tags.seasons], (seasonId: string) => countRows(seasonId))

async function countRows(seasonId: string) {
  const [phases, ideas, perIdea, ownTopic, mentors, acceptedStudents] = await Promise.all([
    db.seasonPhase.findMany({ where: { seasonId }, select: { kind: true, startsAt: true } }),
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
  return { phases, ideas, perIdea: perIdea.map((row) => ({ ideaId: row.ideaId, count: row._count._all })), ownTopic, mentors, acceptedStudents }
}

/** The figures from the rows as they are now, bypassing the cache: for a post written from them (admins only). */
export async function liveSeasonFigures(seasonId: string) {
  return figuresFrom(await countRows(seasonId), await getNow())
}

export async function getSeasonStats(seasonId: string) {
  const [counts, now] = await Promise.all([readCounts(seasonId), getNow()])
  return figuresFrom(counts, now)
}

function figuresFrom({ phases, ideas, perIdea, ownTopic, mentors, acceptedStudents }: Awaited<ReturnType<typeof countRows>>, now: Date) {
  const decided = decisionsArePublic(phases, now)
  const counts = new Map(perIdea.map((row) => [row.ideaId, row.count]))
  const ideaApplications = ideas
    .map((idea) => ({ slug: idea.slug, title: idea.title, applications: counts.get(idea.id) ?? 0, isPublic: idea.status === 'PUBLISHED' }))
    .sort((a, b) => b.applications - a.applications || a.title.localeCompare(b.title))
  return {
    figures: computeFigures({ ideas: ideaApplications, ownTopicApplications: ownTopic, mentors, acceptedStudents: decided ? acceptedStudents : null }),
    ideaApplications,
  }
}
