import { Markdown } from '@/components/Markdown'
import { formatDateTime } from '@/lib/dates'

/** Comments mentors chose to share with the student: shown without their author, by design. */
export function SharedComments({ comments, timeZone, headingLevel = 3 }: { comments: { id: string; body: string; createdAt: Date }[]; timeZone: string | null; headingLevel?: 2 | 3 }) {
  if (comments.length === 0) return null
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="space-y-3">
      <Heading className={headingLevel === 2 ? 'text-xl font-semibold' : 'text-base font-semibold'}>
        Shared by the mentors ({comments.length})
      </Heading>
      <ul className="space-y-3">
        {comments.map((comment) => (
          <li key={comment.id} className="rounded-md border border-sky-200 bg-sky-50 p-3">
            <p className="mb-1 text-sm text-stone-700">
              <strong className="font-semibold text-stone-900">Mentor comment</strong> ·{' '}
              <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt, timeZone)}</time>
            </p>
            {/* A heading in a comment ranks below this section's. */}
            <Markdown source={comment.body} topHeading={headingLevel + 1} className="text-sm" />
          </li>
        ))}
      </ul>
    </section>
  )
}
