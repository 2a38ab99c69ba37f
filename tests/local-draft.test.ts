// When reopening a proposal, the browser's copy replaces the server's text only when it holds newer typing.
import { describe, expect, it } from 'vitest'
import { localCopyIsNewer, type LocalDraft, type ProposalFields } from '@/components/proposals/local-draft'

const fields = (abstract: string): ProposalFields => ({ title: 'T', abstract, plan: '', timeline: '', hoursPerWeek: '20', links: '' })
const server = { fields: fields('saved text'), updatedAt: '2011-04-01T12:00:00.000Z' }
const local = (abstract: string, version: string, changedAt: string): LocalDraft => ({ fields: fields(abstract), version, changedAt: Date.parse(changedAt) })

describe('localCopyIsNewer', () => {
  it('restores typing that never reached the server (same base version)', () => {
    expect(localCopyIsNewer(local('typed offline', server.updatedAt, '2011-04-01T12:05:00Z'), server)).toBe(true)
  })
  it('restores typing made after the server’s last save, even from an older base', () => {
    expect(localCopyIsNewer(local('typed later', '2011-04-01T11:00:00.000Z', '2011-04-01T12:10:00Z'), server)).toBe(true)
  })
  it('keeps the server’s text when the local copy is older and from another version (another tab saved since)', () => {
    expect(localCopyIsNewer(local('stale', '2011-04-01T11:00:00.000Z', '2011-04-01T11:30:00Z'), server)).toBe(false)
  })
  it('does nothing when both hold the same text', () => {
    expect(localCopyIsNewer(local('saved text', '2011-04-01T11:00:00.000Z', '2011-04-01T13:00:00Z'), server)).toBe(false)
  })
})
