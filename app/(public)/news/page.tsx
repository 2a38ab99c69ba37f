import type { Metadata } from 'next'
import { AnnouncementList } from '@/components/AnnouncementList'
import { ArchiveNav } from '@/components/ArchiveNav'
import { PageTitle } from '@/components/ui/PageTitle'
import { listPublishedAnnouncements } from '@/lib/announcements/queries'
import { connection } from 'next/server'

export const metadata: Metadata = { title: 'News' }

export default async function NewsPage() {
  // Per request (what is public depends on the app's clock); the rows come from the tagged cache (lib/public-cache.ts).
  await connection()
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
