import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { StartProposalForm } from '@/components/proposals/StartProposalForm'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { getCurrentUser } from '@/lib/auth'
import { formatDateTime } from '@/lib/dates'
import { getNow } from '@/lib/organization'
import { getStartOptions } from '@/lib/proposals/queries'
import { getCurrentSeason, getSeasonBySlug } from '@/lib/seasons/queries'
import { applicationsOpen } from '@/lib/timeline'

export const metadata: Metadata = { title: 'Start a proposal', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

export default async function StartProposalPage({ searchParams }: Props) {
  const params = await searchParams
  const seasonSlug = first(params.season)
  const ideaSlug = first(params.idea)
  const user = await getCurrentUser()
  if (!user) {
    const query = new URLSearchParams({ ...(seasonSlug ? { season: seasonSlug } : {}), ...(ideaSlug ? { idea: ideaSlug } : {}) }).toString()
    redirect(`/signin?callbackUrl=${encodeURIComponent(`/me/proposals/new${query ? `?${query}` : ''}`)}`)
  }
  const season = seasonSlug ? await getSeasonBySlug(seasonSlug) : await getCurrentSeason()
  if (!season) notFound()
  const tz = user.timeZone
  const now = await getNow()
  const openPhase = season.phases.find((p) => p.kind === 'APPLICATIONS_OPEN')
  const close = season.phases.find((p) => p.kind === 'APPLICATIONS_CLOSE')
  const open = applicationsOpen(season.phases, now)
  const options = await getStartOptions(user, season.id)
  const chosen = options.ideas.find((idea) => idea.slug === ideaSlug)

  return (
    <>
      <Breadcrumbs items={[{ href: '/me/proposals', label: 'My proposals' }, { label: 'Start a proposal' }]} />
      <PageTitle eyebrow={season.title}>Start a proposal</PageTitle>
      {!open ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4">
          {close && now >= close.startsAt
            ? `Applications for ${season.title} closed on ${formatDateTime(close.startsAt, tz)}: no new proposals can be started.`
            : openPhase
              ? `Applications for ${season.title} open on ${formatDateTime(openPhase.startsAt, tz)}. Come back then.`
              : `Applications for ${season.title} are not open.`}
        </p>
      ) : !options.eligibility.ok ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4">
          {options.eligibility.message}
        </p>
      ) : (
        <div className="space-y-6">
          <div className="max-w-3xl space-y-2 text-stone-700">
            {ideaSlug && !chosen ? <p className="font-medium text-red-800">That idea is not open for proposals. Choose one of the published ideas below.</p> : null}
            <p>
              Pick the idea you want to work on. Your draft is saved as you type and only you see it until you submit it.
              {close ? ` The deadline is ${formatDateTime(close.startsAt, tz)}.` : ''}
            </p>
            <p>
              You have submitted {options.applications} of at most {season.maxProposalsPerStudent} proposals in this season.
              {options.eligibility.joins ? ` Starting a proposal makes you a student of ${season.title}.` : ''}
            </p>
          </div>
          <StartProposalForm
            seasonId={season.id}
            allowOwnTopics={season.allowOwnTopics}
            defaultIdea={chosen?.id ?? ''}
            ideas={options.ideas.map((idea) => ({ id: idea.id, title: idea.title, existingProposalId: options.existing.get(idea.id) ?? null }))}
          />
          <p className="text-sm">
            <Link href={`/seasons/${season.slug}/ideas`} className="text-brand-700 underline underline-offset-2">
              Read the ideas of {season.title}
            </Link>
          </p>
        </div>
      )}
    </>
  )
}
