import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { RubricEditor } from '@/components/reviews/RubricEditor'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { getRubricForAdmin } from '@/lib/rubric/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Review rubric', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

export default async function RubricPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const user = await requirePermission('rubric.edit', season.id, `/seasons/${season.slug}/admin/rubric`)
  const rubric = await getRubricForAdmin(user, season.id)
  if (!rubric) notFound()
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/admin`, label: 'Administration' },
          { label: 'Review rubric' },
        ]}
      />
      <PageTitle eyebrow="Admin" lead="The criteria every reviewer scores, besides the overall score. They can be changed until reviews start (the application deadline or the review phase, whichever comes first) and no one has saved a review.">
        Review rubric
      </PageTitle>
      <AdminNav seasonSlug={season.slug} current="/rubric" />
      {rubric.lockedMessage ? (
        <>
          <p role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
            {rubric.lockedMessage}
          </p>
          <h2 className="mb-3 text-xl font-semibold">Criteria ({rubric.criteria.length})</h2>
          {rubric.criteria.length ? (
            <ol className="space-y-3">
              {rubric.criteria.map((c, index) => (
                <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-4 [overflow-wrap:anywhere]">
                  <p className="font-semibold">
                    {index + 1}. {c.label}
                  </p>
                  {c.description ? <p className="text-stone-700">{c.description}</p> : null}
                  <p className="text-sm text-stone-600">
                    Scores {c.minScore} to {c.maxScore} · weight {c.weight}
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-stone-600">No criteria: reviewers give an overall score only.</p>
          )}
        </>
      ) : (
        <RubricEditor seasonId={season.id} criteria={rubric.criteria} />
      )}
    </>
  )
}
