// Reads of a season's announcements for its admins (callers have passed announcements.manage): drafts and
// scheduled posts included, which the public queries (./queries.ts) never return before their time.
import 'server-only'
import { db } from '@/lib/db'

export function listSeasonAnnouncements(seasonId: string) {
  return db.announcement.findMany({
    where: { seasonId },
    orderBy: [{ publishAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    select: { id: true, slug: true, title: true, kind: true, publishAt: true, updatedAt: true },
  })
}

/** One announcement of this season, or null (another season's id reads as not found). */
export function getSeasonAnnouncement(seasonId: string, id: string) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return Promise.resolve(null)
  return db.announcement.findFirst({ where: { id, seasonId } })
}
