// /news/feed.xml — the published announcements as an Atom feed, kept whole in the full route cache like the news
// pages (lib/public-page.ts): tagged by its data reads and `clock`, and living until the next publish time, so a
// scheduled post appears in it on time with no write. Its XML is also kept in the data cache under the visible
// list's key (the ids and edit times of the visible posts), so a copy whose lifetime ran out is made again without
// rendering the posts' Markdown. Behind several instances, a change made on another instance reaches it within a
// second (the pages at once; the cluster test checks both).
import { Feed } from 'feed'
import { listPublishedAnnouncements } from '@/lib/announcements/queries'
import { renderMarkdown } from '@/lib/markdown'
import { getOrganization } from '@/lib/organization'
import { cachedRead, tags } from '@/lib/public-cache'
import { publicPage } from '@/lib/public-page'
import { publicUrl } from '@/lib/public-url'

// Static: a route handler is rendered per request unless told otherwise.
export const dynamic = 'force-static'

type FeedPost = Awaited<ReturnType<typeof listPublishedAnnouncements>>[number]

const listKey = (posts: FeedPost[]) => posts.map((post) => `${post.id}:${post.updatedAt.getTime()}`).join(',')

// Keyed by the visible list: the read behind it returns that same list (the clock cannot move back between them
// without a write that revalidates the organization and so this entry too).
const feedXml = cachedRead('news-feed', () => [tags.announcements, tags.organization], async (_key: string) => {
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
  return feed.atom1()
})

export async function GET() {
  // At build time there is no database: an empty feed that expires at once.
  if (!(await publicPage({ news: true }))) return new Response('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"/>', { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
  const posts = await listPublishedAnnouncements(50)
  return new Response(await feedXml(listKey(posts)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })
}
