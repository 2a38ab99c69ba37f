// Reads of seasons and their timelines for public pages.
import 'server-only'
import { cache } from 'react'
import { db } from '@/lib/db'
import { getOrganization } from '@/lib/organization'
import { sortPhases } from '@/lib/timeline'

const SeasonSlug = /^[a-z0-9][a-z0-9-]{0,63}$/

export const getSeasonBySlug = cache(async (slug: string) => {
  if (!SeasonSlug.test(slug)) return null
  const org = await getOrganization()
  const season = await db.season.findUnique({
    where: { organizationId_slug: { organizationId: org.id, slug } },
    include: { phases: true },
  })
  return season ? { ...season, phases: sortPhases(season.phases), organization: org } : null
})

export type SeasonWithPhases = NonNullable<Awaited<ReturnType<typeof getSeasonBySlug>>>

/** The newest season (by year, then creation): what "/" shows. */
export async function getCurrentSeason() {
  const org = await getOrganization()
  const latest = await db.season.findFirst({
    where: { organizationId: org.id },
    orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
    select: { slug: true },
  })
  return latest ? getSeasonBySlug(latest.slug) : null
}

export async function listSeasons() {
  const org = await getOrganization()
  return db.season.findMany({
    where: { organizationId: org.id },
    orderBy: [{ year: 'desc' }, { createdAt: 'desc' }],
    select: { slug: true, title: true, year: true },
  })
}
