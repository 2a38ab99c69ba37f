'use client'
// The header's per-viewer part ("Signed in as", sign out, the links a role opens), read from /api/viewer after the
// page loads, so the page around it is the same for everyone and can come from the cache.
import Link from 'next/link'
import { NavList } from './NavList'
import { SignOutButton } from './SignOutButton'
import { useViewer } from './use-viewer'

export function ViewerNav() {
  const viewer = useViewer()
  return (
    <>
      <div className="ml-auto flex items-center gap-3 text-sm">
        {viewer ? (
          <>
            <span className="text-stone-600">
              Signed in as <strong className="font-medium text-stone-900">{viewer.name}</strong>
            </span>
            <SignOutButton />
          </>
        ) : viewer === null ? (
          <Link href="/signin" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
            Sign in
          </Link>
        ) : (
          // Without script the viewer is never asked for: offer the way in all the same.
          <noscript>
            <a href="/signin" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
              Sign in
            </a>
          </noscript>
        )}
      </div>
      {viewer?.links.length ? (
        <div className="order-last w-full border-t border-stone-100 pt-1.5">
          <NavList label="Your pages" links={viewer.links} />
        </div>
      ) : null}
    </>
  )
}
