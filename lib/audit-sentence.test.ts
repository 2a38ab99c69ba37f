import { describe, expect, it } from 'vitest'
import { describeAuditEntry, quoteTitle } from './audit-sentence'

const elif = { name: 'Elif Yilmaz' }

describe('describeAuditEntry', () => {
  it('writes a proposal’s entries with the actor and the title', () => {
    const title = 'Porting VirtIO to the Xen hypervisor as a paravirtualised device model'
    expect(describeAuditEntry({ action: 'proposal.submit', entity: 'Proposal', actor: elif, subject: title })).toBe(
      'Elif Yilmaz submitted “Porting VirtIO to the Xen hypervisor as a parav…”',
    )
    expect(describeAuditEntry({ action: 'proposal.withdraw', entity: 'Proposal', actor: elif, subject: 'Faster xenstore' })).toBe('Elif Yilmaz withdrew “Faster xenstore”')
    expect(describeAuditEntry({ action: 'proposal.create', entity: 'Proposal', actor: elif, subject: null })).toBe('Elif Yilmaz started a proposal')
    expect(describeAuditEntry({ action: 'proposal.update', entity: 'Proposal', actor: elif })).toBe('Elif Yilmaz edited an untitled proposal')
  })

  it('names the invitee, from the lookup or from what the entry kept (a revoked invitation is gone)', () => {
    const admin = { name: 'Lars Kurth' }
    expect(describeAuditEntry({ action: 'invitation.create', entity: 'Invitation', actor: admin, subject: 'sam@example.org' })).toBe('Lars Kurth invited sam@example.org to mentor')
    expect(describeAuditEntry({ action: 'invitation.revoke', entity: 'Invitation', actor: admin, before: { email: 'old@example.org' } })).toBe(
      'Lars Kurth revoked the invitation for old@example.org',
    )
  })

  it('writes the reviewing work: reviews, comments, conflicts, feedback and discussions', () => {
    const mei = { name: 'Mei Tanaka' }
    const say = (action: string, entity: string, after: unknown = {}, subject: string | null = 'Xen on ARM') => describeAuditEntry({ action, entity, actor: mei, subject, after })
    expect(say('review.create', 'Review')).toBe('Mei Tanaka reviewed “Xen on ARM”')
    expect(say('review.update', 'Review')).toBe('Mei Tanaka changed their review of “Xen on ARM”')
    expect(say('review.withdraw', 'Review')).toBe('Mei Tanaka withdrew a review of “Xen on ARM”')
    expect(say('comment.create', 'Comment', { visibility: 'SHARED' })).toBe('Mei Tanaka wrote to the student on “Xen on ARM”')
    expect(say('comment.create', 'Comment', { visibility: 'MENTORS' })).toBe('Mei Tanaka commented on “Xen on ARM” for the mentors')
    expect(say('conflict.declare', 'Conflict')).toBe('Mei Tanaka declared a conflict of interest with “Xen on ARM”')
    expect(say('conflict.record', 'Conflict', {}, null)).toBe('Mei Tanaka recorded a conflict of interest')
    expect(say('conflict.remove', 'Conflict')).toBe('Mei Tanaka removed a conflict of interest with “Xen on ARM”')
    expect(say('feedback.request', 'Proposal')).toBe('Mei Tanaka asked the mentors for feedback on “Xen on ARM”')
    expect(say('feedback.take', 'Proposal')).toBe('Mei Tanaka took “Xen on ARM” from the feedback queue')
    expect(say('feedback.done', 'Proposal')).toBe('Mei Tanaka marked the feedback on “Xen on ARM” as given')
    expect(say('discussion.settle', 'Proposal')).toBe('Mei Tanaka settled the discussion of “Xen on ARM”')
  })

  it('says how many proposals a save of the rank list moved (entries from before that have no count say less)', () => {
    const admin = { name: 'Lars Kurth' }
    const save = (after: unknown) => describeAuditEntry({ action: 'rank.save', entity: 'RankOrder', actor: admin, after })
    expect(save({ version: 2, moved: 1, moves: [] })).toBe('Lars Kurth saved the rank list, moving one proposal')
    expect(save({ version: 2, moved: 1, moves: [{ proposalId: 'p', title: 'Xen on ARM', from: 22, to: 3 }] })).toBe('Lars Kurth saved the rank list, moving “Xen on ARM” from position 22 to 3')
    expect(save({ version: 2, moved: 1, moves: [{ proposalId: 'p', title: 'Xen on ARM', from: null, to: 3 }] })).toBe('Lars Kurth saved the rank list, moving “Xen on ARM” to 3')
    expect(save({ version: 2, moved: 7, moves: [] })).toBe('Lars Kurth saved the rank list, moving 7 proposals')
    expect(save({ version: 2, moved: 0, moves: [] })).toBe('Lars Kurth saved the rank list, moving no proposal')
    expect(save({ proposalIds: ['a', 'b'], version: 2 })).toBe('Lars Kurth saved the rank list')
  })

  it('writes ideas, timeline, mentors and settings in words', () => {
    const admin = { name: 'Lars Kurth' }
    expect(describeAuditEntry({ action: 'idea.publish', entity: 'Idea', actor: admin, subject: 'Xen on ARM' })).toBe('Lars Kurth published the idea “Xen on ARM”')
    expect(describeAuditEntry({ action: 'season.phase.update', entity: 'SeasonPhase', actor: admin, after: { kind: 'APPLICATIONS_CLOSE' } })).toBe(
      'Lars Kurth changed “Applications close” on the timeline',
    )
    expect(describeAuditEntry({ action: 'mentor.capacity', entity: 'SeasonRole', actor: admin, subject: 'Ian Campbell', after: { capacity: 2 } })).toBe(
      'Lars Kurth set Ian Campbell’s capacity to 2 students',
    )
    expect(describeAuditEntry({ action: 'seasonRole.create', entity: 'SeasonRole', actor: { name: 'Sam Okafor' }, after: { role: 'MENTOR' } })).toBe(
      'Sam Okafor became a mentor of the season',
    )
  })

  it('writes the rubric’s changes with the criterion’s label, also for a removed one', () => {
    const ana = { name: 'Ana Ferreira' }
    expect(describeAuditEntry({ action: 'rubric.create', entity: 'RubricCriterion', actor: ana, after: { label: 'Technical plan' } })).toBe('Ana Ferreira added “Technical plan” to the review rubric')
    expect(describeAuditEntry({ action: 'rubric.update', entity: 'RubricCriterion', actor: ana, before: { label: 'Plan' }, after: { label: 'Plan and scope' } })).toBe('Ana Ferreira changed “Plan and scope” in the review rubric')
    expect(describeAuditEntry({ action: 'rubric.move', entity: 'RubricCriterion', actor: ana, after: { label: 'Skills' } })).toBe('Ana Ferreira moved “Skills” in the review rubric')
    expect(describeAuditEntry({ action: 'rubric.remove', entity: 'RubricCriterion', actor: ana, before: { label: 'Community' } })).toBe('Ana Ferreira removed “Community” from the review rubric')
  })

  it('writes the demo clock’s moment in the viewer’s zone, named', () => {
    const admin = { name: 'Lars Kurth' }
    expect(describeAuditEntry({ action: 'organization.clock', entity: 'Organization', actor: admin, after: { clockOverride: '2011-04-01T12:00:00.000Z' } }, 'Europe/Berlin')).toBe(
      'Lars Kurth moved the demo clock to 1 April 2011, 14:00 GMT+2 (Europe/Berlin)',
    )
    expect(describeAuditEntry({ action: 'organization.clock', entity: 'Organization', actor: admin, after: { clockOverride: null } })).toBe('Lars Kurth put the app back on real time')
  })

  it('writes slots, the accepted set and decisions in words', () => {
    const admin = { name: 'Ana Ferreira' }
    expect(describeAuditEntry({ action: 'slots.request', entity: 'SlotRequest', actor: admin, after: { minSlots: 5, maxSlots: 8 } })).toBe('Ana Ferreira requested 5 to 8 slots')
    expect(describeAuditEntry({ action: 'slots.grant', entity: 'SlotAllocation', actor: admin, after: { granted: 1 } })).toBe('Ana Ferreira recorded 1 slot granted')
    expect(describeAuditEntry({ action: 'acceptedSet.solve', entity: 'AcceptedSetDraft', actor: admin, after: { slots: 6 } })).toBe('Ana Ferreira solved the accepted set for 6 slots')
    expect(describeAuditEntry({ action: 'proposal.decide', entity: 'Proposal', actor: admin, subject: 'Paravirtualized Audio', after: { status: 'ACCEPTED' } })).toBe(
      'Ana Ferreira decided “Paravirtualized Audio”: accepted',
    )
    expect(describeAuditEntry({ action: 'proposal.decide', entity: 'Proposal', actor: admin, subject: 'X', after: { status: 'REJECTED' } })).toBe('Ana Ferreira decided “X”: not selected')
  })

  it('falls back to a plain sentence for an action it does not know, and to the address or “The system” for the actor', () => {
    expect(describeAuditEntry({ action: 'review.score', entity: 'Review', actor: { name: null, email: 'm@example.org' } })).toBe('m@example.org changed a record')
    expect(describeAuditEntry({ action: 'proposal.submit', entity: 'Proposal', actor: null, subject: 'X' })).toBe('The system submitted “X”')
    expect(describeAuditEntry({ action: 'seed.demo', entity: 'Season', actor: null })).toBe('The demo season was loaded')
  })
})

