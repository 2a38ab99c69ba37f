import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IdeaFacts } from '@/components/IdeaFacts'
import { Markdown } from '@/components/Markdown'
import { WriteProposalLink } from '@/components/proposals/WriteProposalLink'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { getPublishedIdea } from '@/lib/ideas/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { publicPage } from '@/lib/public-page'

type Props = { params: Promise<{ season: string; slug: string }> }

// Rendered on first request and kept in the full route cache (lib/public-page.ts); none at build time.
export async function generateStaticParams() {
  return []
}

async function load(params: Props['params']) {
  const { season: seasonSlug, slug } = await params
  const season = await getSeasonBySlug(seasonSlug)
  const idea = season ? await getPublishedIdea(season.id, slug) : null
  return { season, idea }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { idea } = await load(params)
  return { title: idea?.title ?? 'Idea not found', description: idea?.summary }
}

export default async function IdeaPage({ params }: Props) {
  const { season, idea } = await load(params)
  await publicPage({ seasonId: season?.id })
  if (!season || !idea) notFound()
  return (
    <article>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/ideas`, label: 'Ideas' },
          { label: idea.title },
        ]}
      />
      <PageTitle eyebrow="Project idea" lead={idea.summary}>
        {idea.title}
      </PageTitle>
      <IdeaFacts idea={idea} />
      <WriteProposalLink seasonSlug={season.slug} ideaSlug={idea.slug} phases={season.phases} />
      <Markdown source={idea.description} className="max-w-3xl" />
    </article>
  )
}
