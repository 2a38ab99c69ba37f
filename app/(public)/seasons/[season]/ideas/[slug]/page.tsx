import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { IdeaFacts } from '@/components/IdeaFacts'
import { Markdown } from '@/components/Markdown'
import { WriteProposalLink } from '@/components/proposals/WriteProposalLink'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { getPublishedIdea } from '@/lib/ideas/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { connection } from 'next/server'

type Props = { params: Promise<{ season: string; slug: string }> }

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
  // Per request (what is public depends on the app's clock); the rows come from the tagged cache (lib/public-cache.ts).
  await connection()
  const { season, idea } = await load(params)
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
