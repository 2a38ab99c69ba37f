// Which public addresses name nothing, decided before rendering so the proxy can answer them with the real
// 404 page. Why: a page that calls notFound() gets Next.js's empty error shell (no lang, no text until script
// runs; upstream vercel/next.js#62228), while an address that matches no route is served the full not-found
// page with a 404. Each check is the very query its page runs, so the two cannot disagree.
import 'server-only'
import { listAnnouncementsInMonth, listArchiveMonths, getPublishedAnnouncement } from '@/lib/announcements/queries'
import { parseMonth, parseYear } from '@/lib/announcements/archive'
import { getPublishedIdea, listPublishedIdeas } from '@/lib/ideas/queries'
import { IDEAS_PER_PAGE, pageCount, parsePageNumber } from '@/lib/paging'
import { publicGeneration } from '@/lib/public-cache'
import { getSeasonBySlug } from '@/lib/seasons/queries'

/** The path patterns this module knows (the proxy asks only about these, so other requests cost nothing). */
export const MISSING_PAGE_PATHS = /^\/(seasons|news)\/[^/]/

// Addresses found to exist, each with the public-write generation it was checked at: until the next public write
// (lib/public-cache.ts revalidatePublic) it still exists, because nothing public disappears with time alone
// (posts and decisions only appear; a demo clock moved back is a write). Missing addresses are checked each time.
const existing = new Map<string, number>()
const REMEMBERED = 10_000

/** True when the page at `pathname` would answer 404; false when it exists or this module cannot tell. */
export async function isMissingPage(pathname: string): Promise<boolean> {
  const generation = publicGeneration()
  if (existing.get(pathname) === generation) return false
  const missing = await check(pathname)
  if (!missing) {
    if (existing.size >= REMEMBERED) existing.clear()
    existing.set(pathname, generation)
  }
  return missing
}

async function check(pathname: string): Promise<boolean> {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent)
  if (parts[0] === 'seasons' && parts[1]) {
    // Every page under /seasons/<season> (public or signed-in) needs the season first.
    const season = await getSeasonBySlug(parts[1])
    if (!season) return true
    if (parts[2] === 'ideas' && parts[3] && parts.length === 4) return !(await getPublishedIdea(season.id, parts[3]))
    // A page of the ideas list past the last, unfiltered (a filtered list may have fewer: the search page answers 404).
    if (parts[2] === 'ideas' && parts[3] === 'page' && parts.length === 5) {
      const page = parsePageNumber(parts[4])
      return !page || page > pageCount((await listPublishedIdeas(season.id)).length, IDEAS_PER_PAGE)
    }
    return false
  }
  if (parts[0] === 'news' && parts[1] && parts[1] !== 'feed.xml') {
    const year = parseYear(parts[1])
    if (parts.length === 2) {
      if (year) return !(await listArchiveMonths()).some((m) => m.year === year)
      return !(await getPublishedAnnouncement(parts[1]))
    }
    if (parts.length === 3) {
      const month = parseMonth(parts[2]!)
      return !year || !month || (await listAnnouncementsInMonth(year, month)).length === 0
    }
  }
  return false
}
