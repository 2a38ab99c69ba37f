// Who is signed in, and the links their roles open: the one per-viewer part of the site's header, fetched by the
// header's client island (components/ViewerNav.tsx) so that every public page's HTML is the same for everyone.
import { getCurrentUser } from '@/lib/auth'
import { rolesInSeason } from '@/lib/authz'
import { getCurrentSeason } from '@/lib/seasons/queries'

export type Viewer = { name: string; timeZone: string | null; links: { href: string; label: string }[] } | null

export async function GET() {
  const user = await getCurrentUser()
  let viewer: Viewer = null
  if (user) {
    const season = await getCurrentSeason()
    const base = season ? `/seasons/${season.slug}` : null
    const roles = season ? await rolesInSeason(user.id, season.id) : new Set<string>()
    const staff = roles.has('MENTOR') || roles.has('ADMIN')
    viewer = {
      name: user.name ?? user.email ?? 'you',
      timeZone: user.timeZone,
      links: [
        ...(staff ? [] : [{ href: '/me/proposals', label: 'My proposals' }]),
        ...(base && staff ? [{ href: `${base}/review`, label: 'Review' }] : []),
        ...(base && staff ? [{ href: `${base}/mentor/ideas`, label: 'My ideas' }] : []),
        ...(base && roles.has('ADMIN') ? [{ href: `${base}/admin`, label: 'Admin' }] : []),
        { href: '/me/profile', label: 'Profile' },
      ],
    }
  }
  return Response.json(viewer, { headers: { 'Cache-Control': 'private, no-store' } })
}
