// /news/feed.xml — the published announcements as an Atom feed.
import { Feed } from 'feed'
import { listPublishedAnnouncements } from '@/lib/announcements/queries'
import { renderMarkdown } from '@/lib/markdown'
import { getOrganization } from '@/lib/organization'
import { isBuildPhase, publicPage } from '@/lib/public-page'
import { publicUrl } from '@/lib/public-url'

// Kept in the full route cache like the news pages (lib/public-page.ts): tagged with what it reads, its lifetime
// ending at the next publish time. At build there is no database: an empty answer that expires at once.
export const dynamic = 'force-static'

export async function GET() {
  if (isBuildPhase()) {
    await publicPage()
    return new Response('', { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
  }
  await publicPage({ news: true })
  // The configured public URL, whatever address this request came in at: a feed's ids must not change with it.
  const origin = publicUrl()
  const [org, posts] = await Promise.all([getOrganization(), listPublishedAnnouncements(50)])
  const feed = new Feed({
    title: `${org.name} Summer of Code news`,
    description: `Announcements from ${org.name}: accepted students, deadlines and events.`,
    id: `${origin}/news`,
    link: `${origin}/news`,
    language: 'en',
    updated: posts[0]?.publishAt ?? new Date(0),
    copyright: org.name,
    feedLinks: { atom: `${origin}/news/feed.xml` },
    author: { name: org.name, link: org.websiteUrl ?? origin },
  })
  for (const post of posts) {
    feed.addItem({
      title: post.title,
      id: `${origin}/news/${post.slug}`,
      link: `${origin}/news/${post.slug}`,
      date: post.publishAt!,
      published: post.publishAt!,
      content: renderMarkdown(post.body),
    })
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })
}
