import Link from 'next/link'
import { formatDate } from '@/lib/dates'
import { markdownToText } from '@/lib/markdown'

type Item = { id: string; slug: string; title: string; publishAt: Date | null; body: string }

export function AnnouncementList({ items }: { items: Item[] }) {
  if (items.length === 0) return <p className="text-stone-600">Nothing published here yet.</p>
  return (
    <ul className="space-y-6">
      {items.map((post) => {
        const text = markdownToText(post.body)
        return (
          <li key={post.id}>
            <article className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <Link href={`/news/${post.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {post.title}
                </Link>
              </h2>
              {post.publishAt ? (
                <p className="text-sm text-stone-600">
                  <time dateTime={post.publishAt.toISOString()}>{formatDate(post.publishAt)}</time>
                </p>
              ) : null}
              <p className="mt-2 text-stone-700">{text.length > 240 ? `${text.slice(0, 239)}…` : text}</p>
            </article>
          </li>
        )
      })}
    </ul>
  )
}
