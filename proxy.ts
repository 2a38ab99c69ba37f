// Runs before routing. A path whose percent-encoding is malformed ("/seasons/%E0%A4%A") cannot name any page:
// answer 400 here instead of letting the router fail on it with a 500. A page load of a season or news address
// that names nothing is rewritten to the not-found route, which Next.js serves as a complete 404 page (a page
// calling notFound() itself would send an empty shell: see lib/missing-pages.ts).
import { NextResponse, type NextRequest } from 'next/server'
import { isMissingPage, MISSING_PAGE_PATHS } from '@/lib/missing-pages'

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  try {
    decodeURIComponent(pathname)
  } catch {
    return new NextResponse('Bad request: the address is not valid.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  // Only whole-page loads: client navigations (RSC requests) and server actions render the not-found page in
  // the browser as they always did.
  const pageLoad = request.method === 'GET' && !request.headers.has('rsc') && !request.headers.has('next-action')
  if (pageLoad && MISSING_PAGE_PATHS.test(pathname) && (await isMissingPage(pathname))) {
    return NextResponse.rewrite(new URL('/_not-found', request.url))
  }
  return NextResponse.next()
}

export const config = { matcher: '/((?!_next/static|_next/image|favicon.ico).*)' }
