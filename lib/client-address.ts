// The client's network address, for per-IP rate limits. `next start` fills X-Forwarded-For from the socket
// only when the request has none, so a client talking to the app directly can write any address there: the
// header is believed only when TRUST_PROXY says how many reverse proxies of ours stand in front and append to it.
import { isIP } from 'node:net'
import { headers } from 'next/headers'

/** TRUST_PROXY: unset, "false" or "0" = none (no address known); "true" = 1; a number = that many proxies. */
export function trustedProxies(setting = process.env.TRUST_PROXY): number {
  if (!setting || setting === 'false') return 0
  if (setting === 'true') return 1
  const hops = Number(setting)
  return Number.isInteger(hops) && hops > 0 ? hops : 0
}

/**
 * The address the nearest of our proxies saw the request come from: with N trusted proxies, the N-th entry of
 * X-Forwarded-For counted from the right (entries further left were written by the client). Null when no proxy
 * is trusted or the header is missing or malformed; per-IP limits are then skipped, per-person ones still hold.
 */
export function clientAddress(headers: Headers, setting = process.env.TRUST_PROXY): string | null {
  const hops = trustedProxies(setting)
  if (hops === 0) return null
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  const entry = chain[chain.length - hops]
  return entry && isIP(entry) ? entry : null
}

/** The client address of the request being handled (a server action or a page), or null outside a request. */
export async function requestAddress(): Promise<string | null> {
  try {
    return clientAddress(await headers())
  } catch {
    return null
  }
}
