import Link from 'next/link'
import { SeasonOverview } from '@/components/SeasonOverview'
import { PageTitle } from '@/components/ui/PageTitle'
import { formatDate } from '@/lib/dates'
import { listPublishedAnnouncements } from '@/lib/announcements/queries'
import { getCurrentSeason } from '@/lib/seasons/queries'
import { isBuildPhase, publicPage } from '@/lib/public-page'

export default async function HomePage() {
  // Cached whole (lib/public-page.ts). At build there is no database: a placeholder that expires at once.
  if (isBuildPhase()) {
    await publicPage()
    return <PageTitle>Summer of Code</PageTitle>
  }
  const [season, news] = await Promise.all([getCurrentSeason(), listPublishedAnnouncements(3)])
  await publicPage({ seasonId: season?.id, news: true })
  return (
    <>
      {season ? <SeasonOverview season={season} /> : <PageTitle>No season yet</PageTitle>}
      {news.length ? (
        <section aria-labelledby="latest-news" className="mt-12">
          <h2 id="latest-news" className="mb-3 text-xl font-semibold">
            Latest news
          </h2>
          <ul className="space-y-2">
            {news.map((post) => (
              <li key={post.id}>
                <Link href={`/news/${post.slug}`} className="font-medium text-brand-700 underline underline-offset-2">
                  {post.title}
                </Link>{' '}
                <span className="text-sm text-stone-600">— {formatDate(post.publishAt!)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
