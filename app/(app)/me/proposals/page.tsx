import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { ProposalStatusBadge } from '@/components/proposals/ProposalStatusBadge'
import { SharedComments } from '@/components/proposals/SharedComments'
import { PageTitle } from '@/components/ui/PageTitle'
import { getCurrentUser } from '@/lib/auth'
import { formatDateTime } from '@/lib/dates'
import { getNow } from '@/lib/organization'
import { listMyProposals, myWriteEligibility } from '@/lib/proposals/queries'
import { getCurrentSeason } from '@/lib/seasons/queries'
import { applicationsOpen } from '@/lib/timeline'

export const metadata: Metadata = { title: 'My proposals', robots: { index: false } }

export default async function MyProposalsPage() {
  const user = await getCurrentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent('/me/proposals')}`)
  const [proposals, season, now] = await Promise.all([listMyProposals(user), getCurrentSeason(), getNow()])
  const tz = user.timeZone
  const canStart = season && applicationsOpen(season.phases, now) && (await myWriteEligibility(user, season.id)).ok
  return (
    <>
      <PageTitle eyebrow="Your account" lead="Your proposals in every season, with what mentors chose to share with you.">
        My proposals
      </PageTitle>
      {canStart ? (
        <p className="mb-6">
          <Link href={`/me/proposals/new?season=${season.slug}`} className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Start a proposal for {season.title}
          </Link>
        </p>
      ) : null}
      {proposals.length === 0 ? (
        <p className="rounded-md border border-stone-200 bg-white p-4">
          You have no proposals yet.{' '}
          {season ? (
            <>
              Browse the{' '}
              <Link href={`/seasons/${season.slug}/ideas`} className="text-brand-700 underline underline-offset-2">
                ideas of {season.title}
              </Link>{' '}
              and write a proposal for one while applications are open.
            </>
          ) : null}
        </p>
      ) : (
        <ul className="space-y-4">
          {proposals.map((proposal) => {
            const close = proposal.season.phases.find((p) => p.kind === 'APPLICATIONS_CLOSE')
            const open = applicationsOpen(proposal.season.phases, now)
            return (
              <li key={proposal.id}>
                <article aria-labelledby={`proposal-${proposal.id}`} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h2 id={`proposal-${proposal.id}`} className="text-lg font-semibold">
                      <Link href={`/me/proposals/${proposal.id}`} className="text-stone-900 underline-offset-2 hover:text-brand-700 hover:underline">
                        {proposal.title || 'Untitled proposal'}
                      </Link>
                    </h2>
                    <ProposalStatusBadge status={proposal.status} />
                  </div>
                  <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                    <div>
                      <dt className="text-stone-600">Season</dt>
                      <dd>{proposal.season.title}</dd>
                    </div>
                    <div>
                      <dt className="text-stone-600">Idea</dt>
                      <dd>
                        {proposal.idea ? (
                          proposal.idea.status === 'PUBLISHED' ? (
                            <Link href={`/seasons/${proposal.season.slug}/ideas/${proposal.idea.slug}`} className="text-brand-700 underline underline-offset-2">
                              {proposal.idea.title}
                            </Link>
                          ) : (
                            proposal.idea.title
                          )
                        ) : (
                          'Own topic'
                        )}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-stone-600">Last change</dt>
                      <dd>
                        <time dateTime={proposal.changedAt.toISOString()}>{formatDateTime(proposal.changedAt, tz)}</time>
                      </dd>
                    </div>
                    <div>
                      <dt className="text-stone-600">Deadline</dt>
                      <dd>
                        {close ? <time dateTime={close.startsAt.toISOString()}>{formatDateTime(close.startsAt, tz)}</time> : 'Not set'}
                        {close && !open && now >= close.startsAt ? ' (closed)' : ''}
                      </dd>
                    </div>
                  </dl>
                  {proposal.comments.length ? (
                    <div className="mt-4">
                      <SharedComments comments={proposal.comments} timeZone={tz} />
                    </div>
                  ) : null}
                </article>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
