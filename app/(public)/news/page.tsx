import type { Metadata } from 'next'
import { AnnouncementList } from '@/components/AnnouncementList'
import { ArchiveNav } from '@/components/ArchiveNav'
import { PageTitle } from '@/components/ui/PageTitle'
import { listPublishedAnnouncements } from '@/lib/announcements/queries'
import { isBuildPhase, publicPage } from '@/lib/public-page'

export const metadata: Metadata = { title: 'News' }

export default async function NewsPage() {
  // Cached whole (lib/public-page.ts). At build there is no database: a placeholder that expires at once.
  if (isBuildPhase()) {
    await publicPage()
    return <PageTitle>News</PageTitle>
  }
  await publicPage({ news: true })
  const items = await listPublishedAnnouncements()
  return (
    <>
      <PageTitle lead="Announcements from the organization: accepted students, deadlines, events.">News</PageTitle>
      <div className="grid gap-8 md:grid-cols-[3fr_1fr]">
        <AnnouncementList items={items} />
        <aside>
          <ArchiveNav />
        </aside>
      </div>
    </>
  )
}
