// The action × role matrix where the per-entity files left gaps: another season's admin for every season
// action, bad input for the status changes and invitation refs, previewMarkdown, and the two rules that only
// hold under concurrency (the proposal cap's row lock and the once-only invitation claim).
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { setDemoClock } from '@/lib/clock/actions'
import { db } from '@/lib/db'
import { archiveIdea, createIdea, proposeIdea, publishIdea, restoreIdea, updateIdea, updateProposedIdea } from '@/lib/ideas/actions'
import { acceptInvitation, inviteMentor, resendInvitation, revokeInvitation } from '@/lib/invitations/actions'
import { newInvitationToken } from '@/lib/invitations/token'
import { previewMarkdown } from '@/lib/markdown-preview'
import { removeMentor, setMentorCapacity } from '@/lib/mentors/actions'
import { startProposal, submitProposal, withdrawProposal } from '@/lib/proposals/actions'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { ALL_BUT, expectRefusedForRoles } from './support/matrix'
import { form, setClock, signInAs, signOut } from './support/session'

const DAY = 24 * 60 * 60 * 1000
type Action = (prev: ActionResult<never>, data: FormData) => Promise<ActionResult<unknown>>
const run = (action: Action, fields: Parameters<typeof form>[0]) => action(initialActionState as ActionResult<never>, form(fields))

let f: SeasonFixture
let other: SeasonFixture
const seasons: string[] = []
beforeAll(async () => {
  f = await createSeasonFixture({ maxProposalsPerStudent: 1 })
  other = await createSeasonFixture()
  seasons.push(f.season.id, other.season.id)
})
afterEach(async () => {
  signOut()
  await setClock(null)
  delete process.env.DEMO_SIGN_IN
})
// Proposals count toward the demo's figures only in the demo season, but leave none behind anyway.
afterAll(() => db.proposal.deleteMany({ where: { seasonId: { in: seasons } } }))

async function idea(status: 'DRAFT' | 'PROPOSED' | 'PUBLISHED' | 'ARCHIVED', proposedById?: string) {
  const n = Math.random().toString(36).slice(2, 10)
  return db.idea.create({
    data: { seasonId: f.season.id, slug: `matrix-${n}`, title: `Matrix idea ${n}`, summary: 'For the role matrix.', status, proposedById, mentors: { create: [{ userId: f.mentor.id }] } },
  })
}
const ideaRow = (id: string) => db.idea.findUnique({ where: { id }, include: { mentors: true } })
const ideaFields = { title: 'A title', summary: 'A summary.', skills: 'C', difficulty: 'MEDIUM', expectedHours: 175, capacity: 1 }

async function invitation(seasonId = f.season.id) {
  const { token, tokenHash } = newInvitationToken()
  const row = await db.invitation.create({
    data: { seasonId, email: `matrix-${Math.random().toString(36).slice(2, 10)}@example.test`, tokenHash, expiresAt: new Date(Date.now() + 7 * DAY), invitedById: f.admin.id },
  })
  return { row, token }
}
const invitationRow = (id: string) => db.invitation.findUnique({ where: { id } })

