import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { listFeedbackQueue } from '@/lib/reviews/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Feedback requested', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

export default async function FeedbackQueuePage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/review`
  const user = await requirePermission('proposal.review', season.id, `${base}/feedback`)
  const queue = await listFeedbackQueue(user, season.id)
  if (!queue) notFound()
  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { href: base, label: 'Review' }, { label: 'Feedback requested' }]} />
      <PageTitle eyebrow="Review" lead="Drafts whose students asked for feedback before submitting. Take one, leave comments shared with the student, and mark it done. Drafts are never scored or ranked.">
        Feedback requested
      </PageTitle>
      {queue.length ? (
        <ul className="space-y-3">
          {queue.map((item) => (
            <li key={item.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="text-lg font-semibold [overflow-wrap:anywhere]">
                <Link href={`${base}/proposals/${item.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {item.title || 'Untitled draft'}
                </Link>
              </h2>
              <p className="text-sm text-stone-700">
                {item.student.name ?? 'A student'} · {item.idea?.title ?? 'Own topic'}
              </p>
              <p className="mt-1 text-sm">
                Pending since {formatDateTime(item.feedbackRequestedAt!, user.timeZone)} ·{' '}
                {item.feedbackDoneAt ? (
                  <strong className="font-semibold text-green-800">Done</strong>
                ) : item.feedbackTakenBy ? (
                  <>Taken by {item.feedbackTakenBy.id === user.id ? 'you' : (item.feedbackTakenBy.name ?? 'a mentor')}</>
                ) : (
                  <strong className="font-semibold text-amber-900">Not taken yet</strong>
                )}{' '}
                · {item.sharedComments} shared {item.sharedComments === 1 ? 'comment' : 'comments'}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">No student has asked for feedback on a draft.</p>
      )}
    </>
  )
}
