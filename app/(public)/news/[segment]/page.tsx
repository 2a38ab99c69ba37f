// /news/<slug>: one announcement. The same segment also serves /news/<yyyy> as a year's archive, because a
// route can have only one dynamic segment at this level and a slug never consists of four digits alone.
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArchiveNav } from '@/components/ArchiveNav'
import { Markdown } from '@/components/Markdown'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { getPublishedAnnouncement, listArchiveMonths } from '@/lib/announcements/queries'
import { parseYear } from '@/lib/announcements/archive'
import { formatDateTime, monthName } from '@/lib/dates'
import { publicPage } from '@/lib/public-page'

type Props = { params: Promise<{ segment: string }> }

// Rendered on first request and kept in the full route cache (lib/public-page.ts); none at build time.
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { segment } = await params
  const year = parseYear(segment)
  if (year) return { title: `News of ${year}` }
  const post = await getPublishedAnnouncement(segment)
  return { title: post?.title ?? 'Not found' }
}

export default async function AnnouncementPage({ params }: Props) {
  await publicPage({ news: true })
  const { segment } = await params
  const year = parseYear(segment)
  if (year) return <YearArchive year={year} />
  const post = await getPublishedAnnouncement(segment)
  if (!post) notFound()
  const published = post.publishAt!
  return (
    <div className="grid gap-8 md:grid-cols-[3fr_1fr]">
      <article>
        <Breadcrumbs
          items={[
            { href: '/news', label: 'News' },
            {
              href: `/news/${published.getUTCFullYear()}/${String(published.getUTCMonth() + 1).padStart(2, '0')}`,
              label: `${monthName(published.getUTCMonth() + 1)} ${published.getUTCFullYear()}`,
            },
          ]}
        />
        <PageTitle>{post.title}</PageTitle>
        <p className="-mt-6 mb-6 text-sm text-stone-600">
          Published <time dateTime={published.toISOString()}>{formatDateTime(published)}</time>
          {post.author?.name ? <> by {post.author.name}</> : null}
          {post.season ? (
            <>
              {' '}
              ·{' '}
              <Link href={`/seasons/${post.season.slug}`} className="text-brand-700 underline underline-offset-2">
                {post.season.title}
              </Link>
            </>
          ) : null}
        </p>
        <Markdown source={post.body} className="max-w-3xl" />
      </article>
      <aside>
        <ArchiveNav />
      </aside>
    </div>
  )
}

async function YearArchive({ year }: { year: number }) {
  const months = (await listArchiveMonths()).filter((m) => m.year === year)
  if (months.length === 0) notFound()
  return (
    <>
      <Breadcrumbs items={[{ href: '/news', label: 'News' }, { label: String(year) }]} />
      <PageTitle>News of {year}</PageTitle>
      <ul className="space-y-2">
        {months.map(({ month, count }) => (
          <li key={month}>
            <Link href={`/news/${year}/${String(month).padStart(2, '0')}`} className="text-brand-700 underline underline-offset-2">
              {monthName(month)} {year}
            </Link>{' '}
            <span className="text-stone-600">({count})</span>
          </li>
        ))}
      </ul>
    </>
  )
}
