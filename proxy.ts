// Runs before routing. A path whose percent-encoding is malformed ("/seasons/%E0%A4%A") cannot name any page:
// answer 400 here instead of letting the router fail on it with a 500.
import { NextResponse, type NextRequest } from 'next/server'

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request: the address is not valid.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return NextResponse.next()
}

export const config = { matcher: '/((?!_next/static|_next/image|favicon.ico).*)' }
