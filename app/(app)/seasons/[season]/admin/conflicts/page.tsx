import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { RecordConflictForm, RemoveConflictButton } from '@/components/reviews/ConflictAdmin'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { conflictFormOptions, listConflicts } from '@/lib/reviews/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Conflicts of interest', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

export default async function ConflictsPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const user = await requirePermission('conflict.manage', season.id, `/seasons/${season.slug}/admin/conflicts`)
  const [conflicts, options] = await Promise.all([listConflicts(user, season.id), conflictFormOptions(user, season.id)])
  if (!options) notFound()
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/admin`, label: 'Administration' },
          { label: 'Conflicts of interest' },
        ]}
      />
      <PageTitle eyebrow="Admin" lead="Who is conflicted with what. A conflicted mentor or admin cannot score or comment on those proposals and sees none of their reviews, scores or private comments.">
        Conflicts of interest
      </PageTitle>
      <AdminNav seasonSlug={season.slug} current="/conflicts" />
      <h2 className="mb-3 text-xl font-semibold">Recorded conflicts ({conflicts.length})</h2>
      {conflicts.length ? (
        <ul className="mb-8 space-y-3">
          {conflicts.map((c) => {
            const target = c.proposal ? `the proposal “${c.proposal.title || 'Untitled'}”` : `the student ${c.student?.name ?? ''} (all proposals)`
            const label = `${c.mentor.name ?? 'a mentor'} with ${target}`
            return (
              <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-stone-200 bg-white p-4">
                <div className="min-w-0 [overflow-wrap:anywhere]">
                  <p className="font-medium">
                    {c.mentor.name ?? 'A mentor'} with {target}
                  </p>
                  <p className="text-sm text-stone-700">
                    {c.source === 'DECLARED' ? 'Declared by the mentor' : 'Recorded by an admin'} on {formatDateTime(c.createdAt, user.timeZone)}
                    {c.note ? `: ${c.note}` : ''}
                  </p>
                </div>
                <RemoveConflictButton conflictId={c.id} label={label} />
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="mb-8 text-stone-600">None recorded.</p>
      )}
      <h2 className="mb-3 text-xl font-semibold">Record a conflict</h2>
      <RecordConflictForm
        seasonId={season.id}
        staff={options.staff.map((s) => ({ id: s.id, label: s.name ?? 'Unnamed' }))}
        students={options.students.map((s) => ({ id: s.id, label: s.name ?? 'Unnamed' }))}
        proposals={options.proposals.map((p) => ({ id: p.id, label: `${p.title || 'Untitled'} (${p.student.name ?? 'a student'})` }))}
      />
    </>
  )
}
