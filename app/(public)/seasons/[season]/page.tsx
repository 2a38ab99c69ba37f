import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SeasonOverview } from '@/components/SeasonOverview'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { publicPage } from '@/lib/public-page'

type Props = { params: Promise<{ season: string }> }

// Rendered on first request and kept in the full route cache (lib/public-page.ts); none at build time.
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const season = await getSeasonBySlug((await params).season)
  return { title: season?.title ?? 'Season not found' }
}

export default async function SeasonPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  await publicPage({ seasonId: season?.id })
  if (!season) notFound()
  return <SeasonOverview season={season} />
}
