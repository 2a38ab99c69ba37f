const DIFFICULTY = { EASY: 'Easy', MEDIUM: 'Medium', HARD: 'Hard' } as const

export function IdeaMeta({
  difficulty,
  expectedHours,
  capacity,
  mentors,
}: {
  difficulty: keyof typeof DIFFICULTY
  expectedHours: number
  capacity: number
  mentors: string[]
}) {
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700">
      <div className="flex gap-1">
        <dt className="text-stone-500">Difficulty:</dt>
        <dd>{DIFFICULTY[difficulty]}</dd>
      </div>
      <div className="flex gap-1">
        <dt className="text-stone-500">Size:</dt>
        <dd>about {expectedHours} hours</dd>
      </div>
      <div className="flex gap-1">
        <dt className="text-stone-500">Students:</dt>
        <dd>{capacity}</dd>
      </div>
      <div className="flex gap-1">
        <dt className="text-stone-500">{mentors.length === 1 ? 'Mentor:' : 'Mentors:'}</dt>
        <dd>{mentors.join(', ') || 'to be found'}</dd>
      </div>
    </dl>
  )
}
