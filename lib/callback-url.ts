// Where a person may be sent after signing in or out: a path on this site, never another site. Kept relative, so
// that whoever opened the site at 127.0.0.1 or a LAN address comes back to that address (where their session
// cookie lives), not to the configured public URL. Pure: used by next-auth's redirect callback and the proxy.

/** A same-site relative path ("/me/profile?x=1"), or null for anything else (other hosts, "//host", "/\\host"). */
export function sameSitePath(value: string | null | undefined, baseUrl?: string): string | null {
  if (!value || value.length > 2000) return null
  if (value.startsWith('/')) {
    if (value.startsWith('//') || value.startsWith('/\\')) return null
    return /[\u0000-\u001f\u007f]/.test(value) ? null : value
  }
  if (!baseUrl) return null
  try {
    const url = new URL(value)
    return url.origin === new URL(baseUrl).origin ? `${url.pathname}${url.search}${url.hash}` : null
  } catch {
    return null
  }
}

/** next-auth's redirect callback: a same-site path, else the home page. */
export function redirectAfterAuth({ url, baseUrl }: { url: string; baseUrl: string }): string {
  return sameSitePath(url, baseUrl) ?? '/'
}

/** next-auth's callback-url cookies; a value that is not a same-site path is dropped by the proxy. */
export const CALLBACK_URL_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url'] as const
