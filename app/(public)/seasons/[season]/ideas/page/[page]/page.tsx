import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IdeaList } from '@/components/IdeaList'
import { parsePageNumber } from '@/lib/paging'
import { publicPage } from '@/lib/public-page'
import { getSeasonBySlug } from '@/lib/seasons/queries'

// Page 2, 3 … of the unfiltered list, each cached whole like page 1 (../../page.tsx) and revalidated with it: they
// read the same tagged rows. Page 1 has no address here (the proxy sends /ideas/page/1 to /ideas); with filters in
// the address the proxy rewrites the request to ../../../ideas-search.
type Props = { params: Promise<{ season: string; page: string }> }

// Rendered on first request and kept in the full route cache (lib/public-page.ts); none at build time.
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { season: slug, page } = await params
  const season = await getSeasonBySlug(slug)
  return { title: season ? `Ideas, page ${parsePageNumber(page) ?? '?'} · ${season.title}` : 'Season not found' }
}

export default async function IdeasPageN({ params }: Props) {
  const { season: slug, page: raw } = await params
  const season = await getSeasonBySlug(slug)
  await publicPage({ seasonId: season?.id })
  const page = parsePageNumber(raw)
  if (!season || !page || page < 2) notFound()
  return <IdeaList season={season} filters={{}} page={page} />
}
