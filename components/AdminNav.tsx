import Link from 'next/link'

const SECTIONS = [
  { path: '', label: 'Overview' },
  { path: '/ideas', label: 'Ideas' },
  { path: '/mentors', label: 'Mentors & invitations' },
  { path: '/timeline', label: 'Timeline' },
  { path: '/rubric', label: 'Review rubric' },
  { path: '/conflicts', label: 'Conflicts' },
  { path: '/slots', label: 'Slots' },
  { path: '/accepted', label: 'Accepted set' },
  { path: '/letters', label: 'Letters' },
  { path: '/announcements', label: 'Announcements' },
  { path: '/outbox', label: 'Outbox' },
  { path: '/audit', label: 'Audit log' },
] as const

/** The admin area's navigation; `current` is the section's path ('' for the overview). */
export function AdminNav({ seasonSlug, current }: { seasonSlug: string; current: (typeof SECTIONS)[number]['path'] }) {
  return (
    <nav aria-label="Administration" className="mb-8 border-b border-stone-200">
      <ul className="-mb-px flex flex-wrap gap-x-4 text-sm">
        {SECTIONS.map((section) => {
          const active = section.path === current
          return (
            <li key={section.path}>
              <Link
                href={`/seasons/${seasonSlug}/admin${section.path}`}
                aria-current={active ? 'page' : undefined}
                className={`inline-block border-b-2 px-1 py-2 ${active ? 'border-brand-700 font-semibold text-stone-900' : 'border-transparent text-stone-600 hover:text-brand-700'}`}
              >
                {section.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
