import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { Markdown } from '@/components/Markdown'
import { ProposalStatusBadge } from '@/components/proposals/ProposalStatusBadge'
import { ProposalView } from '@/components/proposals/ProposalView'
import { CommentForm } from '@/components/reviews/CommentForm'
import { ConflictForm } from '@/components/reviews/ConflictForm'
import { FeedbackPanel } from '@/components/reviews/FeedbackPanel'
import { ReviewPanel } from '@/components/reviews/ReviewPanel'
import { ReviewShortcuts } from '@/components/reviews/ReviewShortcuts'
import { SettleDiscussionForm } from '@/components/reviews/SettleDiscussionForm'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { getNow } from '@/lib/organization'
import { STATUS_LABEL } from '@/lib/proposals/rules'
import { getProposalForReview, nextToReview, reviewProgress } from '@/lib/reviews/queries'
import { reviewClosedMessage } from '@/lib/reviews/rules'
import { weightedCriteriaPercent } from '@/lib/rubric/weighted'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Review a proposal', robots: { index: false } }

type Props = { params: Promise<{ season: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const ID = /^[A-Za-z0-9_-]{1,64}$/

export default async function ReviewProposalPage({ params, searchParams }: Props) {
  const { season: slug, id } = await params
  const season = await getSeasonBySlug(slug)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/review`
  const user = await requirePermission('proposal.review', season.id, `${base}/proposals/${id}`)
  const [data, progress, next, now] = await Promise.all([
    getProposalForReview(user, season.id, id),
    reviewProgress(user, season.id),
    nextToReview(user, season.id, id),
    getNow(),
  ])
  if (!data) notFound()
  if (data.access === 'conflicted') forbidden()
  const { proposal, criteria, myReview, reviews, comments, otherProposals } = data
  const from = (await searchParams).from
  const previousHref = typeof from === 'string' && ID.test(from) ? `${base}/proposals/${from}` : null
  const nextHref = next ? `${base}/proposals/${next}?from=${proposal.id}` : null
  const closedMessage = reviewClosedMessage(season.phases, now, user.timeZone)
  const criterionLabel = new Map(criteria.map((c) => [c.id, c.label]))
  const title = proposal.title || 'Untitled proposal'

  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { href: base, label: 'Review' }, { label: title }]} />
      <PageTitle eyebrow={`Review · ${proposal.idea?.title ?? 'Own topic'}`}>{title}</PageTitle>
      <nav aria-label="Review navigation" className="-mt-4 mb-6 flex flex-wrap items-center gap-3 text-sm">
        {progress ? (
          <p className="font-medium text-stone-800">
            {progress.reviewed} of {progress.total} reviewed
          </p>
        ) : null}
        {previousHref ? (
          <Link href={previousHref} className="text-brand-700 underline underline-offset-2">
            Back
          </Link>
        ) : null}
        {nextHref ? (
          <Link href={nextHref} className="text-brand-700 underline underline-offset-2">
            Skip to the next
          </Link>
        ) : (
          <span className="text-stone-600">No other proposal waits for your review.</span>
        )}
        <Link href={base} className="text-brand-700 underline underline-offset-2">
          All proposals
        </Link>
        <ReviewShortcuts nextHref={nextHref} previousHref={previousHref} />
      </nav>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-8">
          <dl className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
            <div className="flex gap-1">
              <dt className="text-stone-600">Student:</dt>
              <dd className="font-medium">{proposal.student.name ?? 'A student'}</dd>
            </div>
            <div className="flex items-center gap-1">
              <dt className="sr-only">Status</dt>
              <dd>
                <ProposalStatusBadge status={proposal.status} />
              </dd>
            </div>
            {proposal.submittedAt ? (
              <div className="flex gap-1">
                <dt className="text-stone-600">Submitted:</dt>
                <dd>{formatDateTime(proposal.submittedAt, user.timeZone)}</dd>
              </div>
            ) : null}
          </dl>
          <ProposalView proposal={proposal} />

          <section aria-labelledby="others-heading">
            <h2 id="others-heading" className="mb-2 text-xl font-semibold">
              The student’s other proposals this season
            </h2>
            {otherProposals.length ? (
              <ul className="list-disc space-y-1 pl-5">
                {otherProposals.map((p) => (
                  <li key={p.id}>
                    {p.conflicted ? (
                      <span>{p.title || 'Untitled proposal'} (you have a conflict of interest)</span>
                    ) : (
                      <Link href={`${base}/proposals/${p.id}`} className="text-brand-700 underline underline-offset-2">
                        {p.title || 'Untitled proposal'}
                      </Link>
                    )}{' '}
                    <span className="text-sm text-stone-600">
                      · {p.idea?.title ?? 'Own topic'} · {STATUS_LABEL[p.status]}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-stone-600">None.</p>
            )}
          </section>

          <section aria-labelledby="comments-heading" className="space-y-4">
            <h2 id="comments-heading" className="text-xl font-semibold">
              Comments ({comments.length})
            </h2>
            {comments.length ? (
              <ul className="space-y-3">
                {comments.map((c) => (
                  <li key={c.id} className={`rounded-md border p-3 ${c.visibility === 'SHARED' ? 'border-sky-200 bg-sky-50' : 'border-stone-200 bg-white'}`}>
                    <p className="mb-1 text-sm text-stone-700">
                      <strong className="font-semibold text-stone-900">{c.authorName}</strong> ·{' '}
                      <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, user.timeZone)}</time> ·{' '}
                      <span className="font-medium">{c.visibility === 'SHARED' ? 'Shared with the student' : 'Mentors only'}</span>
                    </p>
                    <Markdown source={c.body} topHeading={3} className="text-sm" />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-stone-600">No comments yet.</p>
            )}
            <CommentForm proposalId={proposal.id} />
          </section>
        </div>

        <aside className="space-y-6" aria-label="Review">
          {proposal.status === 'DRAFT' && proposal.feedbackRequestedAt ? (
            <FeedbackPanel
              proposalId={proposal.id}
              requestedAt={formatDateTime(proposal.feedbackRequestedAt, user.timeZone)}
              takenBy={proposal.feedbackTakenBy ? { mine: proposal.feedbackTakenBy.id === user.id, name: proposal.feedbackTakenBy.name ?? 'a mentor' } : null}
              done={Boolean(proposal.feedbackDoneAt)}
            />
          ) : (
            <>
            <ReviewPanel
              proposalId={proposal.id}
              criteria={criteria}
              mine={
                myReview
                  ? { overall: myReview.overallScore, willing: myReview.willingToMentor, scores: Object.fromEntries(myReview.scores.map((s) => [s.criterionId, s.score])) }
                  : null
              }
              closedMessage={closedMessage}
              proposalBase={`${base}/proposals`}
              listHref={base}
            />
            {data.discussion ? (
              <section aria-labelledby="discussion-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
                <h2 id="discussion-heading" className="text-lg font-semibold">
                  {data.discussion.state === 'open' ? 'To discuss' : 'Discussion settled'}
                </h2>
                {data.discussion.state === 'open' ? (
                  <>
                    <p className="text-sm text-stone-800">The reviewers disagree widely (overall scores 2 or more points apart, or a score far from what calibration expects).</p>
                    {data.admin ? <SettleDiscussionForm proposalId={proposal.id} /> : <p className="mt-2 text-sm text-stone-800">An admin settles it once the mentors have talked it over.</p>}
                  </>
                ) : (
                  <p className="text-sm text-stone-800">
                    {data.discussion.by}, <time dateTime={data.discussion.at.toISOString()}>{formatDateTime(data.discussion.at, user.timeZone)}</time>: {data.discussion.note}
                  </p>
                )}
              </section>
            ) : null}
            <section aria-labelledby="reviews-heading" className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 id="reviews-heading" className="mb-2 text-lg font-semibold">
                Other reviews
              </h2>
              {data.othersHidden ? (
                <p className="text-sm text-stone-700">Other mentors’ scores appear here once you have saved your own review, so that they do not sway yours.</p>
              ) : reviews.length ? (
                <ul className="space-y-3">
                  {reviews.map((r) => (
                    <li key={r.id} className="border-t border-stone-100 pt-2 first:border-0 first:pt-0">
                      <p className="font-medium">
                        {r.reviewer.name ?? 'A mentor'}: {r.overallScore ?? '–'} overall
                        {r.willingToMentor ? <span className="ml-2 rounded-full border border-green-300 bg-green-50 px-2 text-xs text-green-900">willing to mentor</span> : null}
                      </p>
                      <ul className="text-sm text-stone-700">
                        {r.scores.map((s) => (
                          <li key={s.criterionId}>
                            {criterionLabel.get(s.criterionId) ?? 'Criterion'}: {s.score}
                          </li>
                        ))}
                      </ul>
                      <WeightedCriteria criteria={criteria} scores={r.scores} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-stone-700">No other reviews yet.</p>
              )}
            </section>
            </>
          )}
          <ConflictForm proposalId={proposal.id} listHref={base} />
        </aside>
      </div>
    </>
  )
}

/** A review's weighted criteria score (lib/rubric/weighted.ts), when the rubric has more than one criterion. */
function WeightedCriteria({ criteria, scores }: { criteria: Parameters<typeof weightedCriteriaPercent>[0]; scores: Parameters<typeof weightedCriteriaPercent>[1] }) {
  const percent = criteria.length > 1 ? weightedCriteriaPercent(criteria, scores) : null
  return percent === null ? null : <p className="text-sm text-stone-700">Criteria, weighted by the rubric: {percent} %</p>
}
