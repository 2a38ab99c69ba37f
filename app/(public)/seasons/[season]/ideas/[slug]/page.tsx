import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { IdeaFacts } from '@/components/IdeaFacts'
import { Markdown } from '@/components/Markdown'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { getPublishedIdea } from '@/lib/ideas/queries'
import { getNow } from '@/lib/organization'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { applicationsOpen } from '@/lib/timeline'

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
  const { season, idea } = await load(params)
  if (!season || !idea) notFound()
  const open = applicationsOpen(season.phases, await getNow())
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
      {open ? (
        // Signed-out visitors sign in first and then land on the start page.
        <p className="mb-6">
          <Link
            href={`/me/proposals/new?season=${encodeURIComponent(season.slug)}&idea=${encodeURIComponent(idea.slug)}`}
            className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            Write a proposal for this idea
          </Link>
        </p>
      ) : null}
      <Markdown source={idea.description} className="max-w-3xl" />
    </article>
  )
}
