import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { DemoClockForm } from '@/components/DemoClockForm'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { getAdminOverview } from '@/lib/admin/queries'
import { describeAuditEntry } from '@/lib/audit-sentence'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { isDemo } from '@/lib/demo'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { PHASE_LABEL } from '@/lib/timeline'

export const metadata: Metadata = { title: 'Season administration', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

const STATUS_LABEL = { DRAFT: 'Drafts', SUBMITTED: 'Submitted', WITHDRAWN: 'Withdrawn', ACCEPTED: 'Accepted', REJECTED: 'Rejected' } as const

export default async function SeasonAdminPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const user = await requirePermission('season.administer', season.id, `/seasons/${season.slug}/admin`)
  const overview = await getAdminOverview(user, season.id)
  const tz = user.timeZone
  const pinned = season.organization.clockOverride
  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { label: 'Administration' }]} />
      <PageTitle eyebrow="Admin">Administration of {season.title}</PageTitle>
      <AdminNav seasonSlug={season.slug} current="" />
      {isDemo() || season.organization.clockOverride ? (
        <div className="mb-10">
          <DemoClockForm
            demo={isDemo()}
            seasonId={season.id}
            current={pinned ? { iso: pinned.toISOString(), label: formatDateTime(pinned, tz) } : null}
            presets={season.phases.map((p) => ({ label: `${PHASE_LABEL[p.kind]}: ${formatDateTime(p.startsAt, tz)}`, at: p.startsAt.toISOString() }))}
          />
        </div>
      ) : null}
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="proposals-heading">
          <h2 id="proposals-heading" className="mb-3 text-xl font-semibold">
            Proposals
          </h2>
          <p className="mb-2">{overview.proposals.applications} applications.</p>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {Object.entries(STATUS_LABEL).map(([status, label]) => (
              <div key={status} className="rounded border border-stone-200 bg-white p-2">
                <dt className="text-sm text-stone-600">{label}</dt>
                <dd className="text-xl font-semibold">{overview.proposals.byStatus[status] ?? 0}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="slots-heading">
          <h2 id="slots-heading" className="mb-3 text-xl font-semibold">
            Slots
          </h2>
          <p>
            {overview.slotRequest
              ? `Requested ${overview.slotRequest.minSlots}–${overview.slotRequest.maxSlots} slots on ${formatDateTime(overview.slotRequest.createdAt, tz)}.`
              : 'No slot request yet.'}
          </p>
          <p>
            {overview.slotAllocation
              ? `Granted ${overview.slotAllocation.granted} slots (recorded ${formatDateTime(overview.slotAllocation.recordedAt, tz)}).`
              : 'No allocation recorded yet.'}
          </p>
          <h3 className="mb-2 mt-4 font-semibold">Accepted projects ({overview.acceptances.length})</h3>
          <ul className="list-disc space-y-1 pl-5">
            {overview.acceptances.map((a) => (
              <li key={a.id}>
                {a.proposal.title} — {a.student.name}, mentored by {a.mentor.name}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="mentors-heading">
          <h2 id="mentors-heading" className="mb-3 text-xl font-semibold">
            Mentors ({overview.mentors.length})
          </h2>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col" className="py-2">Mentor</th>
                <th scope="col" className="py-2 text-right">Students / capacity</th>
              </tr>
            </thead>
            <tbody>
              {overview.mentors.map((m) => (
                <tr key={m.id} className="border-b border-stone-200">
                  <th scope="row" className="py-1.5 text-left font-normal">
                    {m.name} <span className="text-stone-500">{m.email}</span>
                  </th>
                  <td className="py-1.5 text-right tabular-nums">
                    {m.assigned} / {m.capacity}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="audit-heading">
          <h2 id="audit-heading" className="mb-3 text-xl font-semibold">
            Recent changes
          </h2>
          {overview.audit.length ? (
            <ul className="space-y-1 text-sm">
              {overview.audit.map((entry) => (
                <li key={String(entry.id)}>
                  <time dateTime={entry.at.toISOString()} className="text-stone-600">{formatDateTime(entry.at, tz)}</time> — {describeAuditEntry(entry, tz)}.
                </li>
              ))}
            </ul>
          ) : (
            <p>No changes recorded.</p>
          )}
          <p className="mt-3 text-sm">
            <Link href={`/seasons/${season.slug}/admin/audit`} className="text-brand-700 underline underline-offset-2">
              The full audit log, with values before and after
            </Link>
          </p>
        </section>
      </div>
    </>
  )
}
