import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { FeedbackRequestForm } from '@/components/proposals/FeedbackRequestForm'
import { ProposalEditor } from '@/components/proposals/ProposalEditor'
import { ProposalStatusBadge } from '@/components/proposals/ProposalStatusBadge'
import { ProposalView } from '@/components/proposals/ProposalView'
import { SharedComments } from '@/components/proposals/SharedComments'
import { UnsavedLocalCopy } from '@/components/proposals/UnsavedLocalCopy'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { getCurrentUser } from '@/lib/auth'
import { DEFAULT_TIME_ZONE, formatDateTime, isValidTimeZone } from '@/lib/dates'
import { getNow } from '@/lib/organization'
import { countMyApplications, getMyProposal, myWriteEligibility } from '@/lib/proposals/queries'
import { canEdit } from '@/lib/proposals/rules'
import { isApplication } from '@/lib/proposals/status'
import { applicationsOpen } from '@/lib/timeline'

export const metadata: Metadata = { title: 'Your proposal', robots: { index: false } }

type Props = { params: Promise<{ id: string }> }

export default async function ProposalPage({ params }: Props) {
  const { id } = await params
  const user = await getCurrentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/me/proposals/${id}`)}`)
  const proposal = await getMyProposal(user, id)
  if (!proposal) notFound()
  const { season } = proposal
  const tz = user.timeZone && isValidTimeZone(user.timeZone) ? user.timeZone : DEFAULT_TIME_ZONE
  const [now, eligibility, applications] = await Promise.all([getNow(), myWriteEligibility(user, season.id), countMyApplications(user, season.id)])
  const open = applicationsOpen(season.phases, now)
  const openPhase = season.phases.find((p) => p.kind === 'APPLICATIONS_OPEN')
  const close = season.phases.find((p) => p.kind === 'APPLICATIONS_CLOSE')
  const editable = open && canEdit(proposal.status) && eligibility.ok
  const deadline = close ? formatDateTime(close.startsAt, tz) : 'not set'
  const fields = {
    title: proposal.title,
    abstract: proposal.abstract,
    plan: proposal.plan,
    timeline: proposal.timeline,
    hoursPerWeek: proposal.hoursPerWeek === null ? '' : String(proposal.hoursPerWeek),
    links: proposal.links.join('\n'),
  }

  let notice: string | null = null
  if (!open && close && now >= close.startsAt) notice = `Applications closed on ${deadline}. This proposal can no longer be changed.`
  else if (!canEdit(proposal.status)) notice = 'A decision has been made on this proposal, so it can no longer be changed.'
  else if (!open) notice = openPhase ? `Applications open on ${formatDateTime(openPhase.startsAt, tz)}. You can edit this proposal then.` : 'Applications are not open.'
  else if (!eligibility.ok) notice = eligibility.message

  return (
    <>
      <Breadcrumbs items={[{ href: '/me/proposals', label: 'My proposals' }, { label: proposal.title || 'Untitled proposal' }]} />
      <PageTitle eyebrow={`${season.title} · proposal`}>{proposal.title || 'Untitled proposal'}</PageTitle>
      <dl className="-mt-4 mb-6 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        <div className="flex items-center gap-2">
          <dt className="sr-only">Status</dt>
          <dd>
            <ProposalStatusBadge status={proposal.status} />
          </dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-stone-600">Idea:</dt>
          <dd>
            {proposal.idea ? (
              proposal.idea.status === 'PUBLISHED' ? (
                <Link href={`/seasons/${season.slug}/ideas/${proposal.idea.slug}`} className="text-brand-700 underline underline-offset-2">
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
        <div className="flex gap-1">
          <dt className="text-stone-600">Deadline:</dt>
          <dd>{deadline}</dd>
        </div>
        {proposal.submittedAt && proposal.status !== 'DRAFT' ? (
          <div className="flex gap-1">
            <dt className="text-stone-600">{proposal.status === 'WITHDRAWN' ? 'Last submitted:' : 'Submitted:'}</dt>
            <dd>{formatDateTime(proposal.submittedAt, tz)}</dd>
          </div>
        ) : null}
      </dl>

      {notice ? (
        <p role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 font-medium text-amber-950">
          {notice}
        </p>
      ) : null}

      {editable ? (
        <ProposalEditor
          proposal={{ id: proposal.id, status: proposal.status, updatedAt: proposal.updatedAt.toISOString(), changedAt: proposal.changedAt.toISOString(), fields }}
          timeZone={tz}
          now={now.toISOString()}
          deadline={deadline}
          cap={{ others: applications - (isApplication(proposal.status) ? 1 : 0), max: season.maxProposalsPerStudent }}
        />
      ) : (
        <div className="space-y-8">
          <UnsavedLocalCopy proposalId={proposal.id} server={{ fields, updatedAt: proposal.updatedAt.toISOString() }} timeZone={tz} />
          <ProposalView proposal={proposal} />
        </div>
      )}

      {editable && proposal.status === 'DRAFT' ? (
        <FeedbackRequestForm proposalId={proposal.id} state={!proposal.feedbackRequestedAt ? 'none' : proposal.feedbackDoneAt ? 'done' : 'pending'} />
      ) : null}

      {proposal.comments.length ? (
        <div className="mt-10">
          <SharedComments comments={proposal.comments} timeZone={tz} headingLevel={2} />
        </div>
      ) : null}
    </>
  )
}
