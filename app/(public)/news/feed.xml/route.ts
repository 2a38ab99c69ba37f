// /news/feed.xml — the published announcements as an Atom feed.
import { Feed } from 'feed'
import { connection } from 'next/server'
import { listPublishedAnnouncements } from '@/lib/announcements/queries'
import { renderMarkdown } from '@/lib/markdown'
import { getOrganization } from '@/lib/organization'
import { publicUrl } from '@/lib/public-url'

export async function GET() {
  await connection()
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
