// Literal class names, so Tailwind's scanner finds them.
const TEXT = { xs: 'text-xs', sm: 'text-sm' } as const

/** An idea's skills as chips. */
export function SkillList({ skills, size = 'sm', className = '' }: { skills: string[]; size?: 'xs' | 'sm'; className?: string }) {
  return (
    // Styled by the class (app/globals.css): the ideas list repeats this per row, in the HTML and the RSC payload.
    <ul className={`skill-chips ${TEXT[size]} ${className}`}>
      {skills.map((skill) => (
        <li key={skill}>{skill}</li>
      ))}
    </ul>
  )
}
