// Limits on sign-in links by e-mail, checked before next-auth creates a token and sends the mail: per address
// asked for and per client address. Over the limit the request gets HTTP 429 and the sign-in page says why.
import { clientAddress } from './client-address'
import { checkLimit } from './rate-limit'

/** The sign-in page's error key for a refused request (see app/signin/page.tsx). */
export const RATE_LIMITED = 'RateLimited'

/** A 429 response when this request for a sign-in link is over a limit; null when it may go on to next-auth. */
export async function refuseOverLimitSignIn(request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith('/signin/email')) return null
  let body: URLSearchParams
  try {
    body = new URLSearchParams(await request.clone().text())
  } catch {
    return null // next-auth answers a malformed body itself
  }
  const address = body.get('email')?.slice(0, 320) ?? null
  const limit = await checkLimit('signInEmail', { address, ip: clientAddress(request.headers) })
  if (limit.ok) return null
  const headers = { 'Retry-After': String(limit.retryAfterSeconds) }
  // next-auth's client (signIn('email')) posts json=true and goes to the url it gets back.
  if (body.get('json') === 'true') {
    const url = new URL(`/signin?error=${RATE_LIMITED}`, process.env.NEXTAUTH_URL || request.url).toString()
    return Response.json({ url, message: limit.message }, { status: 429, headers })
  }
  return new Response(limit.message, { status: 429, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } })
}
