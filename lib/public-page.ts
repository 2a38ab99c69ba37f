// Whole public pages from Next's full route cache (ISR). A public page renders without request data (no cookies,
// no headers, no search params), so Next renders it once and keeps the HTML; it is rendered again only when
// - a write changes what it shows: its data reads (lib/public-cache.ts `cachedRead`) tag the page with what they
//   read, and the write revalidates exactly those tags;
// - the demo clock moves: every public page is tagged `clock`, which the clock action revalidates;
// - the app's clock reaches the next moment at which something public changes by itself (a scheduled post is
//   published, a phase of a timeline starts or ends, the accepted students are announced): the page's lifetime
//   (revalidate and expire, so the first request after it waits for a fresh page instead of getting the stale
//   one) is the seconds until that moment. While the demo's clock is pinned, nothing changes by itself.
// Every public page calls `await publicPage()` before it renders.
import 'server-only'
import { cacheLife, cacheTag } from 'next/cache'
import { db } from '@/lib/db'
import { isDemo } from '@/lib/demo'
import { getOrganization } from '@/lib/organization'
import { cachedRead, tags } from '@/lib/public-cache'

/** During `next build` there is no database: a page without params renders a placeholder that expires at once. */
export const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'

/** The longest lifetime given (30 days); past it a page is simply rendered again. */
const LONGEST = 30 * 24 * 60 * 60

// The moments at which a page may change with no write. A season's pages: its phases' starts and ends (the status
// line, the timeline, whether applications are open, whether decisions are public). The news: publish times, and
// the starts of the "accepted students announced" phases (a post of the accepted students waits for its season's).
const readSeasonMoments = cachedRead('season-moments', ([seasonId]) => [tags.season(seasonId)], async (seasonId: string) => {
  const phases = await db.seasonPhase.findMany({ where: { seasonId }, select: { startsAt: true, endsAt: true } })
  return times(phases.flatMap((p) => [p.startsAt, p.endsAt]))
})
const readNewsMoments = cachedRead('news-moments', () => [tags.announcements, tags.seasons, tags.organization], async () => {
  const org = await getOrganization()
  const [posts, announced] = await Promise.all([
    db.announcement.findMany({ where: { organizationId: org.id, publishAt: { not: null } }, select: { publishAt: true } }),
    db.seasonPhase.findMany({ where: { kind: 'ACCEPTED_ANNOUNCED', season: { organizationId: org.id } }, select: { startsAt: true } }),
  ])
  return times([...posts.map((p) => p.publishAt), ...announced.map((p) => p.startsAt)])
})

function times(dates: (Date | null)[]): number[] {
  return [...new Set(dates.filter((d): d is Date => d !== null).map((d) => d.getTime()))].sort((a, b) => a - b)
}

/** Seconds from `now` until the first moment after it (at least 1), or null when none comes within LONGEST. */
export function secondsUntilNext(moments: number[], now: number): number | null {
  const next = moments.find((t) => t > now)
  if (next === undefined) return null
  const seconds = Math.max(1, Math.ceil((next - now) / 1000))
  return seconds > LONGEST ? null : seconds
}

// A 'use cache' function only to give the page its lifetime and the clock tag (cacheLife and cacheTag work only
// inside one); its entry is keyed by the seconds, so a hit carries the same lifetime.
async function lifetime(seconds: number | null) {
  'use cache'
  cacheTag(tags.clock)
  if (seconds === null) cacheLife({ stale: 300, revalidate: LONGEST, expire: LONGEST })
  else cacheLife({ stale: Math.min(seconds, 300), revalidate: seconds, expire: seconds })
  return seconds
}

export type PageScope = { seasonId?: string | null; news?: boolean }

/**
 * Gives the public page being rendered its lifetime and the clock tag: until the next moment of its season
 * (`seasonId`) and of the news (`news`), whichever it shows. Returns false at build time (render a placeholder).
 */
export async function publicPage(scope: PageScope = {}): Promise<boolean> {
  if (isBuildPhase()) {
    await lifetime(1)
    return false
  }
  const [org, seasonMoments, newsMoments] = await Promise.all([
    getOrganization(),
    scope.seasonId ? readSeasonMoments(scope.seasonId) : [],
    scope.news ? readNewsMoments() : [],
  ])
  // The app's clock pinned (demo): nothing public changes until the clock action moves it (tag `clock`).
  const pinned = isDemo() && org.clockOverride !== null
  const moments = [...seasonMoments, ...newsMoments].sort((a, b) => a - b)
  await lifetime(pinned ? null : secondsUntilNext(moments, Date.now()))
  return true
}
