// One clock: with the app's clock pinned, every time an action stores (created, updated, submitted, sent,
// audited) is the pinned moment, never the machine's. Without this the pages mix 2011 and today.
import { randomBytes } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { db } from '@/lib/db'
import { createIdea, proposeIdea, publishIdea, type IdeaSaved } from '@/lib/ideas/actions'
import { acceptInvitation, inviteMentor } from '@/lib/invitations/actions'
import { saveProposal, startProposal, submitProposal, withdrawProposal } from '@/lib/proposals/actions'
import { updateProfile } from '@/lib/users/actions'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, setClock, signInAs, signOut } from './support/session'

const DAY = 24 * 60 * 60 * 1000
let f: SeasonFixture
// Inside the fixture's application window (opened 5 days ago), and far from the machine's time.
let pinned: Date

beforeAll(async () => {
  f = await createSeasonFixture()
  pinned = new Date(Math.floor((Date.now() - 3 * DAY) / 60_000) * 60_000)
})
afterEach(async () => {
  signOut()
  await setClock(null)
})

const iso = (date: Date | null | undefined) => date?.toISOString()
const audits = (entityId: string) => db.auditLog.findMany({ where: { entityId }, select: { action: true, at: true } })

describe('with the clock pinned, actions store the app clock', () => {
  it('start, save twice, submit and withdraw a proposal: every stamp is the pinned moment, and each save is still a new version', async () => {
    await setClock(pinned)
    const student = await db.user.create({ data: { name: `Clock ${f.tag}`, email: `clock-${randomBytes(4).toString('hex')}@example.test` } })
    await signInAs(student.email!)
    const started = await startProposal(initialActionState, form({ seasonId: f.season.id, idea: f.idea.id }))
    expect(started).toMatchObject({ ok: true })
    const id = started.ok ? started.data!.id : ''
    let row = await db.proposal.findUniqueOrThrow({ where: { id } })
    expect([iso(row.createdAt), iso(row.updatedAt)]).toEqual([iso(pinned), iso(pinned)])
    const role = await db.seasonRole.findFirstOrThrow({ where: { userId: student.id, seasonId: f.season.id } })
    expect(iso(role.createdAt)).toBe(iso(pinned))

    const first = await saveProposal(initialActionState, form({ proposalId: id, version: iso(row.updatedAt), title: 'One', abstract: 'A' }))
    expect(first).toMatchObject({ ok: true })
    const second = await saveProposal(initialActionState, form({ proposalId: id, version: first.ok ? first.data!.updatedAt : '', title: 'Two', abstract: 'A' }))
    expect(second).toMatchObject({ ok: true })
    // Same minute as the clock, one millisecond per write so the version changes.
    expect([first.ok && first.data!.updatedAt, second.ok && second.data!.updatedAt]).toEqual([
      new Date(pinned.getTime() + 1).toISOString(),
      new Date(pinned.getTime() + 2).toISOString(),
    ])
    // A tab still holding the first version is refused, as it would be on real time.
    const stale = await saveProposal(initialActionState, form({ proposalId: id, version: first.ok ? first.data!.updatedAt : '', title: 'Old tab', abstract: 'A' }))
    expect(stale).toMatchObject({ ok: false, error: 'conflict' })

    const submitted = await submitProposal(initialActionState, form({ proposalId: id, title: 'Two', abstract: 'A' }))
    expect(submitted).toMatchObject({ ok: true })
    row = await db.proposal.findUniqueOrThrow({ where: { id } })
    expect(iso(row.submittedAt)).toBe(iso(pinned))
    expect(row.updatedAt.getTime() - pinned.getTime()).toBeLessThan(60_000)

    expect(await withdrawProposal(initialActionState, form({ proposalId: id }))).toMatchObject({ ok: true })
    row = await db.proposal.findUniqueOrThrow({ where: { id } })
    expect(iso(row.withdrawnAt)).toBe(iso(pinned))
    expect(row.updatedAt.getTime() - pinned.getTime()).toBeLessThan(60_000)

    const entries = await audits(id)
    // The two saves coalesce into one audit row (lib/audit.ts recordEditWindow).
    expect(entries.map((e) => e.action).sort()).toEqual(['proposal.create', 'proposal.submit', 'proposal.update', 'proposal.withdraw'])
    for (const entry of entries) expect(iso(entry.at)).toBe(iso(pinned))
  })

  it('an invitation, its mail, its audit entries and its acceptance are written at the pinned moment', async () => {
    await setClock(pinned)
    await signInAs(f.admin.email!)
    const email = `clock-invitee-${randomBytes(4).toString('hex')}@example.test`
    expect(await inviteMentor(initialActionState, form({ seasonId: f.season.id, email }))).toMatchObject({ ok: true })
    const invitation = await db.invitation.findFirstOrThrow({ where: { email } })
    expect(iso(invitation.createdAt)).toBe(iso(pinned))
    expect(iso(invitation.expiresAt)).toBe(new Date(pinned.getTime() + 7 * DAY).toISOString())
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email } })
    expect(iso(mail.createdAt)).toBe(iso(pinned))

    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.body)![1]!
    const invitee = await db.user.create({ data: { name: 'Clock Invitee', email } })
    await signInAs(email)
    const accepted = await acceptInvitation(initialActionState as ActionResult<{ seasonSlug: string; seasonTitle: string }>, form({ token }))
    expect(accepted).toMatchObject({ ok: true })
    expect(iso((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt)).toBe(iso(pinned))
    expect(iso((await db.seasonRole.findFirstOrThrow({ where: { userId: invitee.id, seasonId: f.season.id } })).createdAt)).toBe(iso(pinned))
    for (const entry of await audits(invitation.id)) expect(iso(entry.at)).toBe(iso(pinned))
  })

  it('ideas created, proposed and published carry the pinned moment', async () => {
    await setClock(pinned)
    await signInAs(f.admin.email!)
    const idea = { seasonId: f.season.id, summary: 'S', description: '', skills: 'C', difficulty: 'EASY', expectedHours: '175', capacity: '1' }
    const created = await createIdea(initialActionState as ActionResult<IdeaSaved>, form({ ...idea, title: `Clock draft ${f.tag}`, mentorIds: [f.mentor.id] }))
    expect(created).toMatchObject({ ok: true })
    const draftId = created.ok ? created.data!.id : ''
    expect(await publishIdea(initialActionState as ActionResult<IdeaSaved>, form({ seasonId: f.season.id, ideaId: draftId }))).toMatchObject({ ok: true })
    const draft = await db.idea.findUniqueOrThrow({ where: { id: draftId } })
    expect([iso(draft.createdAt), iso(draft.publishedAt)]).toEqual([iso(pinned), iso(pinned)])
    expect(draft.updatedAt.getTime() - pinned.getTime()).toBeLessThan(60_000)

    await signInAs(f.mentor.email!)
    const proposed = await proposeIdea(initialActionState as ActionResult<IdeaSaved>, form({ ...idea, title: `Clock proposal ${f.tag}` }))
    expect(proposed).toMatchObject({ ok: true })
    const row = await db.idea.findUniqueOrThrow({ where: { id: proposed.ok ? proposed.data!.id : '' } })
    expect(iso(row.createdAt)).toBe(iso(pinned))
    for (const entry of [...(await audits(draftId)), ...(await audits(row.id))]) expect(iso(entry.at)).toBe(iso(pinned))
  })

  it('an action that does not pass its time (the profile) still audits at the app clock', async () => {
    await setClock(pinned)
    await signInAs(f.outsider.email!)
    expect(await updateProfile(initialActionState, form({ name: `Renamed ${f.tag}`, email: f.outsider.email!, timeZone: 'UTC', githubHandle: '', school: '', country: '' }))).toMatchObject({
      ok: true,
    })
    const [entry] = await audits(f.outsider.id)
    expect(iso(entry?.at)).toBe(iso(pinned))
  })
})
