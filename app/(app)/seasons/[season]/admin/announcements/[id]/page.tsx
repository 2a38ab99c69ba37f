import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AdminNav } from '@/components/AdminNav'
import { AnnouncementEditor } from '@/components/announcements/AnnouncementEditor'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { getSeasonAnnouncement } from '@/lib/announcements/admin-queries'
import { requirePermission } from '@/lib/authz'
import { DEFAULT_TIME_ZONE, formatDateTime, isValidTimeZone } from '@/lib/dates'
import { getNow } from '@/lib/organization'
import { toLocalInput } from '@/lib/seasons/schema'
import { getSeasonBySlug } from '@/lib/seasons/queries'

export const metadata: Metadata = { title: 'Edit announcement', robots: { index: false } }

type Props = { params: Promise<{ season: string; id: string }> }

export default async function AnnouncementEditPage({ params }: Props) {
  const { season: slug, id } = await params
  const season = await getSeasonBySlug(slug)
  if (!season) notFound()
  const base = `/seasons/${season.slug}/admin/announcements`
  const user = await requirePermission('announcements.manage', season.id, `${base}/${id}`)
  const post = await getSeasonAnnouncement(season.id, id)
  if (!post) notFound()
  const now = await getNow()
  const zone = user.timeZone && isValidTimeZone(user.timeZone) ? user.timeZone : DEFAULT_TIME_ZONE
  const isPublic = post.publishAt !== null && post.publishAt <= now
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/seasons/${season.slug}`, label: season.title },
          { href: `/seasons/${season.slug}/admin`, label: 'Administration' },
          { href: base, label: 'Announcements' },
          { label: post.title },
        ]}
      />
      <PageTitle
        eyebrow={post.kind === 'ACCEPTED_STUDENTS' ? 'Accepted-students post' : post.kind === 'STATUS' ? 'Status post' : 'Post'}
        lead={
          isPublic
            ? `Public since ${formatDateTime(post.publishAt!, zone)}.`
            : post.publishAt
              ? `Scheduled for ${formatDateTime(post.publishAt, zone)}: until then it is on no public page.`
              : 'A draft: on no public page until it has a publish time.'
        }
      >
        Edit announcement
      </PageTitle>
      <AdminNav seasonSlug={season.slug} current="/announcements" />
      {isPublic ? (
        <p className="mb-4 text-sm">
          <Link href={`/news/${post.slug}`} className="font-medium text-brand-700 underline underline-offset-2">
            Read it on the news page
          </Link>
        </p>
      ) : null}
      <AnnouncementEditor
        seasonId={season.id}
        id={post.id}
        title={post.title}
        body={post.body}
        publishAt={post.publishAt ? toLocalInput(post.publishAt, zone) : ''}
        zoneName={zone}
        locked={isPublic}
        accepted={post.kind === 'ACCEPTED_STUDENTS'}
      />
    </>
  )
}
