// Runs before routing. A path whose percent-encoding is malformed ("/seasons/%E0%A4%A") cannot name any page:
// answer 400 here instead of letting the router fail on it with a 500. Every response gets the security headers
// (lib/security-headers.ts); signed-in pages get a fresh CSP nonce, which Next reads from the request's
// Content-Security-Policy header and puts on its own scripts.
import { NextResponse, type NextRequest } from 'next/server'
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
  const nonce = wantsNonce(pathname) ? newNonce() : null
  const headers = securityHeaders({ nonce, https, dev })
  let response: NextResponse
  if (nonce) {
    const requestHeaders = new Headers(request.headers)
    requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']!)
    requestHeaders.set('x-nonce', nonce)
    response = NextResponse.next({ request: { headers: requestHeaders } })
  } else {
    response = NextResponse.next()
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = { matcher: '/((?!_next/static|_next/image|favicon.ico).*)' }
