import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RankEditor } from '@/components/ranking/RankEditor'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { getRankList } from '@/lib/ranking/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Rank proposals', robots: { index: false } }

type Props = { params: Promise<{ season: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function RankPage({ params, searchParams }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/review`
  const rawSlots = (await searchParams).slots
  const typed = typeof rawSlots === 'string' && /^\d{1,4}$/.test(rawSlots) ? Number(rawSlots) : undefined
  const user = await requirePermission('rank.manage', season.id, `${base}/rank`)
  const list = await getRankList(user, season.id, typed)
  if (!list) notFound()

  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { href: base, label: 'Review' }, { label: 'Rank' }]} />
      <PageTitle eyebrow="Review" lead="Proposals with at least one willing mentor without a conflict of interest, best first. Drag them by their grip or move them with the Up and Down buttons, then save.">
        Rank list
      </PageTitle>
      <div className="mb-6 flex flex-wrap items-end gap-x-6 gap-y-3">
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="slots" className="block text-sm font-medium text-stone-800">
              Cut line after (slots)
            </label>
            <input id="slots" name="slots" type="number" min={0} max={9999} defaultValue={list.cut ?? ''} className="mt-1 block w-32 rounded-md border border-stone-300 bg-white px-3 py-2 text-base" />
          </div>
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-4 py-2 hover:bg-stone-100">
            Move the cut line
          </button>
        </form>
        <p className="text-sm text-stone-700">
          {list.requestedSlots !== null ? `Slots requested: ${list.requestedSlots}.` : 'No slot request yet.'} “Near the cut”: the calibrated score is within one standard
          error of the line.{' '}
          <Link href="/help/review-scores" className="text-brand-700 underline underline-offset-2">
            How scores are calibrated
          </Link>
        </p>
        <a href={`${base}/rank/csv${typed !== undefined ? `?slots=${typed}` : ''}`} download className="text-brand-700 underline underline-offset-2">
          Download the rank list (CSV)
        </a>
      </div>

      <section aria-labelledby="ranked-heading" className="mb-10">
        <h2 id="ranked-heading" className="mb-2 text-xl font-semibold">
          Ranked ({list.rows.length}){list.cut !== null ? ` · cut line after ${list.cut}` : ''}
        </h2>
        {list.rows.length ? (
          <RankEditor key={String(list.cut)} seasonId={season.id} rows={list.rows} version={list.version} cut={list.cut} />
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">No proposal can be ranked yet: none has a willing mentor.</p>
        )}
      </section>

      <section aria-labelledby="unrankable-heading">
        <h2 id="unrankable-heading" className="mb-2 text-xl font-semibold">
          Not rankable ({list.unrankable.length})
        </h2>
        {list.unrankable.length ? (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {list.unrankable.map((row) => (
              <li key={row.id} className="p-3">
                <Link href={`${base}/proposals/${row.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline [overflow-wrap:anywhere]">
                  {row.title}
                </Link>{' '}
                <span className="text-sm text-stone-700">
                  · {row.student} · {row.reason}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">Every proposal has a willing mentor.</p>
        )}
      </section>
    </>
  )
}
