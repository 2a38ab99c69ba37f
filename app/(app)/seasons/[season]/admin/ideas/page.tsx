import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { AdminIdeaCard } from '@/components/ideas/AdminIdeaCard'
import { IdeaStatusProvider } from '@/components/ideas/IdeaStatusControls'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { listIdeasForAdmin } from '@/lib/ideas/admin-queries'
import { IdeaStatusFilter } from '@/lib/ideas/schema'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Ideas · Administration', robots: { index: false } }

type Props = {
  params: Promise<{ season: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const FILTERS = [
  { status: undefined, label: 'All', empty: 'No ideas yet.' },
  { status: 'DRAFT', label: 'Drafts', empty: 'No drafts.' },
  { status: 'PUBLISHED', label: 'Published', empty: 'No published ideas.' },
  { status: 'ARCHIVED', label: 'Archived', empty: 'No archived ideas.' },
] as const

export default async function AdminIdeasPage({ params, searchParams }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/admin/ideas`
  const user = await requirePermission('season.administer', season.id, base)
  const raw = (await searchParams).status
  // Proposals always have their own section above the list, so "awaiting approval" is not a filter of it.
  const parsed = IdeaStatusFilter.parse(Array.isArray(raw) ? raw[0] : raw)
  const status = parsed === 'PROPOSED' ? undefined : parsed
  const { awaiting, ideas, byStatus, total } = await listIdeasForAdmin(season.id, status)
  const count = (s: (typeof FILTERS)[number]['status']) => (s ? byStatus[s] : total - byStatus.PROPOSED)
  const active = FILTERS.find((f) => f.status === status) ?? FILTERS[0]

  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/admin`, label: 'Administration' },
          { label: 'Ideas' },
        ]}
      />
      <PageTitle eyebrow="Admin">Ideas of {season.title}</PageTitle>
      <AdminNav seasonSlug={season.slug} current="/ideas" />
      <IdeaStatusProvider seasonId={season.id}>
        <div className="mb-8 flex flex-wrap items-center justify-between gap-3">
          <p className="text-stone-700">
            {total} {total === 1 ? 'idea' : 'ideas'}: {byStatus.PUBLISHED} published, {byStatus.DRAFT} in draft, {byStatus.PROPOSED} awaiting approval,{' '}
            {byStatus.ARCHIVED} archived. Only published ideas are public.
          </p>
          <Link href={`${base}/new`} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            New idea
          </Link>
        </div>

        {awaiting.length ? (
          <section aria-labelledby="awaiting-heading" className="mb-10 rounded-lg border border-amber-300 bg-amber-50/60 p-4">
            <h2 id="awaiting-heading" className="text-xl font-semibold">
              Awaiting approval ({awaiting.length})
            </h2>
            <p className="mb-4 text-sm text-stone-700">
              Ideas mentors proposed, oldest first. Approving publishes an idea; rejecting archives it, and it was never public.
            </p>
            <ul className="space-y-4">
              {awaiting.map((idea) => (
                <AdminIdeaCard key={idea.id} idea={idea} seasonSlug={season.slug} timeZone={user.timeZone} />
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="ideas-heading">
          <h2 id="ideas-heading" className="mb-3 text-xl font-semibold">
            {awaiting.length ? 'Other ideas' : 'All ideas'}
          </h2>
          <nav aria-label="Filter ideas by status" className="mb-4">
            <ul className="flex flex-wrap gap-2 text-sm">
              {FILTERS.map((filter) => {
                const current = filter === active
                return (
                  <li key={filter.label}>
                    <Link
                      href={filter.status ? `${base}?status=${filter.status}` : base}
                      aria-current={current ? 'page' : undefined}
                      className={`inline-block rounded-full border px-3 py-1 ${current ? 'border-brand-700 bg-brand-700 font-medium text-white' : 'border-stone-300 bg-white text-stone-800 hover:bg-stone-100'}`}
                    >
                      {filter.label} ({count(filter.status)})
                    </Link>
                  </li>
                )
              })}
            </ul>
          </nav>
          {ideas.length ? (
            <ul className="space-y-4">
              {ideas.map((idea) => (
                <AdminIdeaCard key={idea.id} idea={idea} seasonSlug={season.slug} timeZone={user.timeZone} />
              ))}
            </ul>
          ) : (
            <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">
              {active.empty}{' '}
              <Link href={`${base}/new`} className="text-brand-700 underline underline-offset-2">
                Write one
              </Link>
              .
            </p>
          )}
        </section>
      </IdeaStatusProvider>
    </>
  )
}
