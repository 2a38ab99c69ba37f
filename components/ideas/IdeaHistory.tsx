import { formatDateTime } from '@/lib/dates'

const ACTION: Record<string, string> = {
  'idea.create': 'Created as a draft',
  'idea.propose': 'Proposed',
  'idea.update': 'Edited',
  'idea.publish': 'Published',
  'idea.archive': 'Archived',
  'idea.restore': 'Restored to draft',
}

const FIELD: Record<string, string> = {
  title: 'title',
  slug: 'slug',
  summary: 'summary',
  description: 'description',
  skills: 'skills',
  difficulty: 'difficulty',
  expectedHours: 'hours',
  capacity: 'students',
  mentorIds: 'mentors',
}

/** Which of the idea's fields an audited edit changed, in words. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return []
  const b = before as Record<string, unknown>
  const a = after as Record<string, unknown>
  return Object.keys(FIELD).filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key])).map((key) => FIELD[key]!)
}

type Entry = { id: bigint; at: Date; action: string; before: unknown; after: unknown; actor: { name: string | null; email: string | null } | null }

/** The idea's audit trail, newest first. */
export function IdeaHistory({ entries, timeZone }: { entries: Entry[]; timeZone: string | null }) {
  if (!entries.length) return <p className="text-sm text-stone-600">No changes recorded.</p>
  return (
    <ol className="space-y-2 text-sm">
      {entries.map((entry) => {
        const fields = entry.action === 'idea.update' ? changedFields(entry.before, entry.after) : []
        return (
          <li key={String(entry.id)} className="border-l-2 border-stone-200 pl-3">
            <span className="font-medium">{ACTION[entry.action] ?? entry.action}</span>
            {entry.actor ? ` by ${entry.actor.name ?? entry.actor.email}` : ''}
            {entry.action === 'idea.update' ? (fields.length ? ` (${fields.join(', ')})` : ' (no visible change)') : ''}
            <span className="block text-stone-600">
              <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, timeZone)}</time>
            </span>
          </li>
        )
      })}
    </ol>
  )
}
