import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RankEditor } from '@/components/ranking/RankEditor'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { Pagination } from '@/components/ui/Pagination'
import { requirePermission } from '@/lib/authz'
import { parsePageNumber } from '@/lib/paging'
import { getRankPage } from '@/lib/ranking/queries'
import { parseRankPageSize, RANK_PAGE_SIZE, RANK_PAGE_SIZES } from '@/lib/ranking/schema'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Rank proposals', robots: { index: false } }

type Props = { params: Promise<{ season: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

type Query = { slots?: number; size: number; page?: number; unrankable?: number }

/** This page's address with the given query; defaults are left out so the plain address stays the first page. */
function rankHref(path: string, query: Query, hash = '') {
  const search = new URLSearchParams()
  if (query.slots !== undefined) search.set('slots', String(query.slots))
  if (query.size !== RANK_PAGE_SIZE) search.set('size', String(query.size))
  if (query.page !== undefined && query.page > 1) search.set('page', String(query.page))
  if (query.unrankable !== undefined && query.unrankable > 1) search.set('unrankable', String(query.unrankable))
  const text = search.toString()
  return `${path}${text ? `?${text}` : ''}${hash}`
}

/** `?page=` and `?unrankable=`: a page number, else the first page (the query clamps it to the last). */
const pageNumber = (raw: string | string[] | undefined) => parsePageNumber(typeof raw === 'string' ? raw : null) ?? 1

export default async function RankPage({ params, searchParams }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/review`
  const path = `${base}/rank`
  const search = await searchParams
  const typed = typeof search.slots === 'string' && /^\d{1,4}$/.test(search.slots) ? Number(search.slots) : undefined
  const size = parseRankPageSize(search.size)
  const user = await requirePermission('rank.manage', season.id, path)
  const list = await getRankPage(user, season.id, { page: pageNumber(search.page), size, slots: typed, unrankablePage: pageNumber(search.unrankable) })
  if (!list) notFound()
  const query: Query = { slots: typed, size, page: list.page, unrankable: list.unrankable.page }
  const pageHref = (page: number) => rankHref(path, { ...query, page })
  const firstPage = rankHref(path, { ...query, page: undefined })

  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { href: base, label: 'Review' }, { label: 'Rank' }]} />
      <PageTitle eyebrow="Review" lead="Proposals with at least one willing mentor without a conflict of interest, best first. Drag them by their grip or move them with the Up and Down buttons, then save; type a position to move one to another page.">
        Rank list
      </PageTitle>
      <div className="mb-6 flex flex-wrap items-end gap-x-6 gap-y-3">
        <form method="get" className="flex flex-wrap items-end gap-3">
          {size !== RANK_PAGE_SIZE ? <input type="hidden" name="size" value={size} /> : null}
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
        <a href={`${path}/csv${typed !== undefined ? `?slots=${typed}` : ''}`} download className="text-brand-700 underline underline-offset-2">
          Download the rank list (CSV)
        </a>
      </div>

      <section aria-labelledby="ranked-heading" className="mb-10">
        <h2 id="ranked-heading" className="mb-2 text-xl font-semibold">
          Ranked ({list.total}){list.cut !== null ? ` · cut line after ${list.cut}` : ''}
        </h2>
        {list.total ? (
          <>
            <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-stone-700">
              <p>{list.pages > 1 ? `Positions ${list.offset + 1}–${list.offset + list.rows.length} of ${list.total}, page ${list.page} of ${list.pages}.` : `${list.total} proposals.`}</p>
              {list.cutPage !== null ? (
                <Link href={rankHref(path, { ...query, page: list.cutPage }, '#cut-line')} className="font-medium text-brand-700 underline underline-offset-2">
                  Go to the cut line
                </Link>
              ) : null}
              <form method="get" className="flex items-center gap-2">
                {typed !== undefined ? <input type="hidden" name="slots" value={typed} /> : null}
                <label htmlFor="rank-page-size">Rows per page</label>
                <select id="rank-page-size" name="size" defaultValue={size} className="rounded-md border border-stone-300 bg-white px-2 py-1 text-base">
                  {RANK_PAGE_SIZES.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
                <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100">
                  Show
                </button>
              </form>
            </div>
            <Pagination className="my-3" around={2} label="Pages of the rank list" page={list.page} pages={list.pages} href={pageHref} />
            <RankEditor
              key={`${list.cut}-${list.page}-${size}`}
              seasonId={season.id}
              rows={list.rows}
              version={list.version}
              cut={list.cut}
              cutTyped={typed !== undefined}
              offset={list.offset}
              size={size}
              total={list.total}
              page={list.page}
              pageHref={`${firstPage}${firstPage.includes('?') ? '&' : '?'}page=`}
            />
            <Pagination className="my-3" around={2} label="Pages of the rank list (below it)" page={list.page} pages={list.pages} href={pageHref} />
          </>
        ) : (
          <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">No proposal can be ranked yet: none has a willing mentor.</p>
        )}
      </section>

      <section aria-labelledby="unrankable-heading">
        <h2 id="unrankable-heading" className="mb-2 text-xl font-semibold">
          Not rankable ({list.unrankable.total})
        </h2>
        {list.unrankable.total ? (
          <>
            {list.unrankable.pages > 1 ? (
              <p className="mb-2 text-sm text-stone-700">
                {list.unrankable.offset + 1}–{list.unrankable.offset + list.unrankable.rows.length} of {list.unrankable.total}.
              </p>
            ) : null}
            <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {list.unrankable.rows.map((row) => (
                <li key={row.id} className="p-3">
                  {/* Not prefetched: fifty proposal pages, rendered per viewer, for one look at this list. */}
                  <Link href={`${base}/proposals/${row.id}`} prefetch={false} className="font-medium text-brand-700 underline-offset-2 hover:underline [overflow-wrap:anywhere]">
                    {row.title}
                  </Link>{' '}
                  <span className="text-sm text-stone-700">{`· ${row.student} · ${row.reason}`}</span>
                </li>
              ))}
            </ul>
            <Pagination className="my-3" around={2} label="Pages of the proposals that cannot be ranked" page={list.unrankable.page} pages={list.unrankable.pages} href={(n) => rankHref(path, { ...query, unrankable: n }, '#unrankable-heading')} />
          </>
        ) : (
          <p className="text-stone-600">Every proposal has a willing mentor.</p>
        )}
      </section>
    </>
  )
}
