import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ApplicationsChart } from '@/components/ApplicationsChart'
import { FigureList } from '@/components/FigureList'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { TOP_IDEAS, topIdeas } from '@/lib/stats'
import { getSeasonStats } from '@/lib/stats/queries'
import { publicPage } from '@/lib/public-page'

type Props = { params: Promise<{ season: string }> }

// Rendered on first request and kept in the full route cache (lib/public-page.ts); none at build time.
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const season = await getSeasonBySlug((await params).season)
  return { title: season ? `Figures · ${season.title}` : 'Season not found' }
}

export default async function StatsPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  await publicPage({ seasonId: season?.id })
  if (!season) notFound()
  const { figures, ideaApplications } = await getSeasonStats(season.id)
  // Twenty ideas by name and one line for the rest: all 400 ideas of a large season made a 1 MB page. All of them
  // are in the CSV (./applications.csv).
  const { top, others } = topIdeas(ideaApplications, TOP_IDEAS)
  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { label: 'Figures' }]} />
      <PageTitle lead="Counted from the proposals, mentors and accepted projects of the season. Drafts and withdrawn proposals are not applications; the acceptance rate is accepted students per application.">
        The season in figures
      </PageTitle>
      <section aria-labelledby="summary-heading" className="mb-10">
        <h2 id="summary-heading" className="sr-only">
          Summary
        </h2>
        <FigureList figures={figures} />
      </section>
      <section aria-labelledby="per-idea-heading">
        <h2 id="per-idea-heading" className="mb-3 text-xl font-semibold">
          {others.ideas ? `The ${TOP_IDEAS} ideas with the most applications` : 'Applications per idea'}
        </h2>
        <div className="grid gap-8 lg:grid-cols-2">
          <div className="self-start rounded-lg border border-stone-200 bg-white p-2">
            <ApplicationsChart data={top.filter((idea) => idea.applications > 0)} />
          </div>
          <table className="w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-stone-600">
              {figures.ideasThatReceivedApplications} of {figures.ideasListed} ideas drew applications.
            </caption>
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col" className="py-2 pr-2">
                  Idea
                </th>
                <th scope="col" className="py-2 text-right">
                  Applications
                </th>
              </tr>
            </thead>
            <tbody>
              {top.map((idea) => (
                <tr key={idea.slug} className="border-b border-stone-200">
                  <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                    {idea.isPublic ? (
                      <Link href={`/seasons/${season.slug}/ideas/${idea.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
                        {idea.title}
                      </Link>
                    ) : (
                      <>
                        {idea.title} <span className="text-stone-500">(archived)</span>
                      </>
                    )}
                  </th>
                  <td className="py-1.5 text-right tabular-nums">{idea.applications}</td>
                </tr>
              ))}
              {others.ideas ? (
                <tr className="border-b border-stone-200">
                  <th scope="row" className="py-1.5 pr-2 text-left font-normal text-stone-700">
                    The other {others.ideas} {others.ideas === 1 ? 'idea' : 'ideas'}, together
                  </th>
                  <td className="py-1.5 text-right tabular-nums">{others.applications}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
        {ideaApplications.length ? (
          <p className="mt-4 text-sm">
            <a href={`/seasons/${season.slug}/stats/applications.csv`} className="text-brand-700 underline underline-offset-2" download>
              Applications for each of the {ideaApplications.length} ideas (CSV)
            </a>
          </p>
        ) : null}
      </section>
    </>
  )
}
