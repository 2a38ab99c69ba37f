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
    // Styled by the class (app/globals.css): the ideas list repeats this per row, in the HTML and the RSC payload.
    <dl className="idea-meta">
      <div>
        <dt>Difficulty:</dt>
        <dd>{DIFFICULTY[difficulty]}</dd>
      </div>
      <div>
        <dt>Size:</dt>
        <dd>about {expectedHours} hours</dd>
      </div>
      <div>
        <dt>Students:</dt>
        <dd>{capacity}</dd>
      </div>
      <div>
        <dt>{mentors.length === 1 ? 'Mentor:' : 'Mentors:'}</dt>
        <dd>{mentors.join(', ') || 'to be found'}</dd>
      </div>
    </dl>
  )
}