describe('season actions refuse every role but the season’s admin, another season’s admin included', () => {
  it('updateIdea', async () => {
    const draft = await idea('DRAFT')
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(updateIdea, { ...ideaFields, seasonId: f.season.id, ideaId: draft.id, mentorIds: [f.mentor.id] }), state: () => ideaRow(draft.id) })
  })

  it('createIdea and publishIdea', async () => {
    const count = () => db.idea.count({ where: { seasonId: f.season.id } })
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(createIdea, { ...ideaFields, seasonId: f.season.id }), state: count })
    const draft = await idea('DRAFT')
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(publishIdea, { seasonId: f.season.id, ideaId: draft.id }), state: () => ideaRow(draft.id) })
  })

  it('archiveIdea and restoreIdea', async () => {
    const published = await idea('PUBLISHED')
    const archived = await idea('ARCHIVED')
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(archiveIdea, { seasonId: f.season.id, ideaId: published.id }), state: () => ideaRow(published.id) })
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(restoreIdea, { seasonId: f.season.id, ideaId: archived.id }), state: () => ideaRow(archived.id) })
  })

  it('proposeIdea and updateProposedIdea (mentors and admins propose; only the proposer edits)', async () => {
    const count = () => db.idea.count({ where: { seasonId: f.season.id } })
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin', 'mentor', 'otherMentor'), call: () => run(proposeIdea, { ...ideaFields, seasonId: f.season.id }), state: count })
    const proposed = await idea('PROPOSED', f.mentor.id)
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('mentor'), call: () => run(updateProposedIdea, { ...ideaFields, seasonId: f.season.id, ideaId: proposed.id }), state: () => ideaRow(proposed.id) })
  })

  it('inviteMentor, resendInvitation and revokeInvitation', async () => {
    const { row } = await invitation()
    const state = async () => [await invitationRow(row.id), await db.outboxMail.count({ where: { seasonId: f.season.id } })]
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(inviteMentor, { seasonId: f.season.id, email: 'someone-new@example.test' }), state })
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(resendInvitation, { seasonId: f.season.id, invitationId: row.id }), state })
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(revokeInvitation, { seasonId: f.season.id, invitationId: row.id }), state })
  })

  it('setMentorCapacity and removeMentor', async () => {
    const role = () => db.seasonRole.findMany({ where: { seasonId: f.season.id, userId: f.mentor.id } })
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(setMentorCapacity, { seasonId: f.season.id, userId: f.mentor.id, capacity: '3' }), state: role })
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(removeMentor, { seasonId: f.season.id, userId: f.mentor.id }), state: role })
  })

  it('setDemoClock (in the demo)', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    const clock = () => db.organization.findMany({ select: { clockOverride: true } })
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => run(setDemoClock, { seasonId: f.season.id, at: '2011-04-01T12:00:00Z' }), state: clock })
  })
})

describe('bad input is refused with a message, and changes nothing', () => {
  it('archiveIdea and restoreIdea: missing, oversized and foreign ids', async () => {
    const published = await idea('PUBLISHED')
    const archived = await idea('ARCHIVED')
    await signInAs(f.admin.email!)
    const before = [await ideaRow(published.id), await ideaRow(archived.id)]
    for (const action of [archiveIdea, restoreIdea]) {
      expect(await run(action, { seasonId: f.season.id })).toMatchObject({ ok: false, error: 'invalid', message: expect.any(String) })
      expect(await run(action, { seasonId: f.season.id, ideaId: 'x'.repeat(65) })).toMatchObject({ ok: false, error: 'invalid' })
      expect(await run(action, { ideaId: published.id })).toMatchObject({ ok: false, error: 'invalid' })
      expect(await run(action, { seasonId: f.season.id, ideaId: 'no-such-idea' })).toMatchObject({ ok: false, error: 'not_found' })
    }
    expect([await ideaRow(published.id), await ideaRow(archived.id)]).toEqual(before)
  })

  it('resendInvitation and revokeInvitation: missing ids, and an invitation of another season', async () => {
    const { row } = await invitation()
    const foreign = await invitation(other.season.id)
    await signInAs(f.admin.email!)
    const mails = await db.outboxMail.count()
    for (const action of [resendInvitation, revokeInvitation]) {
      expect(await run(action, { seasonId: f.season.id })).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { invitationId: expect.any(Array) } })
      expect(await run(action, { invitationId: row.id })).toMatchObject({ ok: false, error: 'invalid' })
      expect(await run(action, { seasonId: f.season.id, invitationId: foreign.row.id })).toMatchObject({ ok: false, error: 'not_found' })
    }
    expect(await invitationRow(row.id)).toEqual(row)
    expect(await invitationRow(foreign.row.id)).toEqual(foreign.row)
    expect(await db.outboxMail.count()).toBe(mails)
  })

  it('withdrawProposal: a missing, oversized or unknown proposal id', async () => {
    await signInAs(f.student.email!)
    const proposals = await db.proposal.count({ where: { seasonId: f.season.id } })
    expect(await run(withdrawProposal, {})).toMatchObject({ ok: false, error: 'invalid' })
    expect(await run(withdrawProposal, { proposalId: 'x'.repeat(65) })).toMatchObject({ ok: false, error: 'invalid' })
    expect(await run(withdrawProposal, { proposalId: 'no-such-proposal' })).toMatchObject({ ok: false, error: 'not_found' })
    expect(await db.proposal.count({ where: { seasonId: f.season.id } })).toBe(proposals)
  })
})

