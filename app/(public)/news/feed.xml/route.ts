// /news/feed.xml — the published announcements as an Atom feed.
//
// Answered per request, from cached data: which posts are public is decided by the app's clock at each request
// (from the cached rows, no query), and the XML of that list is kept in the data cache under the list's own key
// (the ids and edit times of the visible posts), so it is rendered again only when the list or a post changes.
// Not kept whole in the route cache like the news pages: behind several instances with the Redis cache handler,
// a route handler's cached copy did not follow the tags revalidated on another instance (the cluster test's feed
// check showed the build-time empty feed after the clock moved), while the data cache does.
import { Feed } from 'feed'
import { listPublishedAnnouncements } from '@/lib/announcements/queries'
import { renderMarkdown } from '@/lib/markdown'
import { getOrganization } from '@/lib/organization'
import { cachedRead, tags } from '@/lib/public-cache'
import { publicUrl } from '@/lib/public-url'

export const dynamic = 'force-dynamic'

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
  const posts = await listPublishedAnnouncements(50)
  return new Response(await feedXml(listKey(posts)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  })
}
