import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ReviewRows } from '@/components/reviews/ReviewRows'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { inputClass } from '@/components/ui/form'
import { requirePermission } from '@/lib/authz'
import { FLAGS, listHref, parseReviewListView, type ReviewListView } from '@/lib/reviews/filters'
import { FLAG_LABEL } from '@/lib/reviews/flag-labels'
import { listProposalsForReview, reviewProgress, type ReviewList } from '@/lib/reviews/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Review proposals', robots: { index: false } }

type Props = { params: Promise<{ season: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const COLUMNS: { sort: NonNullable<ReviewListView['sort']> | null; label: string; numeric?: boolean }[] = [
  { sort: 'title', label: 'Proposal' },
  { sort: 'idea', label: 'Idea' },
  { sort: 'student', label: 'Student' },
  { sort: 'reviews', label: 'Reviews', numeric: true },
  { sort: 'mine', label: 'My score', numeric: true },
  { sort: 'score', label: 'Mean', numeric: true },
  { sort: 'calibrated', label: 'Calibrated (± SE)', numeric: true },
  { sort: 'spread', label: 'Spread', numeric: true },
  { sort: 'willing', label: 'Willing mentors' },
  { sort: null, label: 'Flags' },
]

export default async function ReviewListPage({ params, searchParams }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/review`
  const raw = await searchParams
  const view = parseReviewListView(raw)
  const user = await requirePermission('proposal.review', season.id, listHref(base, view))
  const [list, progress] = await Promise.all([listProposalsForReview(user, season.id, view), reviewProgress(user, season.id)])
  if (!list) notFound()
  const filtered = Boolean(view.q || view.idea || view.ideaTitle || view.unreviewed || view.fewer || view.min || view.max || view.flag)

  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { label: 'Review' }]} />
      <PageTitle eyebrow="Review" lead="Every submitted proposal of the season. Other mentors’ scores of a proposal show once you have saved your own review of it.">
        Proposals
      </PageTitle>
      {raw.done === '1' ? (
        <p role="status" className="mb-6 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          You have reviewed every proposal waiting for you. Thank you!
        </p>
      ) : null}
      {raw.conflict === '1' ? (
        <p role="status" className="mb-6 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Your conflict of interest is recorded; that proposal’s reviews and comments are hidden from you.
        </p>
      ) : null}
      <div className="mb-4 flex flex-wrap items-center gap-x-6 gap-y-2">
        {progress ? (
          <p className="font-medium text-stone-800">
            {progress.reviewed} of {progress.total} reviewed by you
          </p>
        ) : null}
        <Link href={`${base}/feedback`} className="text-brand-700 underline underline-offset-2">
          Drafts asking for feedback
        </Link>
        {list.admin ? (
          <Link href={`${base}/rank`} className="text-brand-700 underline underline-offset-2">
            Rank list
          </Link>
        ) : null}
        <p className="text-stone-800">
          Agreement among reviewers: <strong>{list.icc === null ? 'not enough reviews yet' : list.icc.toFixed(2)}</strong>{' '}
          <Link href="/help/review-scores" className="text-brand-700 underline underline-offset-2">
            How scores are calibrated
          </Link>
        </p>
      </div>

      <form method="get" action={base} role="search" aria-label="Filter the proposals" className="mb-6 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="filter-q" className="block text-sm font-medium text-stone-800">
            Search title, abstract and plan
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={view.q ?? ''} maxLength={200} className={inputClass} />
        </div>
        <div>
          <label htmlFor="filter-idea" className="block text-sm font-medium text-stone-800">
            {list.ideas ? 'Idea' : 'Idea title contains'}
          </label>
          {list.ideas ? (
            <select id="filter-idea" name="idea" defaultValue={view.idea ?? ''} className={inputClass}>
              <option value="">Any idea</option>
              {list.ideas.map((idea) => (
                <option key={idea.id} value={idea.id}>
                  {idea.title}
                </option>
              ))}
            </select>
          ) : (
            // Hundreds of ideas make a list too long to send and to pick from: the field searches their titles.
            <>
              <input id="filter-idea" name="ideaTitle" type="search" defaultValue={view.ideaTitle ?? ''} maxLength={100} placeholder="Words of the idea’s title" className={inputClass} />
              {view.idea ? <input type="hidden" name="idea" value={view.idea} /> : null}
            </>
          )}
        </div>
        <div>
          <label htmlFor="filter-flag" className="block text-sm font-medium text-stone-800">
            Flag
          </label>
          <select id="filter-flag" name="flag" defaultValue={view.flag ?? ''} className={inputClass}>
            <option value="">Any</option>
            {FLAGS.map((flag) => (
              <option key={flag} value={flag}>
                {FLAG_LABEL[flag]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-fewer" className="block text-sm font-medium text-stone-800">
            Fewer than N reviews
          </label>
          <input id="filter-fewer" name="fewer" type="number" min={1} max={50} defaultValue={view.fewer ?? ''} className={inputClass} />
        </div>
        <div>
          <label htmlFor="filter-min" className="block text-sm font-medium text-stone-800">
            Score from
          </label>
          <input id="filter-min" name="min" type="number" min={1} max={5} step={0.1} defaultValue={view.min ?? ''} className={inputClass} />
        </div>
        <div>
          <label htmlFor="filter-max" className="block text-sm font-medium text-stone-800">
            Score to
          </label>
          <input id="filter-max" name="max" type="number" min={1} max={5} step={0.1} defaultValue={view.max ?? ''} className={inputClass} />
        </div>
        <div className="flex items-end">
          <label className="flex items-center gap-2 pb-2">
            <input type="checkbox" name="unreviewed" value="1" defaultChecked={Boolean(view.unreviewed)} className="h-5 w-5" />
            Not reviewed by me
          </label>
        </div>
        {view.sort ? <input type="hidden" name="sort" value={view.sort} /> : null}
        {view.dir ? <input type="hidden" name="dir" value={view.dir} /> : null}
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Apply filters
          </button>
          {filtered ? (
            <Link href={base} className="pb-2 text-brand-700 underline underline-offset-2">
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>

      <p className="mb-2 text-sm text-stone-700" role="status">
        {list.total === list.all ? `${list.total} proposals` : `${list.total} of ${list.all} proposals match`}
        {list.pages > 1 ? `, page ${list.page} of ${list.pages}` : ''}.
      </p>
      <ProposalTable list={list} view={view} base={base} />
      {list.pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex flex-wrap gap-3">
          {list.page > 1 ? (
            <Link href={listHref(base, view, { page: list.page - 1 })} className="text-brand-700 underline underline-offset-2">
              Previous page
            </Link>
          ) : null}
          {list.page < list.pages ? (
            <Link href={listHref(base, view, { page: list.page + 1 })} className="text-brand-700 underline underline-offset-2">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}

function ProposalTable({ list, view, base }: { list: ReviewList; view: ReviewListView; base: string }) {
  if (list.rows.length === 0) return <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">No proposal matches.</p>
  return (
    // Scrolls sideways on a phone; focusable so that it scrolls by keyboard too.
    <section className="overflow-x-auto rounded-lg border border-stone-200 bg-white" tabIndex={0} aria-label="Proposals under review">
      {/* The cells' styles are set once here, not on each of the page's 500 cells (bytes and rendering). */}
      <table
        className={[
          'min-w-full text-sm',
          '[&_tbody_tr]:border-t [&_tbody_tr]:border-stone-100 [&_tbody_tr]:align-top [&_td]:px-3 [&_td]:py-2',
          '[&_tbody_th]:max-w-xs [&_tbody_th]:px-3 [&_tbody_th]:py-2 [&_tbody_th]:text-left [&_tbody_th]:font-medium [&_tbody_th]:[overflow-wrap:anywhere]',
          '[&_tbody_th_a]:text-brand-700 [&_tbody_th_a]:underline-offset-2 [&_tbody_th_a:hover]:underline',
          '[&_li]:rounded-full [&_li]:border [&_li]:border-amber-300 [&_li]:bg-amber-50 [&_li]:px-2 [&_li]:text-xs [&_li]:text-amber-950',
        ].join(' ')}
      >
        <thead className="bg-stone-50 text-left">
          <tr>
            {COLUMNS.map((column) => {
              const active = column.sort !== null && list.sort === column.sort
              const nextDir = active ? (list.dir === 'asc' ? 'desc' : 'asc') : undefined
              return (
                <th
                  key={column.label}
                  scope="col"
                  aria-sort={active ? (list.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  className={`px-3 py-2 font-semibold ${column.numeric ? 'text-right' : ''}`}
                >
                  {column.sort ? (
                    <Link href={listHref(base, view, { sort: column.sort, dir: nextDir, page: undefined })} className="text-stone-900 underline-offset-2 hover:underline">
                      {column.label}
                      {active ? <span aria-hidden="true">{list.dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
                    </Link>
                  ) : (
                    column.label
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <ReviewRows
          base={base}
          // Only what a row shows: the props are the payload.
          rows={list.rows.map((row) => ({
            id: row.id,
            title: row.title,
            conflicted: row.conflicted,
            idea: row.idea?.title ?? null,
            student: row.student,
            reviews: row.reviews,
            myScore: row.myScore,
            mean: row.mean,
            calibrated: row.calibrated,
            stdError: row.stdError,
            spread: row.spread,
            willing: row.willing,
            flags: row.flags,
            scoresHidden: row.scoresHidden,
          }))}
        />
      </table>
    </section>
  )
}
