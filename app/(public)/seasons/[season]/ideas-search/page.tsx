import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IdeaList } from '@/components/IdeaList'
import { parseIdeaFilters } from '@/lib/ideas/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

// /seasons/<season>/ideas?q=…&difficulty=…&skill=… (proxy.ts rewrites it here; the address stays): the filtered
// list, rendered per request because it reads the search parameters. Its rows come from the data cache.
type Props = {
  params: Promise<{ season: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const season = await getSeasonBySlug((await params).season)
  return { title: season ? `Ideas · ${season.title}` : 'Season not found' }
}

export default async function IdeaSearchPage({ params, searchParams }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  return <IdeaList season={season} filters={parseIdeaFilters(await searchParams)} />
}
