import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { SeasonOverview } from '@/components/SeasonOverview'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { connection } from 'next/server'

type Props = { params: Promise<{ season: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const season = await getSeasonBySlug((await params).season)
  return { title: season?.title ?? 'Season not found' }
}

export default async function SeasonPage({ params }: Props) {
  // Per request (what is public depends on the app's clock); the rows come from the tagged cache (lib/public-cache.ts).
  await connection()
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  return <SeasonOverview season={season} />
}
