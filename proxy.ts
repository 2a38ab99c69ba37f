// Runs before routing. A path whose percent-encoding is malformed ("/seasons/%E0%A4%A") cannot name any page:
// answer 400 here instead of letting the router fail on it with a 500. A next-auth callback-url cookie that is not
// a path on this site (crafted, or left from an old version) is dropped before next-auth sees it: next-auth
// answers 500 to every session read while such a cookie is present. Every response gets the security headers
// (lib/security-headers.ts); signed-in pages get a fresh CSP nonce, which Next reads from the request's
// Content-Security-Policy header and puts on its own scripts.
import { NextResponse, type NextRequest } from 'next/server'
import { CALLBACK_URL_COOKIES, sameSitePath } from '@/lib/callback-url'
import { newNonce, securityHeaders, wantsNonce } from '@/lib/security-headers'

export function proxy(request: NextRequest) {
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
  const nonce = wantsNonce(pathname) ? newNonce() : null
  const headers = securityHeaders({ nonce, https, dev })
  let response: NextResponse
  if (nonce || unsafe.length > 0) {
    const requestHeaders = new Headers(request.headers)
    if (nonce) {
      requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']!)
      requestHeaders.set('x-nonce', nonce)
    }
    response = NextResponse.next({ request: { headers: requestHeaders } })
  } else {
    response = NextResponse.next()
  }
  for (const name of unsafe) response.cookies.delete(name)
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = { matcher: '/((?!_next/static|_next/image|favicon.ico).*)' }
