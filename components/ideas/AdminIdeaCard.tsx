import Link from 'next/link'
import type { AdminIdeaRow } from '@/lib/ideas/admin-queries'
import { formatDate } from '@/lib/dates'
import { IdeaStatusBadge } from './IdeaStatusBadge'
import { IdeaStatusButtons } from './IdeaStatusControls'

const DIFFICULTY = { EASY: 'Easy', MEDIUM: 'Medium', HARD: 'Hard' } as const

/** One idea in the admin list: what it is, who mentors it, and what the admin can do with it now. */
export function AdminIdeaCard({ idea, seasonSlug, timeZone }: { idea: AdminIdeaRow; seasonSlug: string; timeZone: string | null }) {
  const mentors = idea.mentors.map((m) => m.user.name ?? m.user.email ?? 'A mentor')
  const editHref = `/seasons/${seasonSlug}/admin/ideas/${idea.id}/edit`
  const applications = idea._count.proposals
  return (
    <li className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 lg:grid-cols-[1fr_auto] lg:items-center">
      <div className="min-w-0">
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <h3 className="min-w-0 text-lg font-semibold [overflow-wrap:anywhere]">
            <Link href={editHref} className="text-brand-700 underline-offset-2 hover:underline">
              {idea.title}
            </Link>
          </h3>
          <IdeaStatusBadge status={idea.status} />
        </div>
        <p className="mt-1 text-stone-700 [overflow-wrap:anywhere]">{idea.summary}</p>
        <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-700">
          <div className="flex gap-1">
            <dt className="text-stone-500">{mentors.length === 1 ? 'Mentor:' : 'Mentors:'}</dt>
            <dd>{mentors.join(', ') || <em>none yet</em>}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-stone-500">Students:</dt>
            <dd>{idea.capacity}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-stone-500">Size:</dt>
            <dd>
              {DIFFICULTY[idea.difficulty]}, {idea.expectedHours} h
            </dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-stone-500">Applications:</dt>
            <dd>{applications}</dd>
          </div>
          {idea.proposedBy ? (
            <div className="flex gap-1">
              <dt className="text-stone-500">Proposed by:</dt>
              <dd>
                {idea.proposedBy.name ?? idea.proposedBy.email}, {formatDate(idea.createdAt, timeZone)}
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 lg:max-w-sm lg:justify-end">
        <IdeaStatusButtons ideaId={idea.id} status={idea.status} title={idea.title} />
        <Link href={editHref} className="font-medium text-brand-700 underline underline-offset-2">
          {idea.status === 'PROPOSED' ? 'Review and edit' : 'Edit'}
          <span className="sr-only"> “{idea.title}”</span>
        </Link>
        {idea.status === 'PUBLISHED' ? (
          <Link href={`/seasons/${seasonSlug}/ideas/${idea.slug}`} className="text-brand-700 underline underline-offset-2">
            Public page<span className="sr-only"> of “{idea.title}”</span>
          </Link>
        ) : null}
      </div>
    </li>
  )
}
