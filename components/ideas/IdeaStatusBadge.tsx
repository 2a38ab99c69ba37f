import type { IdeaStatusValue } from '@/lib/ideas/schema'

export const IDEA_STATUS_LABEL: Record<IdeaStatusValue, string> = {
  DRAFT: 'Draft',
  PROPOSED: 'Awaiting approval',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
}

const LOOK: Record<IdeaStatusValue, string> = {
  DRAFT: 'border-stone-300 bg-stone-100 text-stone-800',
  PROPOSED: 'border-amber-300 bg-amber-50 text-amber-900',
  PUBLISHED: 'border-green-300 bg-green-50 text-green-900',
  ARCHIVED: 'border-stone-300 bg-white text-stone-600',
}

/** An idea's status in words (never by colour alone). */
export function IdeaStatusBadge({ status }: { status: IdeaStatusValue }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${LOOK[status]}`}>
      <span className="sr-only">Status: </span>
      {IDEA_STATUS_LABEL[status]}
    </span>
  )
}
