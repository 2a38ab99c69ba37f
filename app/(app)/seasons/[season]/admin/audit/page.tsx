import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { AdminNav } from '@/components/AdminNav'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { listAuditEntries } from '@/lib/admin/queries'
import { auditChanges } from '@/lib/audit-diff'
import { describeAuditEntry } from '@/lib/audit-sentence'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } }

type Props = { params: Promise<{ season: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** ?page=N; anything malformed is page 1. */
const PageNumber = z.coerce.number().int().min(1).max(100_000).catch(1)

export default async function AuditPage({ params, searchParams }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/admin/audit`
  const user = await requirePermission('season.administer', season.id, base)
  const raw = (await searchParams).page
  const page = PageNumber.parse(Array.isArray(raw) ? raw[0] : raw)
  const { entries, total, pages } = await listAuditEntries(user, season.id, page)
  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { href: `/seasons/${season.slug}/admin`, label: 'Administration' }, { label: 'Audit log' }]} />
      <PageTitle eyebrow="Admin" lead="Every change made in this season: who, what, when, and the values before and after. Entries are never edited or removed.">
        Audit log
      </PageTitle>
      <AdminNav seasonSlug={season.slug} current="/audit" />
      <p className="mb-4 text-sm text-stone-600">
        {total} {total === 1 ? 'entry' : 'entries'}
        {pages > 1 ? ` · page ${Math.min(page, pages)} of ${pages}` : ''}
      </p>
      <ol className="space-y-3">
        {entries.map((entry) => {
          const changes = auditChanges(entry.before, entry.after)
          return (
            <li key={String(entry.id)} className="rounded-lg border border-stone-200 bg-white p-3">
              <p className="flex flex-wrap gap-x-3 text-sm">
                <time dateTime={entry.at.toISOString()} className="text-stone-600">
                  {formatDateTime(entry.at, user.timeZone)}
                </time>
                <span className="font-medium">{describeAuditEntry(entry, user.timeZone)}.</span>
              </p>
              <p className="mt-1 text-xs text-stone-600">
                <code className="rounded bg-stone-100 px-1">{entry.action}</code> {entry.entity} {entry.entityId}
              </p>
              {changes.length ? (
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-brand-700">
                    {changes.length} {changes.length === 1 ? 'field' : 'fields'} changed
                  </summary>
                  <div className="mt-2 overflow-x-auto">
                    <table className="w-full border-collapse text-left">
                      <thead>
                        <tr className="border-b border-stone-300">
                          <th scope="col" className="py-1 pr-3">Field</th>
                          <th scope="col" className="py-1 pr-3">Before</th>
                          <th scope="col" className="py-1">After</th>
                        </tr>
                      </thead>
                      <tbody>
                        {changes.map((change) => (
                          <tr key={change.field} className="border-b border-stone-100 align-top">
                            <th scope="row" className="py-1 pr-3 font-mono font-normal">{change.field}</th>
                            <td className="max-w-xs py-1 pr-3 break-words whitespace-pre-wrap">{change.before.slice(0, 500)}</td>
                            <td className="max-w-xs py-1 break-words whitespace-pre-wrap">{change.after.slice(0, 500)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </details>
              ) : null}
            </li>
          )
        })}
      </ol>
      {pages > 1 ? (
        <nav aria-label="Pages of the audit log" className="mt-6 flex gap-4">
          {page > 1 ? <Link href={`${base}?page=${page - 1}`} className="text-brand-700 underline">Newer entries</Link> : null}
          {page < pages ? <Link href={`${base}?page=${page + 1}`} className="text-brand-700 underline">Older entries</Link> : null}
        </nav>
      ) : null}
    </>
  )
}
