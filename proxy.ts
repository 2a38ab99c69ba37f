// Runs before routing. A path whose percent-encoding is malformed ("/seasons/%E0%A4%A") cannot name any page:
// answer 400 here instead of letting the router fail on it with a 500. A page load of a season or news address
// that names nothing is rewritten to the not-found route, which Next.js serves as a complete 404 page (a page
// calling notFound() itself would send an empty shell: see lib/missing-pages.ts). A next-auth callback-url cookie
// that is not a path on this site (crafted, or left from an old version) is dropped before next-auth sees it:
// next-auth answers 500 to every session read while such a cookie is present. Every response gets the security
// headers (lib/security-headers.ts); signed-in pages get a fresh CSP nonce, which Next reads from the request's
// Content-Security-Policy header and puts on its own scripts.
import { NextResponse, type NextRequest } from 'next/server'
import { CALLBACK_URL_COOKIES, sameSitePath } from '@/lib/callback-url'
import { isMissingPage, MISSING_PAGE_PATHS } from '@/lib/missing-pages'
import { newNonce, securityHeaders, wantsNonce } from '@/lib/security-headers'

export async function proxy(request: NextRequest) {
  const https = request.nextUrl.protocol === 'https:' || Boolean(process.env.NEXTAUTH_URL?.startsWith('https://'))
  const dev = process.env.NODE_ENV === 'development'
  let pathname: string
  try {
    pathname = decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address is not valid.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders({ nonce: null, https, dev }) },
    })
  }
  const unsafe = CALLBACK_URL_COOKIES.filter((name) => request.cookies.has(name) && !sameSitePath(request.cookies.get(name)?.value))
  for (const name of unsafe) request.cookies.delete(name)
  // Only whole-page loads: client navigations (RSC requests) and server actions render the not-found page in
  // the browser as they always did.
  const pageLoad = request.method === 'GET' && !request.headers.has('rsc') && !request.headers.has('next-action')
  const first = firstIdeasPage(request)
  const search = ideaSearch(request)
  // An address found once is remembered until the next public write (lib/missing-pages.ts): no database read per request.
  const missing = !first && pageLoad && MISSING_PAGE_PATHS.test(request.nextUrl.pathname) && (await isMissingPage(request.nextUrl.pathname))
  // The not-found page is prerendered (static), so it gets the public policy even under a signed-in path.
  const nonce = wantsNonce(pathname) && !missing ? newNonce() : null
  const headers = securityHeaders({ nonce, https, dev })
  const requestHeaders = new Headers(request.headers)
  if (nonce) {
    requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']!)
    requestHeaders.set('x-nonce', nonce)
  }
  const response = first
    ? NextResponse.redirect(first, 308)
    : missing
      ? NextResponse.rewrite(new URL('/_not-found', request.url), { request: { headers: requestHeaders } })
      : search
        ? NextResponse.rewrite(search, { request: { headers: requestHeaders } })
        : NextResponse.next({ request: { headers: requestHeaders } })
  for (const name of unsafe) response.cookies.delete(name)
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

/** /seasons/<s>/ideas/page/1 (filters kept) → /seasons/<s>/ideas: the first page has one address. */
function firstIdeasPage(request: NextRequest): URL | null {
  const match = /^\/seasons\/([^/]+)\/ideas\/page\/1\/?$/.exec(request.nextUrl.pathname)
  if (!match || request.method !== 'GET') return null
  const url = request.nextUrl.clone()
  url.pathname = `/seasons/${match[1]}/ideas`
  return url
}

/**
 * A page of the ideas list with filters in its address, rewritten to the page that reads them (the address stays;
 * the page number from the path becomes `page`): search parameters make a page render per request, and the
 * unfiltered list's pages stay whole in the cache (lib/public-page.ts).
 */
function ideaSearch(request: NextRequest): URL | null {
  const match = /^\/seasons\/([^/]+)\/ideas(?:\/page\/([^/]+))?\/?$/.exec(request.nextUrl.pathname)
  if (!match || !/[?&](q|difficulty|skill)=/.test(request.nextUrl.search)) return null
  const url = request.nextUrl.clone()
  url.pathname = `/seasons/${match[1]}/ideas-search`
  url.searchParams.delete('page')
  if (match[2]) url.searchParams.set('page', match[2])
  return url
}

export const config = { matcher: '/((?!_next/static|_next/image|favicon.ico).*)' }
