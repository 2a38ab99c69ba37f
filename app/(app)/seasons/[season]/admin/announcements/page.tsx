import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { GenerateStatusForm } from '@/components/announcements/GenerateStatusForm'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { listSeasonAnnouncements } from '@/lib/announcements/admin-queries'
import { requirePermission } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { getNow } from '@/lib/organization'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Announcements', robots: { index: false } }

type Props = { params: Promise<{ season: string }> }

const KIND_LABEL: Record<string, string> = {
  ACCEPTED_STUDENTS: 'Accepted students',
  STATUS: 'Status',
  NEWS: 'News',
  EVENT: 'Event',
  CALL_FOR_PAPERS: 'Call for papers',
}

export default async function AnnouncementsAdminPage({ params }: Props) {
  const season = await getSeasonBySlug((await params).season)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/admin/announcements`
  const user = await requirePermission('announcements.manage', season.id, base)
  const [posts, now] = await Promise.all([listSeasonAnnouncements(season.id), getNow()])
  const hasAccepted = posts.some((p) => p.kind === 'ACCEPTED_STUDENTS')
  return (
    <>
      <Breadcrumbs items={[{ href: `/seasons/${season.slug}`, label: season.title }, { href: `/seasons/${season.slug}/admin`, label: 'Administration' }, { label: 'Announcements' }]} />
      <PageTitle eyebrow="Admin" lead="The season’s posts on the news page and in the feed. A draft or a post scheduled for later is on no public page until its time.">
        Announcements
      </PageTitle>
      <AdminNav seasonSlug={season.slug} current="/announcements" />
      {posts.length === 0 ? <p className="mb-6 text-stone-700">No posts for this season yet.</p> : null}
      <ul className="mb-10 space-y-3">
        {posts.map((post) => {
          const status = !post.publishAt ? 'Draft' : post.publishAt <= now ? 'Published' : 'Scheduled'
          return (
            <li key={post.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="text-sm text-stone-600">{KIND_LABEL[post.kind] ?? post.kind}</p>
              <h2 className="break-words text-lg font-semibold">
                <Link href={`${base}/${post.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {post.title}
                </Link>
              </h2>
              <p className="text-sm">
                <span className={status === 'Published' ? 'font-medium text-green-800' : status === 'Scheduled' ? 'font-medium text-amber-800' : 'font-medium text-stone-700'}>{status}</span>
                {post.publishAt ? (
                  <>
                    {status === 'Published' ? ' since ' : ' for '}
                    <time dateTime={post.publishAt.toISOString()}>{formatDateTime(post.publishAt, user.timeZone)}</time>
                  </>
                ) : null}
              </p>
            </li>
          )
        })}
      </ul>
      <section aria-labelledby="generate-heading" className="max-w-xl">
        <h2 id="generate-heading" className="mb-1 text-xl font-semibold">
          Status post
        </h2>
        <p className="mb-3 text-sm text-stone-600">
          Counts the applications, the ideas that drew them and the mentors as they stand now, into a draft you can edit and schedule.
          {hasAccepted ? null : ' The accepted-students post is drafted when the accepted set is confirmed.'}
        </p>
        <GenerateStatusForm seasonId={season.id} seasonSlug={season.slug} />
      </section>
    </>
  )
}
