// The security headers every response carries (set in proxy.ts). Two Content-Security-Policies:
// - signed-in pages (always rendered per request) get a fresh nonce and 'strict-dynamic': only scripts Next
//   marks with the nonce, and what they load, run;
// - public pages get a policy without a nonce, so they can still be prerendered and cached (a nonce would force
//   every page to render per request). Next streams the page's data in inline scripts that differ per page, so
//   that policy allows inline script from the page itself ('unsafe-inline') but no script from anywhere else.
// Both forbid plugins, framing, <base> tricks and posting forms elsewhere. Pure, so unit tests read it directly.

export type SecurityOptions = { nonce: string | null; https: boolean; dev?: boolean }

/** Paths rendered per request for a signed-in person (or the sign-in page): these get the nonce policy. */
const SIGNED_IN = [/^\/me(\/|$)/, /^\/invitations(\/|$)/, /^\/signin(\/|$)/, /^\/seasons\/[^/]+\/(admin|mentor)(\/|$)/]

export function wantsNonce(pathname: string): boolean {
  return SIGNED_IN.some((pattern) => pattern.test(pathname))
}

export function contentSecurityPolicy({ nonce, https, dev = false }: SecurityOptions): string {
  const script = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"]
  // React needs eval in development only (error stacks); the dev server's hot reload talks over a WebSocket.
  if (dev) script.push("'unsafe-eval'")
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': script,
    // Style attributes (the chart's sizes, React's hidden elements) are harmless next to script; the sheets are ours.
    'style-src': ["'self'", "'unsafe-inline'"],
    // No remote images: Markdown cannot load a tracking pixel.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': dev ? ["'self'", 'ws:', 'wss:'] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`)
  if (https) policy.push('upgrade-insecure-requests')
  return policy.join('; ')
}

/** The response headers for one request. HSTS only over https (browsers ignore it on http anyway). */
export function securityHeaders(options: SecurityOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  }
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
