import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IdeaList } from '@/components/IdeaList'
import { parseIdeaFilters } from '@/lib/ideas/queries'
import { parsePageNumber } from '@/lib/paging'
import { getSeasonBySlug } from '@/lib/seasons/queries'

// /seasons/<season>/ideas?q=…&difficulty=…&skill=… and /seasons/<season>/ideas/page/<n>?q=… (proxy.ts rewrites
// them here with the page as `page`; the address stays): the filtered list, rendered per request because it reads
// the search parameters. Its rows come from the data cache.
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
  const query = await searchParams
  const page = query.page === undefined ? 1 : parsePageNumber(typeof query.page === 'string' ? query.page : null)
  if (!page) notFound()
  return <IdeaList season={season} filters={parseIdeaFilters(query)} page={page} />
}
