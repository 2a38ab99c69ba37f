import Link from 'next/link'
import { getCurrentUser } from '@/lib/auth'
import { getCurrentSeason } from '@/lib/seasons/queries'
import { getOrganization } from '@/lib/organization'
import { SignOutButton } from './SignOutButton'

export async function SiteHeader() {
  const [org, season, user] = await Promise.all([getOrganization(), getCurrentSeason(), getCurrentUser()])
  const base = season ? `/seasons/${season.slug}` : null
  const links = [
    ...(base
      ? [
          { href: base, label: 'Season' },
          { href: `${base}/ideas`, label: 'Ideas' },
          { href: `${base}/stats`, label: 'Figures' },
        ]
      : []),
    { href: '/news', label: 'News' },
  ]
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-brand-700 hover:text-brand-800">
          {org.name} <span className="font-normal text-stone-600">Summer of Code</span>
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
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
    </header>
  )
}
