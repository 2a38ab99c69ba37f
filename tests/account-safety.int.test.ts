// Issue 12, account safety: a changed e-mail address waits for its confirmation link; e-mail sign-in resolves only
// to verified addresses; sessions end when the address changes or a role is taken away; nobody becomes mentor
// and student of one season at once.
import { randomBytes } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { summerAdapter } from '@/lib/auth-adapter'
import { db } from '@/lib/db'
import { acceptInvitation } from '@/lib/invitations/actions'
import { newInvitationToken } from '@/lib/invitations/token'
import { removeMentor } from '@/lib/mentors/actions'
import { startProposal } from '@/lib/proposals/actions'
import { cancelEmailChange, confirmEmailChange, resendEmailChange, updateProfile, type EmailChangeSent } from '@/lib/users/actions'
import { hashEmailChangeToken } from '@/lib/users/email-change'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, setClock, signInAs, signOut } from './support/session'

let f: SeasonFixture
const demo = process.env.DEMO_SIGN_IN

beforeAll(async () => {
  f = await createSeasonFixture()
})
afterEach(async () => {
  signOut()
  await setClock(null)
  if (demo === undefined) delete process.env.DEMO_SIGN_IN
  else process.env.DEMO_SIGN_IN = demo
})

const tag = () => randomBytes(4).toString('hex')
const person = (verified = true) => {
  const t = tag()
  return db.user.create({ data: { name: `Person ${t}`, email: `person-${t}@example.test`, emailVerified: verified ? new Date() : null, timeZone: 'UTC' } })
}
const save = (fields: Record<string, string>) => updateProfile(initialActionState as ActionResult<EmailChangeSent>, form(fields))
const confirm = (token: string) => confirmEmailChange(initialActionState as ActionResult<{ email: string }>, form({ token }))
const tokenOf = (result: ActionResult<EmailChangeSent>) => {
  expect(result.ok && result.data?.demoLink).toBeTruthy()
  return /\/me\/email\/([A-Za-z0-9_-]+)$/.exec((result as { data: EmailChangeSent }).data.demoLink!)![1]!
}

describe('changing one’s e-mail address (pre-hijacking)', () => {
  it('does not change the address until the link mailed to the new one is opened; stores only the token’s hash', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    const user = await person()
    await signInAs(user.email!)
    const target = `victim-${tag()}@example.test`
    const result = await save({ name: user.name!, email: target, timeZone: 'UTC' })
    expect(result).toMatchObject({ ok: true, data: { pendingEmail: target } })
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email, emailVerified: user.emailVerified })

    const token = tokenOf(result)
    const change = await db.emailChange.findUniqueOrThrow({ where: { userId: user.id } })
    expect(change).toMatchObject({ email: target, tokenHash: hashEmailChangeToken(token) })
    expect(JSON.stringify(change)).not.toContain(token)
    // The mail went to the new address through the outbox, which keeps no copy of the link.
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: target } })
    expect(mail.subject).toMatch(/Confirm your new e-mail address/)
    expect(mail.body).not.toContain(token)
    expect(await db.auditLog.count({ where: { entityId: change.id, action: 'user.email.request' } })).toBe(1)
  })

  it('confirms only for the account that asked, once, then ends that person’s sessions', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    const user = await person()
    await signInAs(user.email!)
    const target = `moved-${tag()}@example.test`
    const token = tokenOf(await save({ name: user.name!, email: target, timeZone: 'UTC' }))

    const stranger = await person()
    await signInAs(stranger.email!)
    expect(await confirm(token)).toMatchObject({ ok: false, error: 'not_found' })
    signOut()
    expect(await confirm(token)).toMatchObject({ ok: false, error: 'unauthenticated' })

    await signInAs(user.email!)
    expect(await confirm(token)).toMatchObject({ ok: true, data: { email: target } })
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(after.email).toBe(target)
    expect(after.emailVerified).not.toBeNull()
    expect(after.sessionVersion).toBe(user.sessionVersion + 1)
    expect(await db.emailChange.count({ where: { userId: user.id } })).toBe(0)
    expect(await db.auditLog.findFirst({ where: { entityId: user.id, action: 'user.email.change' } })).toMatchObject({ before: { email: user.email }, after: { email: target } })
    expect(await confirm(token)).toMatchObject({ ok: false, error: 'not_found' })
  })

  it('refuses an expired link and a malformed one, changing nothing', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    const user = await person()
    await signInAs(user.email!)
    const token = tokenOf(await save({ name: user.name!, email: `late-${tag()}@example.test`, timeZone: 'UTC' }))
    await setClock(new Date(Date.now() + 25 * 60 * 60 * 1000))
    expect(await confirm(token)).toMatchObject({ ok: false, error: 'closed' })
    expect(await confirm('not a token')).toMatchObject({ ok: false, error: 'invalid' })
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email, sessionVersion: 0 })
  })

  it('sends the link again (the old one stops working) and cancels the change', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    const user = await person()
    await signInAs(user.email!)
    const target = `again-${tag()}@example.test`
    const first = tokenOf(await save({ name: user.name!, email: target, timeZone: 'UTC' }))
    const again = await resendEmailChange(initialActionState as ActionResult<EmailChangeSent>, form({}))
    const second = tokenOf(again)
    expect(second).not.toBe(first)
    expect(await confirm(first)).toMatchObject({ ok: false, error: 'not_found' })
    expect(await cancelEmailChange(initialActionState, form({}))).toMatchObject({ ok: true })
    expect(await confirm(second)).toMatchObject({ ok: false, error: 'not_found' })
    expect(await cancelEmailChange(initialActionState, form({}))).toMatchObject({ ok: false, error: 'not_found' })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email)
  })

  it('drops a pending change when the current address is typed again; refuses signed-out visitors', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    const user = await person()
    await signInAs(user.email!)
    const token = tokenOf(await save({ name: user.name!, email: `back-${tag()}@example.test`, timeZone: 'UTC' }))
    expect(await save({ name: user.name!, email: user.email!, timeZone: 'UTC' })).toMatchObject({ ok: true })
    expect(await db.emailChange.count({ where: { userId: user.id } })).toBe(0)
    expect(await confirm(token)).toMatchObject({ ok: false, error: 'not_found' })
    signOut()
    const audit = await db.auditLog.count()
    expect(await resendEmailChange(initialActionState as ActionResult<EmailChangeSent>, form({}))).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await cancelEmailChange(initialActionState, form({}))).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await save({ name: 'X', email: `x-${tag()}@example.test`, timeZone: 'UTC' })).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await db.auditLog.count()).toBe(audit)
  })

  it('refuses an address another account verified; an unverified claim gives way to the confirmed owner', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    const owner = await person(true)
    const claimer = await person(false)
    const user = await person()
    await signInAs(user.email!)
    expect(await save({ name: user.name!, email: owner.email!.toUpperCase(), timeZone: 'UTC' })).toMatchObject({ ok: false, error: 'conflict', fieldErrors: { email: [expect.stringMatching(/Another account/)] } })
    const token = tokenOf(await save({ name: user.name!, email: claimer.email!, timeZone: 'UTC' }))
    expect(await confirm(token)).toMatchObject({ ok: true })
    expect((await db.user.findUniqueOrThrow({ where: { id: claimer.id } })).email).toBeNull()
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(claimer.email)
  })

  it('refuses a change of address when no mail can confirm it (production without SMTP)', async () => {
    delete process.env.DEMO_SIGN_IN
    const user = await person()
    await signInAs(user.email!)
    const result = await save({ name: user.name!, email: `nomail-${tag()}@example.test`, timeZone: 'UTC' })
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringMatching(/no mail server/)] } })
    expect(await db.emailChange.count({ where: { userId: user.id } })).toBe(0)
  })
})

