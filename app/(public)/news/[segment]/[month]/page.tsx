import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { AnnouncementList } from '@/components/AnnouncementList'
import { ArchiveNav } from '@/components/ArchiveNav'
import { Breadcrumbs } from '@/components/ui/Breadcrumbs'
import { PageTitle } from '@/components/ui/PageTitle'
import { parseMonth, parseYear } from '@/lib/announcements/archive'
import { listAnnouncementsInMonth } from '@/lib/announcements/queries'
import { monthName } from '@/lib/dates'
import { publicPage } from '@/lib/public-page'

type Props = { params: Promise<{ segment: string; month: string }> }

// Rendered on first request and kept in the full route cache (lib/public-page.ts); none at build time.
export async function generateStaticParams() {
  return []
}

function parse({ segment, month }: { segment: string; month: string }) {
  const y = parseYear(segment)
  const m = parseMonth(month)
  return y && m ? { year: y, month: m } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const when = parse(await params)
  return { title: when ? `News of ${monthName(when.month)} ${when.year}` : 'Not found' }
}

export default async function MonthArchivePage({ params }: Props) {
  await publicPage({ news: true })
  const when = parse(await params)
  if (!when) notFound()
  const items = await listAnnouncementsInMonth(when.year, when.month)
  if (items.length === 0) notFound()
  return (
    <>
      <Breadcrumbs items={[{ href: '/news', label: 'News' }, { href: `/news/${when.year}`, label: String(when.year) }, { label: monthName(when.month) }]} />
      <PageTitle>
        News of {monthName(when.month)} {when.year}
      </PageTitle>
      <div className="grid gap-8 md:grid-cols-[3fr_1fr]">
        <AnnouncementList items={items} />
        <aside>
          <ArchiveNav current={when} />
        </aside>
      </div>
    </>
  )
}
