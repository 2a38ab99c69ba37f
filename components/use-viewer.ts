'use client'
// Who is signed in, read from /api/viewer after a cached public page loads (the page's HTML is the same for
// everyone). One request per page, shared by every island that asks (the header, dates in the viewer's zone);
// asked again when the path changes (signing in or out navigates).
import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'
import type { Viewer } from '@/app/api/viewer/route'

let pending: { pathname: string; viewer: Promise<Viewer> } | null = null

function fetchViewer(pathname: string): Promise<Viewer> {
  if (pending?.pathname !== pathname) {
    const viewer = fetch('/api/viewer', { cache: 'no-store', credentials: 'same-origin' })
      .then((response) => (response.ok ? (response.json() as Promise<Viewer>) : null))
      .catch(() => null)
    pending = { pathname, viewer }
  }
  return pending.viewer
}

/** The viewer: undefined until known, null when signed out. */
export function useViewer(): Viewer | undefined {
  const pathname = usePathname()
  const [viewer, setViewer] = useState<Viewer | undefined>(undefined)
  useEffect(() => {
    let live = true
    void fetchViewer(pathname).then((next) => {
      if (live) setViewer(next)
    })
    return () => {
      live = false
      // The next mount on this path (a sign-in that returns here) asks again.
      if (pending?.pathname === pathname) pending = null
    }
  }, [pathname])
  return viewer
}