describe('e-mail sign-in (the adapter next-auth uses)', () => {
  const adapter = summerAdapter(db)

  it('resolves an address only to an account that verified it', async () => {
    const verified = await person(true)
    const unverified = await person(false)
    expect((await adapter.getUserByEmail!(verified.email!.toUpperCase()))?.id).toBe(verified.id)
    expect(await adapter.getUserByEmail!(unverified.email!)).toBeNull()
  })

  it('gives the proven owner an account of their own, taking the address from an unverified claim', async () => {
    const claimer = await person(false)
    const created = await adapter.createUser!({ email: claimer.email!, emailVerified: new Date() })
    expect(created.id).not.toBe(claimer.id)
    expect(created.email).toBe(claimer.email)
    expect((await db.user.findUniqueOrThrow({ where: { id: claimer.id } })).email).toBeNull()
    expect(await db.auditLog.count({ where: { entityId: claimer.id, action: 'user.email.release' } })).toBe(1)
  })
})

describe('ending sessions', () => {
  it('an admin removing a mentor ends that mentor’s sessions', async () => {
    const mentor = await person()
    await db.seasonRole.create({ data: { userId: mentor.id, seasonId: f.season.id, role: 'MENTOR', capacity: 1 } })
    await signInAs(f.admin.email!)
    expect(await removeMentor(initialActionState, form({ seasonId: f.season.id, userId: mentor.id }))).toMatchObject({ ok: true })
    expect((await db.user.findUniqueOrThrow({ where: { id: mentor.id } })).sessionVersion).toBe(mentor.sessionVersion + 1)
  })
})

describe('mentor and student of one season at once', () => {
  it('accepting an invitation and starting a proposal at the same moment leaves exactly one of the two roles', async () => {
    for (let round = 0; round < 6; round++) {
      const newcomer = await person()
      const { token, tokenHash } = newInvitationToken()
      await db.invitation.create({ data: { seasonId: f.season.id, email: newcomer.email!, tokenHash, expiresAt: new Date(Date.now() + 86_400_000), invitedById: f.admin.id } })
      await signInAs(newcomer.email!)
      const [accepted, started] = await Promise.all([
        acceptInvitation(initialActionState as ActionResult<{ seasonSlug: string; seasonTitle: string }>, form({ token })),
        startProposal(initialActionState, form({ seasonId: f.season.id, idea: f.idea.id })),
      ])
      const roles = (await db.seasonRole.findMany({ where: { userId: newcomer.id, seasonId: f.season.id } })).map((r) => r.role)
      expect(roles, `round ${round}`).toHaveLength(1)
      expect(accepted.ok !== started.ok, `round ${round}: exactly one succeeds`).toBe(true)
    }
  })
})
