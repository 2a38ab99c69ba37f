import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, newNonce, securityHeaders, wantsNonce } from './security-headers'

describe('securityHeaders', () => {
  it('always forbids framing, sniffing and leaking the path to other sites', () => {
    const headers = securityHeaders({ nonce: null, https: false })
    expect(headers).toMatchObject({ 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' })
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    expect(headers['Content-Security-Policy']).toContain("object-src 'none'")
  })

  it('sends HSTS and upgrades requests only over https', () => {
    expect(securityHeaders({ nonce: null, https: false })).not.toHaveProperty('Strict-Transport-Security')
    expect(contentSecurityPolicy({ nonce: null, https: false })).not.toContain('upgrade-insecure-requests')
    const https = securityHeaders({ nonce: null, https: true })
    expect(https['Strict-Transport-Security']).toBe('max-age=31536000')
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests')
  })

  it('trusts only nonced scripts on signed-in pages, and the site’s own on public ones', () => {
    expect(contentSecurityPolicy({ nonce: 'abc', https: false })).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';")
    expect(contentSecurityPolicy({ nonce: null, https: false })).toContain("script-src 'self' 'unsafe-inline';")
    expect(contentSecurityPolicy({ nonce: null, https: false })).not.toContain('unsafe-eval')
    expect(contentSecurityPolicy({ nonce: null, https: false, dev: true })).toContain("'unsafe-eval'")
  })

  it('gives the nonce policy to the signed-in areas and the sign-in page only', () => {
    for (const path of ['/me', '/me/proposals/x', '/signin', '/invitations/t', '/seasons/2011/admin', '/seasons/2011/admin/ideas', '/seasons/2011/mentor/ideas']) {
      expect(wantsNonce(path), path).toBe(true)
    }
    for (const path of ['/', '/news', '/news/feed.xml', '/seasons/2011', '/seasons/2011/ideas', '/seasons/2011/ideas/admin', '/seasons/2011/stats', '/mentors', '/signing']) {
      expect(wantsNonce(path), path).toBe(false)
    }
  })

  it('makes a fresh 128-bit nonce each time', () => {
    const [a, b] = [newNonce(), newNonce()]
    expect(a).not.toBe(b)
    expect(Buffer.from(a, 'base64')).toHaveLength(16)
  })
})
