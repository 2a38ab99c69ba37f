// Literal class names, so Tailwind's scanner finds them.
const TEXT = { xs: 'text-xs', sm: 'text-sm' } as const

/** An idea's skills as chips. */
export function SkillList({ skills, size = 'sm', className = '' }: { skills: string[]; size?: 'xs' | 'sm'; className?: string }) {
  return (
    <ul className={`flex flex-wrap gap-2 ${className}`}>
      {skills.map((skill) => (
        <li key={skill} className={`rounded-full bg-stone-100 px-2 py-0.5 ${TEXT[size]} text-stone-700`}>
          {skill}
        </li>
      ))}
    </ul>
  )
}
