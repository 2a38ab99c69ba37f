// Turns the rows the idea pages read into what IdeaForm takes (plain, serializable values).
import type { IdeaFormValues } from './IdeaForm'

type EditableIdea = Omit<IdeaFormValues, 'updatedAt' | 'mentorIds'> & {
  updatedAt: Date
  mentors: { user: { id: string; name: string | null; email: string | null } }[]
}
type Person = { id: string; name: string | null; email: string | null }

export function ideaFormValues(idea: EditableIdea): IdeaFormValues {
  return {
    id: idea.id,
    slug: idea.slug,
    title: idea.title,
    summary: idea.summary,
    description: idea.description,
    skills: idea.skills,
    difficulty: idea.difficulty,
    expectedHours: idea.expectedHours,
    capacity: idea.capacity,
    status: idea.status,
    updatedAt: idea.updatedAt.toISOString(),
    mentorIds: idea.mentors.map((m) => m.user.id),
  }
}

/** The season's mentors, plus anyone still attached to the idea who no longer is one (so a save keeps them). */
export function mentorOptions(seasonMentors: Person[], idea?: EditableIdea): (Person & { note?: string })[] {
  const known = new Set(seasonMentors.map((m) => m.id))
  const extra = (idea?.mentors ?? []).map((m) => m.user).filter((u) => !known.has(u.id))
  return [...seasonMentors, ...extra.map((u) => ({ ...u, note: 'no longer a mentor of this season' }))]
}

/**
 * The mentor list as a mentor's form may carry it: ids and names only. The form is sent to the browser whole,
 * so other people's e-mail addresses must not be in it even when the screen does not show them.
 */
export function namesOnly(people: (Person & { note?: string })[], self: { id: string }): (Person & { note?: string })[] {
  return people.map(({ email, ...person }) => ({ ...person, name: person.name ?? (person.id === self.id ? email : null) ?? 'Unnamed mentor', email: null }))
}
