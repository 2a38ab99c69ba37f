import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { IdeaForm } from '@/components/ideas/IdeaForm'
import { IdeaStatusBadge } from '@/components/ideas/IdeaStatusBadge'
import { ideaFormValues, mentorOptions, namesOnly } from '@/components/ideas/form-values'
import { IdeaFacts } from '@/components/IdeaFacts'
import { Markdown } from '@/components/Markdown'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { can, requirePermission } from '@/lib/authz'
import { getMentorIdea, listSeasonMentors } from '@/lib/ideas/admin-queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Your idea', robots: { index: false } }

type Props = { params: Promise<{ season: string; idea: string }> }

export default async function MentorIdeaPage({ params }: Props) {
  const { season: seasonSlug, idea: ideaId } = await params
  const season = await getSeasonBySlug(seasonSlug)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/mentor/ideas`
  const user = await requirePermission('idea.propose', season.id, `${base}/${encodeURIComponent(ideaId)}`)
  // Only ideas this person mentors or proposed: others' unpublished ideas do not exist for them.
  const idea = await getMentorIdea(season.id, ideaId, user.id)
  if (!idea) notFound()
  const mine = idea.proposedById === user.id
  const editable = mine && idea.status === 'PROPOSED'
  const [mentors, admin] = await Promise.all([editable ? listSeasonMentors(season.id) : [], can(user, 'season.administer', season.id)])
  const why = {
    DRAFT: 'The admins are preparing this idea as a draft: only they can change it.',
    PROPOSED: mine ? '' : `${idea.proposedBy?.name ?? 'Another mentor'} proposed this idea: only they, or an admin, can change it while it waits for approval.`,
    PUBLISHED: 'This idea is published: only the season’s admins can change it now. Write to them if something needs fixing.',
    ARCHIVED: 'This idea is archived: only the season’s admins can bring it back.',
  }[idea.status]
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: base, label: 'Your ideas' },
          { label: idea.title },
        ]}
      />
      <PageTitle eyebrow={editable ? 'Mentor · Edit your proposal' : 'Mentor · Your idea'} lead={editable ? undefined : idea.summary}>
        {idea.title}
      </PageTitle>
      <div className="mb-8 rounded-lg border border-stone-200 bg-white p-4">
        <p className="text-stone-700">
          <IdeaStatusBadge status={idea.status} />{' '}
          {editable ? 'Waiting for an admin’s approval. It is not public yet, and you can still change it.' : why}
        </p>
        {idea.status === 'PUBLISHED' || admin ? (
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {idea.status === 'PUBLISHED' ? (
              <Link href={`/seasons/${season.slug}/ideas/${idea.slug}`} className="text-brand-700 underline underline-offset-2">
                Public page
              </Link>
            ) : null}
            {admin ? (
              <Link href={`/seasons/${season.slug}/admin/ideas/${idea.id}/edit`} className="text-brand-700 underline underline-offset-2">
                Open in administration
              </Link>
            ) : null}
          </p>
        ) : null}
      </div>
      {editable ? (
        <IdeaForm
          mode="edit-proposal"
          seasonId={season.id}
          seasonSlug={season.slug}
          idea={ideaFormValues(idea)}
          mentors={namesOnly(mentorOptions(mentors.some((m) => m.id === user.id) ? mentors : [{ id: user.id, name: user.name, email: user.email }, ...mentors], idea), user)}
          self={user.id}
        />
      ) : (
        <article>
          <IdeaFacts idea={idea} />
          <Markdown source={idea.description} className="max-w-3xl" />
        </article>
      )}
    </>
  )
}
