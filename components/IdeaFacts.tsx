import { IdeaMeta } from './IdeaMeta'

type Idea = {
  difficulty: 'EASY' | 'MEDIUM' | 'HARD'
  expectedHours: number
  capacity: number
  skills: string[]
  mentors: { user: { name: string | null } }[]
}

/** An idea's facts box: difficulty, size, capacity, mentors and skills. */
export function IdeaFacts({ idea }: { idea: Idea }) {
  return (
    <div className="mb-6 rounded-lg border border-stone-200 bg-white p-4">
      <IdeaMeta
        difficulty={idea.difficulty}
        expectedHours={idea.expectedHours}
        capacity={idea.capacity}
        mentors={idea.mentors.map((m) => m.user.name ?? 'A mentor')}
      />
      {idea.skills.length ? (
        <>
          <h2 className="mt-3 text-sm font-medium text-stone-500">Skills</h2>
          <ul className="mt-1 flex flex-wrap gap-2">
            {idea.skills.map((skill) => (
              <li key={skill} className="rounded-full bg-stone-100 px-2 py-0.5 text-sm text-stone-700">
                {skill}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
