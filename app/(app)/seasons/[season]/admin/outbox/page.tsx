import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { CopyButton } from '@/components/ui/CopyButton'
import { PageTitle } from '@/components/ui/PageTitle'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { outboxKeepsSecrets } from '@/lib/mail'
import { getNow } from '@/lib/organization'
import { listOutboxMail } from '@/lib/outbox/queries'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Outbox', robots: { index: false } }

/** Invitation links in a mail's body, so they can be copied with one tap (they wrap on a phone). */
const INVITATION_LINK = /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{16,}/g

type Props = { params: Promise<{ season: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function OutboxPage({ params, searchParams }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/admin/outbox`
  const user = await requirePermission('season.administer', season.id, base)
  const pageParam = (await searchParams).page
  const requested = typeof pageParam === 'string' && /^\d{1,6}$/.test(pageParam) ? Number(pageParam) : 1
  const [outbox, now] = await Promise.all([listOutboxMail(season.id, requested), getNow()])
  const tz = user.timeZone
  const smtp = Boolean(process.env.SMTP_URL)
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/admin`, label: 'Administration' },
          { label: 'Outbox' },
        ]}
      />
      <PageTitle
        eyebrow="Admin"
        lead={
          (smtp
            ? 'Every mail the app sends, newest first. Mail is delivered through the configured mail server; failures are marked.'
            : 'Every mail the app sends, newest first. No mail server is configured (SMTP_URL), so nothing is delivered: copy or forward messages from here.') +
          (outboxKeepsSecrets() ? '' : ' Invitation links are only in the mail itself: the copies here show them withheld.')
        }
      >
        Outbox
      </PageTitle>
      <AdminNav seasonSlug={season.slug} current="/outbox" />
      <p className="mb-4 text-sm text-stone-600">
        {outbox.total === 0
          ? 'No mail yet.'
          : `${outbox.total} mail${outbox.total === 1 ? '' : 's'}${outbox.held ? ` (${outbox.held} held until their release time)` : ''}${outbox.pages > 1 ? `, page ${outbox.page} of ${outbox.pages}` : ''}.`}
      </p>
      <ol className="space-y-4">
        {outbox.mails.map((mail) => (
          <li key={mail.id}>
            <article aria-labelledby={`mail-${mail.id}`} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 id={`mail-${mail.id}`} className="break-words text-lg font-semibold">
                {mail.subject}
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-stone-600">To</dt>
                <dd className="break-all">{mail.to}</dd>
                <dt className="text-stone-600">Written</dt>
                <dd>
                  <time dateTime={mail.createdAt.toISOString()}>{formatDateTime(mail.createdAt, tz)}</time>
                </dd>
                <dt className="text-stone-600">Status</dt>
                <dd>
                  {mail.held && !mail.sentAt && !mail.releasedAt && !(mail.releaseAt && mail.releaseAt <= now) ? (
                    // A decision letter waiting for the accepted-students post.
                    <span className="font-medium text-amber-800">
                      {mail.releaseAt ? (
                        <>
                          Held until <time dateTime={mail.releaseAt.toISOString()}>{formatDateTime(mail.releaseAt, tz)}</time>
                        </>
                      ) : (
                        'Held until the accepted-students post is scheduled'
                      )}
                    </span>
                  ) : mail.held && !mail.sentAt && !smtp ? (
                    <span className="font-medium text-green-800">
                      Released <time dateTime={(mail.releasedAt ?? mail.releaseAt)!.toISOString()}>{formatDateTime((mail.releasedAt ?? mail.releaseAt)!, tz)}</time> (no mail server
                      configured: forward it from here)
                    </span>
                  ) : mail.sentAt ? (
                    <span className="font-medium text-green-800">
                      Sent <time dateTime={mail.sentAt.toISOString()}>{formatDateTime(mail.sentAt, tz)}</time>
                    </span>
                  ) : mail.error ? (
                    <span className="font-medium text-red-800">Not sent: {mail.error}</span>
                  ) : (
                    <span className="font-medium text-amber-800">Not sent{smtp ? ' yet' : ' (no mail server configured)'}</span>
                  )}
                </dd>
              </dl>
              <pre className="mt-3 overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-stone-50 p-3 font-mono text-sm text-stone-900">
                {mail.body}
              </pre>
              {[...new Set(mail.body.match(INVITATION_LINK) ?? [])].map((link) => (
                <div key={link} className="mt-3">
                  <CopyButton text={link} label="Copy invitation link" />
                </div>
              ))}
            </article>
          </li>
        ))}
      </ol>
      {outbox.pages > 1 ? (
        <nav aria-label="Outbox pages" className="mt-6 flex justify-between text-sm">
          {outbox.page > 1 ? (
            <Link href={`${base}?page=${outbox.page - 1}`} className="font-medium text-brand-700 underline underline-offset-2">
              Newer mail
            </Link>
          ) : (
            <span />
          )}
          {outbox.page < outbox.pages ? (
            <Link href={`${base}?page=${outbox.page + 1}`} className="font-medium text-brand-700 underline underline-offset-2">
              Older mail
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  )
}
