import { describe, expect, it } from 'vitest'
import { redirectAfterAuth, sameSitePath } from './callback-url'

const baseUrl = 'http://localhost:3000'

describe('sameSitePath', () => {
  it('keeps paths on this site and makes same-origin URLs relative', () => {
    expect(sameSitePath('/me/profile?tab=1#x', baseUrl)).toBe('/me/profile?tab=1#x')
    expect(sameSitePath('http://localhost:3000/seasons/2011', baseUrl)).toBe('/seasons/2011')
  })

  it('refuses other sites, protocol-relative and malformed values', () => {
    for (const value of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'http://[', '/a\nb', '', 'x'.repeat(3000)]) {
      expect(sameSitePath(value, baseUrl), value).toBeNull()
    }
  })
})

describe('redirectAfterAuth', () => {
  it('falls back to the home page', () => {
    expect(redirectAfterAuth({ url: 'https://evil.example/x', baseUrl })).toBe('/')
    expect(redirectAfterAuth({ url: '/me/proposals', baseUrl })).toBe('/me/proposals')
  })
})
