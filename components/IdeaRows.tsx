'use client'
// The rows of a page of the ideas list (components/IdeaList.tsx). A client component for one reason: its props are
// the rows' data, so the RSC payload that follows the HTML carries each idea once as data (about 250 bytes) instead
// of as a serialized element tree (about 1 KB). The HTML is the same, rendered on the server; nothing here is
// interactive. Styled by the list's class (app/globals.css), so no element of a row repeats a class list.
import Link from 'next/link'
import { IdeaMeta } from '@/components/IdeaMeta'
import { SkillList } from '@/components/SkillList'

export type IdeaRow = {
  slug: string
  title: string
  summary: string
  difficulty: 'EASY' | 'MEDIUM' | 'HARD'
  expectedHours: number
  capacity: number
  mentors: string[]
  skills: string[]
}

export function IdeaRows({ seasonSlug, ideas }: { seasonSlug: string; ideas: IdeaRow[] }) {
  return (
    <ul className="idea-list">
      {ideas.map((idea) => (
        <li key={idea.slug}>
          <h2>
            {/* No prefetching: fifty links would each fetch an idea page as they scroll into view. */}
            <Link href={`/seasons/${seasonSlug}/ideas/${idea.slug}`} prefetch={false}>
              {idea.title}
            </Link>
          </h2>
          <p>{idea.summary}</p>
          <IdeaMeta difficulty={idea.difficulty} expectedHours={idea.expectedHours} capacity={idea.capacity} mentors={idea.mentors} />
          <p className="sr-only">Skills:</p>
          <SkillList skills={idea.skills} size="xs" />
        </li>
      ))}
    </ul>
  )
}