describe('describeAuditEntry for letters and posts', () => {
  const ana = { name: 'Ana Ferreira' }
  it('writes the letters’ and the posts’ entries in words', () => {
    expect(describeAuditEntry({ action: 'letters.template', entity: 'LetterTemplate', actor: ana, after: { kind: 'NOT_SELECTED' } })).toBe('Ana Ferreira edited the “not selected” letter')
    expect(describeAuditEntry({ action: 'letters.stage', entity: 'Season', actor: ana })).toBe('Ana Ferreira wrote the decision letters into the outbox, held until the accepted-students post')
    expect(
      describeAuditEntry({ action: 'announcement.schedule', entity: 'Announcement', actor: ana, subject: 'Welcome', after: { publishAt: '2011-04-25T19:30:00.000Z' } }, 'Europe/Lisbon'),
    ).toBe('Ana Ferreira scheduled the post “Welcome” for 25 April 2011, 20:30 GMT+1 (Europe/Lisbon)')
    expect(describeAuditEntry({ action: 'announcement.generate', entity: 'Announcement', actor: ana })).toBe('Ana Ferreira drafted a status post from the season’s figures')
    expect(describeAuditEntry({ action: 'announcement.update', entity: 'Announcement', actor: ana, subject: 'Status' })).toBe('Ana Ferreira edited the post “Status”')
  })
})

describe('quoteTitle', () => {
  it('keeps a short title whole and shortens a long one with an ellipsis', () => {
    expect(quoteTitle('  Short  ')).toBe('“Short”')
    expect(quoteTitle('x'.repeat(60))).toBe(`“${'x'.repeat(47)}…”`)
  })
})
