import Link from 'next/link'
import { getCurrentUser } from '@/lib/auth'
import { rolesInSeason } from '@/lib/authz'
import { getOrganization } from '@/lib/organization'
import { getCurrentSeason } from '@/lib/seasons/queries'
import { SignOutButton } from './SignOutButton'

type NavLink = { href: string; label: string }

function NavList({ label, links }: { label: string; links: NavLink[] }) {
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

export async function SiteHeader() {
  const [org, season, user] = await Promise.all([getOrganization(), getCurrentSeason(), getCurrentUser()])
  const base = season ? `/seasons/${season.slug}` : null
  const publicLinks: NavLink[] = [
    ...(base
      ? [
          { href: base, label: 'Season' },
          { href: `${base}/ideas`, label: 'Ideas' },
          { href: `${base}/stats`, label: 'Figures' },
        ]
      : []),
    { href: '/news', label: 'News' },
  ]
  const roles = user && season ? await rolesInSeason(user.id, season.id) : new Set<string>()
  const personalLinks: NavLink[] = user
    ? [
        ...(roles.has('MENTOR') || roles.has('ADMIN') ? [] : [{ href: '/me/proposals', label: 'My proposals' }]),
        ...(base && (roles.has('MENTOR') || roles.has('ADMIN')) ? [{ href: `${base}/review`, label: 'Review' }] : []),
        ...(base && (roles.has('MENTOR') || roles.has('ADMIN')) ? [{ href: `${base}/mentor/ideas`, label: 'My ideas' }] : []),
        ...(base && roles.has('ADMIN') ? [{ href: `${base}/admin`, label: 'Admin' }] : []),
        { href: '/me/profile', label: 'Profile' },
      ]
    : []
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-brand-700 hover:text-brand-800">
          {org.name} <span className="font-normal text-stone-600">Summer of Code</span>
        </Link>
        <div className="order-3 w-full sm:order-none sm:w-auto">
          <NavList label="Main" links={publicLinks} />
        </div>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span className="text-stone-600">
                Signed in as <strong className="font-medium text-stone-900">{user.name ?? user.email}</strong>
              </span>
              <SignOutButton />
            </>
          ) : (
            <Link href="/signin" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
              Sign in
            </Link>
          )}
        </div>
      </div>
      {personalLinks.length ? (
        <div className="border-t border-stone-100 bg-stone-50">
          <div className="mx-auto max-w-5xl px-4 py-1.5 sm:px-6">
            <NavList label="Your pages" links={personalLinks} />
          </div>
        </div>
      ) : null}
    </header>
  )
}
