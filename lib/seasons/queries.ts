// Reads of seasons and their timelines for public pages.
import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db'
import { getOrganization } from '@/lib/organization'
import { cachedRead, tags } from '@/lib/public-cache'
import { sortPhases } from '@/lib/timeline'

const SeasonSlug = /^[a-z0-9][a-z0-9-]{0,63}$/

// Cached (tag "seasons"): every season and timeline write revalidates it.
const readSeason = cachedRead(
  'season-by-slug',
  () => [tags.seasons, tags.organization],
  async (slug: string) => {
    const org = await getOrganization()
    const season = await db.season.findUnique({
      where: { organizationId_slug: { organizationId: org.id, slug } },
      include: { phases: true },
    })
    return season ? { ...season, phases: sortPhases(season.phases), organization: org } : null
  },
)

export const getSeasonBySlug = cache(async (slug: string) => (SeasonSlug.test(slug) ? readSeason(slug) : null))

const readCurrentSlug = cachedRead(
  'current-season-slug',
  () => [tags.seasons, tags.organization],
  async () => {
    const org = await getOrganization()
    const latest = await db.season.findFirst({
      where: { organizationId: org.id },
      orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
      select: { slug: true },
    })
    return latest?.slug ?? null
  },
)

export type SeasonWithPhases = NonNullable<Awaited<ReturnType<typeof getSeasonBySlug>>>

/** The newest season (by year, then creation): what "/" shows. */
export async function getCurrentSeason() {
  const slug = await readCurrentSlug()
  return slug ? getSeasonBySlug(slug) : null
}

export async function listSeasons() {
  const org = await getOrganization()
  return db.season.findMany({
    where: { organizationId: org.id },
    orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
    select: { slug: true, title: true, year: true },
  })
}
