import { describe, expect, it } from 'vitest'
import { acceptRefusal, invitationStatus } from './rules'
import { hashInvitationToken, invitationLink, newInvitationToken } from './token'

const now = new Date('2030-01-10T12:00:00Z')
const pending = { acceptedAt: null, acceptedById: null, expiresAt: new Date('2030-01-17T12:00:00Z'), role: 'MENTOR' as const }
const none = new Set<never>()

describe('invitation status and refusals', () => {
  it('is pending until it expires (the expiry instant itself counts as expired) or is accepted', () => {
    expect(invitationStatus(pending, now)).toBe('pending')
    expect(invitationStatus(pending, pending.expiresAt)).toBe('expired')
    expect(invitationStatus({ ...pending, acceptedAt: now }, new Date('2031-01-01Z'))).toBe('accepted')
  })

  it('lets a newcomer or an admin accept, and refuses everyone else with the reason', () => {
    expect(acceptRefusal({ invitation: pending, userId: 'u', roles: none, now })).toBeNull()
    expect(acceptRefusal({ invitation: pending, userId: 'u', roles: new Set(['ADMIN'] as const), now })).toBeNull()
    expect(acceptRefusal({ invitation: null, userId: 'u', roles: none, now })).toMatchObject({ error: 'not_found' })
    expect(acceptRefusal({ invitation: pending, userId: 'u', roles: none, now: pending.expiresAt })).toMatchObject({ error: 'closed', message: /expired/ })
    expect(acceptRefusal({ invitation: pending, seasonTitle: 'S', userId: 'u', roles: new Set(['MENTOR'] as const), now })).toMatchObject({
      error: 'conflict',
      message: /already a mentor of S/,
    })
    expect(acceptRefusal({ invitation: pending, userId: 'u', roles: new Set(['STUDENT'] as const), now })).toMatchObject({ error: 'conflict', message: /conflict of interest/ })
  })

  it('says "already used" before "expired", and tells the person who accepted that it was them', () => {
    const used = { ...pending, acceptedAt: now, acceptedById: 'u' }
    const later = new Date('2031-01-01Z')
    expect(acceptRefusal({ invitation: used, userId: 'u', roles: new Set(['MENTOR'] as const), now: later })?.message).toMatch(/already used: you accepted it/)
    expect(acceptRefusal({ invitation: used, userId: 'v', roles: none, now: later })?.message).toMatch(/^This invitation was already used on/)
  })
})

describe('invitation tokens', () => {
  it('are 32 random bytes in base64url; only their SHA-256 is stored', () => {
    const { token, tokenHash } = newInvitationToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashInvitationToken(token)).toBe(tokenHash)
    expect(newInvitationToken().token).not.toBe(token)
  })

  it('link to the site named by NEXTAUTH_URL', () => {
    const saved = process.env.NEXTAUTH_URL
    try {
      process.env.NEXTAUTH_URL = 'https://summer.example.org/'
      expect(invitationLink('abc')).toBe('https://summer.example.org/invitations/abc')
      delete process.env.NEXTAUTH_URL
      expect(invitationLink('abc')).toBe('http://localhost:3000/invitations/abc')
    } finally {
      if (saved === undefined) delete process.env.NEXTAUTH_URL
      else process.env.NEXTAUTH_URL = saved
    }
  })
})
