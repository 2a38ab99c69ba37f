import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { IdeaStatusBadge } from '@/components/ideas/IdeaStatusBadge'
import { IdeaMeta } from '@/components/IdeaMeta'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { can, requirePermission } from '@/lib/authz'
import { formatDate } from '@/lib/dates'
import { listMentorIdeas } from '@/lib/ideas/admin-queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Your ideas', robots: { index: false } }

type Props = {
  params: Promise<{ season: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const STATUS_NOTE = {
  DRAFT: 'Not public: the admins are preparing it.',
  PROPOSED: 'Not public yet: waiting for an admin’s approval.',
  PUBLISHED: 'Public.',
  ARCHIVED: 'Not public: archived.',
} as const

export default async function MentorIdeasPage({ params, searchParams }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/mentor/ideas`
  const user = await requirePermission('idea.propose', season.id, base)
  const [ideas, admin] = await Promise.all([listMentorIdeas(season.id, user.id), can(user, 'season.administer', season.id)])
  const query = await searchParams
  const proposed = query.proposed
  // Where an accepted invitation leads (AcceptInvitationPanel).
  const welcome = query.welcome === '1'
  const justProposed = typeof proposed === 'string' ? ideas.find((i) => i.id === proposed) : undefined
  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { label: 'Your ideas' }]} />
      <PageTitle
        eyebrow="Mentor"
        lead="The ideas you mentor or proposed this season. An idea you propose stays private until an admin approves it, and you can change it until then."
      >
        Your ideas
      </PageTitle>
      {welcome ? (
        <p role="status" className="mb-6 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Welcome: you are a mentor of {season.title}. Here are the ideas you mentor; propose one of your own, or ask the admins to add you to one.
        </p>
      ) : null}
      {justProposed ? (
        <p role="status" className="mb-6 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Thank you: “{justProposed.title}” is sent to the season’s admins. It becomes public once they approve it.
        </p>
      ) : null}
      <div className="mb-8 flex flex-wrap items-center gap-3">
        <Link href={`${base}/new`} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Propose an idea
        </Link>
        {admin ? (
          <Link href={`/seasons/${season.slug}/admin/ideas`} className="text-brand-700 underline underline-offset-2">
            Manage all ideas of the season
          </Link>
        ) : null}
      </div>
      {ideas.length ? (
        <ul className="space-y-4">
          {ideas.map((idea) => {
            const mine = idea.proposedBy?.id === user.id
            const editable = mine && idea.status === 'PROPOSED'
            return (
              <li key={idea.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="min-w-0 flex-1 text-lg font-semibold [overflow-wrap:anywhere]">
                    <Link href={`${base}/${idea.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {idea.title}
                    </Link>
                  </h2>
                  <IdeaStatusBadge status={idea.status} />
                </div>
                <p className="mt-1 text-stone-700 [overflow-wrap:anywhere]">{idea.summary}</p>
                <p className="mt-2 text-sm text-stone-600">
                  {mine ? `You proposed it on ${formatDate(idea.createdAt, user.timeZone)}.` : 'You mentor it.'} {STATUS_NOTE[idea.status]}
                </p>
                <div className="mt-3">
                  <IdeaMeta
                    difficulty={idea.difficulty}
                    expectedHours={idea.expectedHours}
                    capacity={idea.capacity}
                    mentors={idea.mentors.map((m) => m.user.name ?? 'A mentor')}
                  />
                </div>
                <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
                  <Link href={`${base}/${idea.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                    {editable ? 'Edit' : 'View'}
                    <span className="sr-only"> “{idea.title}”</span>
                  </Link>
                  {idea.status === 'PUBLISHED' ? (
                    <Link href={`/seasons/${season.slug}/ideas/${idea.slug}`} className="text-brand-700 underline underline-offset-2">
                      Public page<span className="sr-only"> of “{idea.title}”</span>
                    </Link>
                  ) : null}
                </div>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-stone-600">
          You do not mentor any idea of this season yet.{' '}
          <Link href={`${base}/new`} className="text-brand-700 underline underline-offset-2">
            Propose one
          </Link>
          .
        </p>
      )}
    </>
  )
}
