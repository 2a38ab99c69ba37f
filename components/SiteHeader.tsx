import Link from 'next/link'
import { getOrganization } from '@/lib/organization'
import { cachedRead, tags } from '@/lib/public-cache'
import { getCurrentSeason } from '@/lib/seasons/queries'
import { NavList, type NavLink } from './NavList'
import { ViewerNav } from './ViewerNav'

// The same for every visitor (cached); who is signed in is the client island ViewerNav. `next build` prerenders
// the fully static pages (the help page) with no database: there the header names no season.
const readHeader = cachedRead('header', () => [tags.organization, tags.seasons], async () => {
  const [org, season] = await Promise.all([getOrganization(), getCurrentSeason()])
  return { orgName: org.name, seasonSlug: season?.slug ?? null }
})

export async function SiteHeader() {
  const header = process.env.NEXT_PHASE === 'phase-production-build' ? null : await readHeader()
  const base = header?.seasonSlug ? `/seasons/${header.seasonSlug}` : null
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
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold text-brand-700 hover:text-brand-800">
          {header ? `${header.orgName} ` : ''}
          <span className="font-normal text-stone-600">Summer of Code</span>
        </Link>
        <div className="order-3 w-full sm:order-none sm:w-auto">
          <NavList label="Main" links={publicLinks} />
        </div>
        <ViewerNav />
      </div>
    </header>
  )
}
