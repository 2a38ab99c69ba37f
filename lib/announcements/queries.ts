// Reads of announcements for the public news pages and the feed. Only announcements whose publish time the
// app's clock has passed are ever returned: a draft or a scheduled post is a 404 until then. A post of the
// accepted students also waits for its season's decisions to be public (lib/decisions.ts), even when it was
// scheduled earlier, so no list, archive or feed gives them away.
import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import { db } from '@/lib/db'
import { getNow, getOrganization } from '@/lib/organization'

async function publishedWhere() {
  const [org, now] = await Promise.all([getOrganization(), getNow()])
  return {
    organizationId: org.id,
    publishAt: { not: null, lte: now },
    OR: [
      { kind: { not: 'ACCEPTED_STUDENTS' } },
      { seasonId: null },
      // The same moment as decisionsPublishedAt(): the season's "Accepted students announced" phase.
      { season: { phases: { some: { kind: 'ACCEPTED_ANNOUNCED', startsAt: { lte: now } } } } },
    ],
  } satisfies Prisma.AnnouncementWhereInput
}

const listFields = { id: true, slug: true, title: true, kind: true, publishAt: true, body: true, updatedAt: true } as const

export async function listPublishedAnnouncements(limit = 50) {
  return db.announcement.findMany({
    where: await publishedWhere(),
    orderBy: { publishAt: 'desc' },
    take: limit,
    select: listFields,
  })
}

/** Announcements published in one calendar month (UTC). */
export async function listAnnouncementsInMonth(year: number, month: number) {
  const from = new Date(Date.UTC(year, month - 1, 1))
  const to = new Date(Date.UTC(year, month, 1))
  const base = await publishedWhere()
  return db.announcement.findMany({
    where: { ...base, AND: [{ publishAt: { gte: from } }, { publishAt: { lt: to } }] },
    orderBy: { publishAt: 'desc' },
    select: listFields,
  })
}

/** Months that have at least one published announcement, newest first, for the archive navigation. */
export async function listArchiveMonths(): Promise<{ year: number; month: number; count: number }[]> {
  const rows = await db.announcement.findMany({ where: await publishedWhere(), select: { publishAt: true } })
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
  return db.announcement.findFirst({
    where: { ...(await publishedWhere()), slug },
    include: { author: { select: { name: true } }, season: { select: { slug: true, title: true } } },
  })
}
