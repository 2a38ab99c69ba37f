// Runs before routing. A path whose percent-encoding is malformed ("/seasons/%E0%A4%A") cannot name any page:
// answer 400 here instead of letting the router fail on it with a 500. A next-auth callback-url cookie that is not
// a path on this site (crafted, or left from an old version) is dropped before next-auth sees it: next-auth
// answers 500 to every session read while such a cookie is present.
import { NextResponse, type NextRequest } from 'next/server'
import { CALLBACK_URL_COOKIES, sameSitePath } from './lib/callback-url'

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address is not valid.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const unsafe = CALLBACK_URL_COOKIES.filter((name) => request.cookies.has(name) && !sameSitePath(request.cookies.get(name)?.value))
  if (unsafe.length === 0) return NextResponse.next()
  for (const name of unsafe) request.cookies.delete(name)
  const response = NextResponse.next({ request: { headers: request.headers } })
  for (const name of unsafe) response.cookies.delete(name)
  return response
}

export const config = { matcher: '/((?!_next/static|_next/image|favicon.ico).*)' }
