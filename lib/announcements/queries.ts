// Reads of announcements for the public news pages and the feed. Only announcements whose publish time the
// app's clock has passed are ever returned: a draft or a scheduled post is a 404 until then. A post of the
// accepted students also waits for its season's decisions to be public (lib/decisions.ts), even when it was
// scheduled earlier, so no list, archive or feed gives them away.
import 'server-only'
import { isPublished } from '@/lib/announcements'
import { db } from '@/lib/db'
import { getNow, getOrganization } from '@/lib/organization'
import { cachedRead, tags } from '@/lib/public-cache'

// Every post with a publish time, cached (tags "announcements" and "seasons", for the phase): which of them are
// public is decided per request by the app's clock, so a scheduled post appears at its time with no write.
const readScheduled = cachedRead(
  'announcements',
  () => [tags.announcements, tags.seasons, tags.organization],
  async () => {
    const org = await getOrganization()
    return db.announcement.findMany({
      where: { organizationId: org.id, publishAt: { not: null } },
      orderBy: { publishAt: 'desc' },
      include: {
        author: { select: { name: true } },
        season: { select: { slug: true, title: true, phases: { where: { kind: 'ACCEPTED_ANNOUNCED' }, select: { startsAt: true } } } },
      },
    })
  },
)

async function published() {
  const [posts, now] = await Promise.all([readScheduled(), getNow()])
  return posts
    .filter(
      (post) =>
        isPublished(post.publishAt, now) &&
        // The same moment as decisionsPublishedAt(): the season's "Accepted students announced" phase.
        (post.kind !== 'ACCEPTED_STUDENTS' || !post.season || post.season.phases.some((phase) => phase.startsAt <= now)),
    )
    .map(({ season, ...post }) => ({ ...post, season: season ? { slug: season.slug, title: season.title } : null }))
}

export async function listPublishedAnnouncements(limit = 50) {
  return (await published()).slice(0, limit)
}

/** Announcements published in one calendar month (UTC). */
export async function listAnnouncementsInMonth(year: number, month: number) {
  const from = new Date(Date.UTC(year, month - 1, 1))
  const to = new Date(Date.UTC(year, month, 1))
  return (await published()).filter((post) => post.publishAt! >= from && post.publishAt! < to)
}

/** Months that have at least one published announcement, newest first, for the archive navigation. */
export async function listArchiveMonths(): Promise<{ year: number; month: number; count: number }[]> {
  const rows = await published()
  const months = new Map<string, { year: number; month: number; count: number }>()
  for (const { publishAt } of rows) {
    if (!publishAt) continue
    const year = publishAt.getUTCFullYear()
    const month = publishAt.getUTCMonth() + 1
    const key = `${year}-${month}`
    const entry = months.get(key) ?? { year, month, count: 0 }
    entry.count += 1
    months.set(key, entry)
  }
  return [...months.values()].sort((a, b) => b.year - a.year || b.month - a.month)
}

export async function getPublishedAnnouncement(slug: string) {
  if (!/^[a-z0-9][a-z0-9-]{0,119}$/.test(slug)) return null
  return (await published()).find((post) => post.slug === slug) ?? null
}
