import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IdeaList } from '@/components/IdeaList'
import { publicPage } from '@/lib/public-page'
import { getSeasonBySlug } from '@/lib/seasons/queries'

// The unfiltered list's first page, cached whole (lib/public-page.ts); the others are ./page/[page]. With filters
// in the address the proxy rewrites the request to ../ideas-search, which reads them.
type Props = { params: Promise<{ season: string }> }

// Rendered on first request and kept in the full route cache (lib/public-page.ts); none at build time.
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const season = await getSeasonBySlug((await params).season)
  return { title: season ? `Ideas · ${season.title}` : 'Season not found' }
}

export default async function IdeasPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  await publicPage({ seasonId: season?.id })
  if (!season) notFound()
  return <IdeaList season={season} filters={{}} page={1} />
}
