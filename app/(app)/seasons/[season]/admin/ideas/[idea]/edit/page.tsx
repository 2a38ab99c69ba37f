import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { IdeaForm } from '@/components/ideas/IdeaForm'
import { IdeaHistory } from '@/components/ideas/IdeaHistory'
import { IdeaStatusBadge } from '@/components/ideas/IdeaStatusBadge'
import { IdeaStatusButtons, IdeaStatusProvider } from '@/components/ideas/IdeaStatusControls'
import { ideaFormValues, mentorOptions } from '@/components/ideas/form-values'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { getIdeaForEdit, listIdeaHistory, listSeasonMentors } from '@/lib/ideas/admin-queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Edit idea · Administration', robots: { index: false } }

type Props = {
  params: Promise<{ season: string; idea: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const STATUS_NOTE = {
  DRAFT: 'A draft: only admins see it. Publish it to put it on the public list of ideas.',
  PROPOSED: 'Proposed by a mentor and waiting for your decision. Approving publishes it; rejecting archives it.',
  PUBLISHED: 'Public: on the list of ideas and at its own address. Archive it to take it off the public pages.',
  ARCHIVED: 'Archived: off the public pages. Restore it to a draft to work on it again.',
} as const

export default async function EditIdeaPage({ params, searchParams }: Props) {
  const { season: seasonSlug, idea: ideaId } = await params
  const season = await getSeasonBySlug(seasonSlug)
  if (!season) notFound()
  const user = await requirePermission('season.administer', season.id, `/seasons/${season.slug}/admin/ideas/${encodeURIComponent(ideaId)}/edit`)
  const idea = await getIdeaForEdit(season.id, ideaId)
  if (!idea) notFound()
  const [mentors, history] = await Promise.all([listSeasonMentors(season.id), listIdeaHistory(season.id, idea.id)])
  const created = (await searchParams).created === '1'
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/admin`, label: 'Administration' },
          { href: `/seasons/${season.slug}/admin/ideas`, label: 'Ideas' },
          { label: idea.title },
        ]}
      />
      <PageTitle eyebrow="Admin · Edit idea">{idea.title}</PageTitle>
      <AdminNav seasonSlug={season.slug} current="/ideas" />
      {created ? (
        <p role="status" className="mb-6 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          The idea is created as a draft. It is not public until you publish it.
        </p>
      ) : null}
      <IdeaStatusProvider seasonId={season.id}>
        <section aria-labelledby="status-heading" className="mb-10 rounded-lg border border-stone-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="status-heading" className="text-xl font-semibold">
              Status
            </h2>
            <IdeaStatusBadge status={idea.status} />
          </div>
          <p className="mt-2 text-stone-700">{STATUS_NOTE[idea.status]}</p>
          {idea.proposedBy ? (
            <p className="mt-1 text-sm text-stone-600">
              Proposed by {idea.proposedBy.name ?? idea.proposedBy.email} on {formatDateTime(idea.createdAt, user.timeZone)}.
            </p>
          ) : null}
          <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
            <IdeaStatusButtons ideaId={idea.id} status={idea.status} title={idea.title} />
            {idea.status === 'PUBLISHED' ? (
              <Link href={`/seasons/${season.slug}/ideas/${idea.slug}`} className="text-brand-700 underline underline-offset-2">
                View the public page
              </Link>
            ) : null}
          </div>
        </section>
      </IdeaStatusProvider>
      <section aria-labelledby="details-heading" className="mb-10">
        <h2 id="details-heading" className="mb-4 text-xl font-semibold">
          Details
        </h2>
        <IdeaForm
          mode="edit"
          seasonId={season.id}
          seasonSlug={season.slug}
          idea={ideaFormValues(idea)}
          mentors={mentorOptions(mentors, idea)}
          showEmails
        />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          History
        </h2>
        <IdeaHistory entries={history} timeZone={user.timeZone} />
      </section>
    </>
  )
}
