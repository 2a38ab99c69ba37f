import Link from 'next/link'
import { getNow } from '@/lib/organization'
import type { SeasonWithPhases } from '@/lib/seasons/queries'
import { getSeasonStats } from '@/lib/stats/queries'
import { seasonStatusLine } from '@/lib/timeline'
import { FigureList } from './FigureList'
import { Timeline } from './Timeline'
import { PageTitle } from './ui/PageTitle'

export async function SeasonOverview({ season }: { season: SeasonWithPhases }) {
  const [now, stats] = await Promise.all([getNow(), getSeasonStats(season.id)])
  const base = `/seasons/${season.slug}`
  return (
    <>
      <PageTitle eyebrow={`${season.organization.name} · ${season.program}`} lead={season.summary}>
        {season.title}
      </PageTitle>
      <p className="-mt-4 mb-8 inline-block rounded-full bg-brand-100 px-3 py-1 text-sm font-medium text-brand-800">
        {seasonStatusLine(season.phases, now)}
      </p>
      <div className="grid gap-10 md:grid-cols-[2fr_3fr]">
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading" className="mb-3 text-xl font-semibold">
            The season in figures
          </h2>
          <FigureList figures={stats.figures} compact />
          <ul className="mt-6 space-y-2">
            <li>
              <Link href={`${base}/ideas`} className="font-medium text-brand-700 underline underline-offset-2">
                Browse the {stats.figures.ideasListed} project ideas
              </Link>
            </li>
            <li>
              <Link href={`${base}/stats`} className="font-medium text-brand-700 underline underline-offset-2">
                Applications per idea
              </Link>
            </li>
            <li>
              <Link href="/news" className="font-medium text-brand-700 underline underline-offset-2">
                News and the accepted students
              </Link>
            </li>
          </ul>
        </section>
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="mb-3 text-xl font-semibold">
            Timeline
          </h2>
          <Timeline phases={season.phases} now={now} />
        </section>
      </div>
    </>
  )
}
