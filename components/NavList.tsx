import Link from 'next/link'

export type NavLink = { href: string; label: string }

export function NavList({ label, links }: { label: string; links: NavLink[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="rounded px-1 py-1 text-stone-700 hover:text-brand-700 hover:underline">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
