import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { RecordAllocationForm, RequestSlotsForm } from '@/components/slots/SlotForms'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { getNow } from '@/lib/organization'
import { getSeasonBySlug } from '@/lib/seasons/queries'
import { getSlotHistory } from '@/lib/slots/queries'

export const metadata: Metadata = { title: 'Slots', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

export default async function SlotsPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const user = await requirePermission('slots.manage', season.id, `/seasons/${season.slug}/admin/slots`)
  const [history, now] = await Promise.all([getSlotHistory(user, season.id), getNow()])
  if (!history) notFound()
  const zone = user.timeZone
  const closed = history.deadline !== null && now.getTime() > history.deadline.getTime()
  const deadlineText = history.deadline
    ? closed
      ? `Slot requests closed on ${formatDateTime(history.deadline, zone)}.`
      : `Slot requests close on ${formatDateTime(history.deadline, zone)}.`
    : 'The timeline sets no slot-request deadline.'
  return (
    <>
      <Breadcrumbs
        items={[{ href: `/seasons/${season.slug}`, label: season.title }, { href: `/seasons/${season.slug}/admin`, label: 'Administration' }, { label: 'Slots' }]}
      />
      <PageTitle eyebrow="Admin" lead="The organization’s slot request and the number of slots granted. Every request and grant is kept, with who and when; the latest counts.">
        Slots
      </PageTitle>
      <AdminNav seasonSlug={season.slug} current="/slots" />

      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="request-heading">
          <h2 id="request-heading" className="mb-1 text-xl font-semibold">
            Request slots
          </h2>
          <p className="mb-3 text-sm text-stone-700">{deadlineText}</p>
          <RequestSlotsForm seasonId={season.id} closedMessage={closed ? 'A request filed now is refused.' : null} />
          <h3 className="mt-6 mb-2 text-lg font-semibold">Requests ({history.requests.length})</h3>
          {history.requests.length ? (
            <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {history.requests.map((r, i) => (
                <li key={r.id} className="p-3 [overflow-wrap:anywhere]">
                  <p className="font-medium">
                    {r.minSlots} to {r.maxSlots} slots{i === 0 ? <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm font-normal text-brand-800">latest</span> : null}
                  </p>
                  <p className="text-sm text-stone-700">
                    By {r.requestedBy.name ?? 'an admin'} on <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt, zone)}</time>
                  </p>
                  {r.justification ? <p className="mt-1 text-sm whitespace-pre-line text-stone-800">{r.justification}</p> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-stone-600">None filed yet.</p>
          )}
        </section>

        <section aria-labelledby="grant-heading">
          <h2 id="grant-heading" className="mb-1 text-xl font-semibold">
            Slots granted
          </h2>
          <p className="mb-3 text-sm text-stone-700">
            Record the number the program granted. The{' '}
            <Link href={`/seasons/${season.slug}/admin/accepted`} className="text-brand-700 underline underline-offset-2">
              accepted set
            </Link>{' '}
            fills that many.
          </p>
          <RecordAllocationForm seasonId={season.id} />
          <h3 className="mt-6 mb-2 text-lg font-semibold">Grants ({history.allocations.length})</h3>
          {history.allocations.length ? (
            <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {history.allocations.map((a, i) => (
                <li key={a.id} className="p-3 [overflow-wrap:anywhere]">
                  <p className="font-medium">
                    {a.granted} {a.granted === 1 ? 'slot' : 'slots'} granted
                    {i === 0 ? <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm font-normal text-brand-800">latest</span> : null}
                  </p>
                  <p className="text-sm text-stone-700">
                    Recorded by {a.recordedBy.name ?? 'an admin'} on <time dateTime={a.recordedAt.toISOString()}>{formatDateTime(a.recordedAt, zone)}</time>
                    {a.note ? ` · ${a.note}` : ''}
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-stone-600">None recorded yet.</p>
          )}
        </section>
      </div>
    </>
  )
}