describe('previewMarkdown', () => {
  it('renders sanitized Markdown for a signed-in person, headings from h4, and warns about unsafe markup', async () => {
    await signInAs(f.student.email!)
    const preview = await previewMarkdown('# Plan\n\n**bold** <script>alert(1)</script> <img src=x onerror=alert(1)>')
    expect(preview.html).toContain('<h4')
    expect(preview.html).toContain('<strong>bold</strong>')
    expect(preview.html).not.toMatch(/<script|onerror/i)
    expect(preview.warning).toMatch(/script/i)
    expect(await previewMarkdown('Plain text.')).toMatchObject({ warning: null })
  })

  it('bounds the input and tolerates what is not a string', async () => {
    await signInAs(f.student.email!)
    const long = await previewMarkdown(`${'a'.repeat(50_000)}TAIL`)
    expect(long.html).not.toContain('TAIL')
    expect(await previewMarkdown(42 as unknown as string)).toEqual({ html: '', warning: null })
  })

  it('renders nothing for a signed-out visitor', async () => {
    expect(await previewMarkdown('# Hello')).toEqual({ html: '', warning: 'Sign in to see a preview.' })
  })
})

describe('concurrency', () => {
  it('lets only one of two simultaneous submissions under a cap of one through (the row lock)', async () => {
    await signInAs(f.otherStudent.email!)
    const second = await db.idea.create({
      data: { seasonId: f.season.id, slug: `cap-${f.tag}`, title: `Cap ${f.tag}`, summary: 'A second idea.', status: 'PUBLISHED', publishedAt: new Date(Date.now() - DAY) },
    })
    const ids: string[] = []
    for (const ideaId of [f.idea.id, second.id]) {
      const started = await run(startProposal, { seasonId: f.season.id, idea: ideaId })
      ids.push((started as { data: { id: string } }).data.id)
    }
    const text = { title: 'A title', abstract: 'An abstract long enough to submit.' }
    const results = await Promise.all(ids.map((proposalId) => run(submitProposal, { proposalId, ...text })))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: 'conflict' })
    expect(await db.proposal.count({ where: { id: { in: ids }, status: 'SUBMITTED' } })).toBe(1)
    expect(await db.auditLog.count({ where: { action: 'proposal.submit', entityId: { in: ids } } })).toBe(1)
  })

  it('lets an invitation be claimed once when two people accept it at the same moment', async () => {
    const { row, token } = await invitation()
    const [first, second] = [await db.user.create({ data: { name: 'First', email: `first-${f.tag}@example.test` } }), await db.user.create({ data: { name: 'Second', email: `second-${f.tag}@example.test` } })]
    // The mocked sign-in is read when an action starts: each call runs as the person signed in at that moment.
    await signInAs(first.email!)
    const one = acceptInvitation(initialActionState as ActionResult<never>, form({ token }))
    await signInAs(second.email!)
    const two = acceptInvitation(initialActionState as ActionResult<never>, form({ token }))
    const results = await Promise.all([one, two])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: 'conflict' })
    expect(await db.seasonRole.count({ where: { seasonId: f.season.id, userId: { in: [first.id, second.id] } } })).toBe(1)
    expect(await db.auditLog.count({ where: { action: 'invitation.accept', entityId: row.id } })).toBe(1)
  })
})

// The two tests above can only fail on a server: the embedded engine runs one connection, so the calls queue.
it('names the engine the concurrency tests ran on', () => {
  expect(['server', 'embedded']).toContain(inject('databaseEngine'))
})
