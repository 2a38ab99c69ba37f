import { IdeaMeta } from './IdeaMeta'
import { SkillList } from './SkillList'

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
          <SkillList skills={idea.skills} className="mt-1" />
        </>
      ) : null}
    </div>
  )
}
