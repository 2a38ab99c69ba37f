import { describe, expect, it } from 'vitest'
import { clientAddress, trustedProxies } from './client-address'

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff })

describe('clientAddress', () => {
  it('believes no X-Forwarded-For unless TRUST_PROXY says so', () => {
    expect(clientAddress(headers('203.0.113.7'), undefined)).toBeNull()
    expect(clientAddress(headers('203.0.113.7'), 'false')).toBeNull()
    expect(clientAddress(headers('203.0.113.7'), '0')).toBeNull()
  })

  it('takes the entry our nearest proxy appended, not what the client wrote before it', () => {
    expect(clientAddress(headers('198.51.100.1, 203.0.113.7'), 'true')).toBe('203.0.113.7')
    expect(clientAddress(headers('198.51.100.1, 203.0.113.7, 10.0.0.2'), '2')).toBe('203.0.113.7')
    expect(clientAddress(headers('2001:db8::1'), '1')).toBe('2001:db8::1')
  })

  it('gives null for a missing, short or malformed header', () => {
    expect(clientAddress(headers(), '1')).toBeNull()
    expect(clientAddress(headers('203.0.113.7'), '2')).toBeNull()
    expect(clientAddress(headers('not-an-address'), '1')).toBeNull()
  })

  it('reads TRUST_PROXY as a count of proxies', () => {
    expect([undefined, '', 'false', '0', 'yes', '-1', '1.5'].map((v) => trustedProxies(v))).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(['true', '1', '3'].map((v) => trustedProxies(v))).toEqual([1, 1, 3])
  })
})
