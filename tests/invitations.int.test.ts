import { randomBytes } from 'node:crypto'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { db } from '@/lib/db'
import { WITHHELD } from '@/lib/mail'
import { listOutboxMail } from '@/lib/outbox/queries'
import { acceptInvitation, inviteMentor, resendInvitation, revokeInvitation } from '@/lib/invitations/actions'
import { hashInvitationToken, newInvitationToken } from '@/lib/invitations/token'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, setClock, signInAs, signOut } from './support/session'

// A mail server that records what it is given (or fails, when told to); used only while SMTP_URL is set.
const smtp = vi.hoisted(() => ({ sent: [] as { to: string; text: string }[], fail: false }))
vi.mock('nodemailer', () => ({
  createTransport: () => ({
    sendMail: async (mail: { to: string; text: string }) => {
      if (smtp.fail) throw new Error('connection refused')
      smtp.sent.push(mail)
    },
  }),
}))

const DAY = 24 * 60 * 60 * 1000
let f: SeasonFixture
let other: SeasonFixture

beforeAll(async () => {
  f = await createSeasonFixture()
  other = await createSeasonFixture()
})
// These tests run as a production server (no demo) unless one says otherwise: the demo keeps links in the outbox.
// A pinned clock rules only in the demo, so a test that pins it turns the demo on (and a mail server, where it
// checks that links are withheld).
beforeEach(() => {
  delete process.env.DEMO_SIGN_IN
  smtp.sent.length = 0
})
afterEach(async () => {
  signOut()
  await setClock(null)
  delete process.env.SMTP_URL
  delete process.env.DEMO_SIGN_IN
  smtp.fail = false
})

const invite = (email: string, seasonId = f.season.id) => inviteMentor(initialActionState, form({ seasonId, email }))
const revoke = (invitationId: string, seasonId = f.season.id) => revokeInvitation(initialActionState, form({ seasonId, invitationId }))
const resend = (invitationId: string, seasonId = f.season.id) => resendInvitation(initialActionState, form({ seasonId, invitationId }))
const accept = (token: string) => acceptInvitation(initialActionState as ActionResult<{ seasonSlug: string; seasonTitle: string }>, form({ token }))

const fresh = () => `invitee-${randomBytes(4).toString('hex')}@example.test`

const LINK = /\/invitations\/([A-Za-z0-9_-]{43})/

/**
 * The token of the newest invitation to `email` and its stored mail. With no mail server and no demo, the link
 * is shown once to the admin in the action's message and stored nowhere: that is where it is read from.
 */
async function tokenFromResult(result: ActionResult, email: string) {
  const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: 'desc' } })
  const delivered = smtp.sent.filter((sent) => sent.to === email).at(-1)
  const match = LINK.exec(result.ok ? (result.message ?? '') : '') ?? (delivered ? LINK.exec(delivered.text) : null)
  expect(match).not.toBeNull()
  return { mail, token: match![1]! }
}

/** An invitation written straight to the database (for accept tests), with its token. */
async function makeInvitation(options: { expiresAt?: Date; seasonId?: string; email?: string } = {}) {
  const { token, tokenHash } = newInvitationToken()
  const invitation = await db.invitation.create({
    data: {
      seasonId: options.seasonId ?? f.season.id,
      email: options.email ?? fresh(),
      tokenHash,
      expiresAt: options.expiresAt ?? new Date(Date.now() + 7 * DAY),
      invitedById: f.admin.id,
    },
  })
  return { invitation, token }
}

const invitationsTo = (email: string) => db.invitation.findMany({ where: { email } })
const mailsTo = (email: string) => db.outboxMail.count({ where: { to: email } })
const mentorRole = (userId: string, seasonId = f.season.id) => db.seasonRole.findUnique({ where: { userId_seasonId_role: { userId, seasonId, role: 'MENTOR' } } })

describe('inviteMentor', () => {
  it('lets an admin invite by e-mail: lower-cased, only the token’s hash stored, 7 days, mailed with the link, audited', async () => {
    await signInAs(f.admin.email!)
    const email = fresh()
    const before = Date.now()
    const result = await invite(`  ${email.toUpperCase()} `)
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining(email) })
    const [row] = await invitationsTo(email)
    expect(row).toMatchObject({ seasonId: f.season.id, role: 'MENTOR', invitedById: f.admin.id, acceptedAt: null })
    expect(row!.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 7 * DAY)
    expect(row!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 7 * DAY)
    const { mail, token } = await tokenFromResult(result, email)
    expect(result.ok && result.message).toContain(`${process.env.NEXTAUTH_URL ?? 'http://localhost:3000'}/invitations/${token}`)
    expect(mail.subject).toBe(`Invitation to mentor in ${f.season.title}`)
    expect(mail.body).toContain(`/invitations/${WITHHELD}`)
    expect(mail.body).not.toContain(token)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(row!.tokenHash).toBe(hashInvitationToken(token))
    expect(row!.tokenHash).not.toContain(token)
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'invitation.create', entityId: row!.id } })
    expect(audit).toMatchObject({ actorId: f.admin.id, seasonId: f.season.id, entity: 'Invitation' })
    expect(JSON.stringify(audit.after)).not.toContain(row!.tokenHash)
  })

  it('dates the invitation’s 7 days from the app’s clock (a pinned demo clock)', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    await signInAs(f.admin.email!)
    await setClock('2030-01-10T12:00:00Z')
    const email = fresh()
    expect(await invite(email)).toMatchObject({ ok: true })
    const [row] = await invitationsTo(email)
    expect(row!.expiresAt.toISOString()).toBe('2030-01-17T12:00:00.000Z')
  })

  it('refuses a second invitation while one is pending, but allows one after the first expired', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    await signInAs(f.admin.email!)
    const email = fresh()
    expect(await invite(email)).toMatchObject({ ok: true })
    const duplicate = await invite(email)
    expect(duplicate).toMatchObject({ ok: false, error: 'conflict', message: expect.stringMatching(/already has a pending invitation.*Send again/) })
    expect(!duplicate.ok && duplicate.fieldErrors?.email).toBeTruthy()
    expect(await invitationsTo(email)).toHaveLength(1)
    expect(await mailsTo(email)).toBe(1)

    await setClock(new Date(Date.now() + 8 * DAY))
    expect(await invite(email)).toMatchObject({ ok: true })
    expect(await invitationsTo(email)).toHaveLength(2)
  })

  it('refuses to invite someone who already mentors the season, or who is a student in it', async () => {
    await signInAs(f.admin.email!)
    expect(await invite(f.mentor.email!.toUpperCase())).toMatchObject({ ok: false, error: 'conflict', message: /already a mentor/ })
    expect(await invite(f.student.email!)).toMatchObject({ ok: false, error: 'conflict', message: /student.*conflict of interest/ })
    expect(await invitationsTo(f.mentor.email!)).toHaveLength(0)
    expect(await invitationsTo(f.student.email!)).toHaveLength(0)
  })

  it('rejects an address that is not an e-mail address, with a message on the field', async () => {
    await signInAs(f.admin.email!)
    for (const bad of ['not-an-email', '', 'a@b', `${'x'.repeat(250)}@example.org`]) {
      const result = await invite(bad)
      expect(result).toMatchObject({ ok: false, error: 'invalid' })
      expect(!result.ok && result.fieldErrors?.email?.[0]).toBeTruthy()
    }
    expect(await db.invitation.count({ where: { seasonId: f.season.id, email: { in: ['not-an-email', '', 'a@b'] } } })).toBe(0)
  })

  it('refuses mentors, students, outsiders, admins of another season and signed-out visitors, and changes nothing', async () => {
    const email = fresh()
    for (const who of [f.mentor, f.student, f.outsider, other.admin]) {
      await signInAs(who.email!)
      expect(await invite(email)).toMatchObject({ ok: false, error: 'forbidden' })
    }
    signOut()
    expect(await invite(email)).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await invitationsTo(email)).toHaveLength(0)
    expect(await mailsTo(email)).toBe(0)
  })
})

describe('the outbox', () => {
  it('belongs to the season: its admins read the invitation mail, another season’s admins do not', async () => {
    await signInAs(f.admin.email!)
    const email = fresh()
    expect(await invite(email)).toMatchObject({ ok: true })
    const other = await createSeasonFixture()
    const mine = await listOutboxMail(f.season.id)
    const theirs = await listOutboxMail(other.season.id)
    expect(mine.mails.map((m) => m.to)).toContain(email)
    expect(theirs.mails.map((m) => m.to)).not.toContain(email)
  })
})

describe('revokeInvitation', () => {
  it('lets an admin revoke a pending invitation: the row goes, the link stops working, the audit log keeps it', async () => {
    const { invitation, token } = await makeInvitation()
    await signInAs(f.admin.email!)
    expect(await revoke(invitation.id)).toMatchObject({ ok: true, message: expect.stringMatching(/revoked/) })
    expect(await db.invitation.findUnique({ where: { id: invitation.id } })).toBeNull()
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'invitation.revoke', entityId: invitation.id } })
    expect(audit.before).toMatchObject({ email: invitation.email })
    await signInAs(f.outsider.email!)
    expect(await accept(token)).toMatchObject({ ok: false, error: 'not_found' })
    expect(await mentorRole(f.outsider.id)).toBeNull()
  })

  it('refuses to revoke an accepted invitation, or one of another season', async () => {
    const { invitation } = await makeInvitation()
    await db.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedById: f.outsider.id } })
    const foreign = await makeInvitation({ seasonId: other.season.id })
    await signInAs(f.admin.email!)
    expect(await revoke(invitation.id)).toMatchObject({ ok: false, error: 'conflict', message: /already accepted/ })
    expect(await revoke(foreign.invitation.id)).toMatchObject({ ok: false, error: 'not_found' })
    expect(await revoke(foreign.invitation.id, other.season.id)).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await revoke('')).toMatchObject({ ok: false, error: 'invalid' })
    expect(await db.invitation.count({ where: { id: { in: [invitation.id, foreign.invitation.id] } } })).toBe(2)
  })

  it('refuses mentors, students, outsiders and signed-out visitors', async () => {
    const { invitation } = await makeInvitation()
    for (const who of [f.mentor, f.student, f.outsider]) {
      await signInAs(who.email!)
      expect(await revoke(invitation.id)).toMatchObject({ ok: false, error: 'forbidden' })
    }
    signOut()
    expect(await revoke(invitation.id)).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await db.invitation.findUnique({ where: { id: invitation.id } })).not.toBeNull()
  })
})

describe('the invitation link is a secret of the mail alone', () => {
  const anyToken = (body: string) => LINK.test(body)

  it('is mailed whole, while the outbox keeps the body with the token withheld', async () => {
    process.env.SMTP_URL = 'smtp://mail.example.test:587'
    smtp.sent.length = 0
    await signInAs(f.admin.email!)
    const email = fresh()
    const result = await invite(email)
    expect(result).toEqual({ ok: true, message: `Invitation sent to ${email}.` })
    expect(smtp.sent).toHaveLength(1)
    const token = LINK.exec(smtp.sent[0]!.text)![1]!
    const [row] = await invitationsTo(email)
    expect(row!.tokenHash).toBe(hashInvitationToken(token))
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email } })
    expect(mail.sentAt).not.toBeNull()
    expect(anyToken(mail.body)).toBe(false)
    expect(mail.body).toContain(WITHHELD)
    // A resend mails a new link and stores it withheld too.
    expect(await resend(row!.id)).toMatchObject({ ok: true })
    expect(smtp.sent).toHaveLength(2)
    expect((await db.outboxMail.findMany({ where: { to: email } })).map((m) => anyToken(m.body))).toEqual([false, false])
  })

  it('is shown once to the admin when the mail server fails, and stored nowhere', async () => {
    process.env.SMTP_URL = 'smtp://mail.example.test:587'
    smtp.fail = true
    await signInAs(f.admin.email!)
    const email = fresh()
    const result = await invite(email)
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/could not be delivered.*shown only now/) })
    const { mail, token } = await tokenFromResult(result, email)
    expect(mail).toMatchObject({ sentAt: null, error: 'connection refused' })
    expect(mail.body).not.toContain(token)
  })

  it('stays in the outbox in the demo without a mail server, where the outbox is the mailbox', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    await signInAs(f.admin.email!)
    const email = fresh()
    const result = await invite(email)
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/waits in the outbox/) })
    expect(LINK.test(result.ok ? result.message! : '')).toBe(false)
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email } })
    const token = LINK.exec(mail.body)![1]!
    expect((await invitationsTo(email))[0]!.tokenHash).toBe(hashInvitationToken(token))
  })
})

describe('resendInvitation', () => {
  it('mails a fresh link with a new 7-day validity; the previous link stops working', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    process.env.SMTP_URL = 'smtp://mail.example.test:587'
    await signInAs(f.admin.email!)
    const email = fresh()
    const first = await tokenFromResult(await invite(email), email)
    const [row] = await invitationsTo(email)
    await setClock(new Date(Date.now() + 3 * DAY))
    const resent = await resend(row!.id)
    expect(resent).toMatchObject({ ok: true, message: expect.stringMatching(/previous link no longer works/) })
    const second = await tokenFromResult(resent, email)
    expect(second.mail.body).not.toContain(second.token)
    expect(second.token).not.toBe(first.token)
    const updated = await db.invitation.findUniqueOrThrow({ where: { id: row!.id } })
    expect(updated.tokenHash).toBe(hashInvitationToken(second.token))
    expect(updated.expiresAt.getTime()).toBeGreaterThan(row!.expiresAt.getTime())
    expect(await db.auditLog.count({ where: { action: 'invitation.resend', entityId: row!.id } })).toBe(1)

    await signInAs(f.outsider.email!)
    expect(await accept(first.token)).toMatchObject({ ok: false, error: 'not_found' })
    expect(await accept(second.token)).toMatchObject({ ok: true })
    await db.seasonRole.deleteMany({ where: { userId: f.outsider.id, seasonId: f.season.id } })
  })

  it('refuses an accepted invitation and other roles', async () => {
    const { invitation } = await makeInvitation()
    await db.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedById: f.outsider.id } })
    await signInAs(f.admin.email!)
    expect(await resend(invitation.id)).toMatchObject({ ok: false, error: 'conflict' })
    const pending = await makeInvitation()
    for (const who of [f.mentor, f.student, f.outsider]) {
      await signInAs(who.email!)
      expect(await resend(pending.invitation.id)).toMatchObject({ ok: false, error: 'forbidden' })
    }
    signOut()
    expect(await resend(pending.invitation.id)).toMatchObject({ ok: false, error: 'unauthenticated' })
    const unchanged = await db.invitation.findUniqueOrThrow({ where: { id: pending.invitation.id } })
    expect(unchanged.tokenHash).toBe(pending.invitation.tokenHash)
    expect(await mailsTo(pending.invitation.email)).toBe(0)
  })
})

describe('acceptInvitation', () => {
  it('makes the signed-in person a mentor (capacity 1) and marks the invitation used, in one audited step', async () => {
    const newcomer = await db.user.create({ data: { name: 'Newcomer', email: fresh() } })
    const { invitation, token } = await makeInvitation()
    await signInAs(newcomer.email!)
    const result = await accept(token)
    expect(result).toMatchObject({ ok: true, message: `You are now a mentor of ${f.season.title}.`, data: { seasonSlug: f.season.slug } })
    expect(await mentorRole(newcomer.id)).toMatchObject({ capacity: 1 })
    const used = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })
    expect(used.acceptedById).toBe(newcomer.id)
    expect(used.acceptedAt).not.toBeNull()
    expect(await db.auditLog.count({ where: { action: 'invitation.accept', entityId: invitation.id, actorId: newcomer.id } })).toBe(1)
    expect(await db.auditLog.count({ where: { action: 'seasonRole.create', actorId: newcomer.id, seasonId: f.season.id } })).toBe(1)
  })

  it('treats the link as a bearer credential: the accepting account’s e-mail need not match', async () => {
    const newcomer = await db.user.create({ data: { name: 'Other address', email: fresh() } })
    const { invitation, token } = await makeInvitation({ email: 'someone-else@example.test' })
    await signInAs(newcomer.email!)
    expect(await accept(token)).toMatchObject({ ok: true })
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedById).toBe(newcomer.id)
  })

  it('lets an admin of the season accept (an admin who also mentors)', async () => {
    const { token } = await makeInvitation({ seasonId: other.season.id })
    await signInAs(other.admin.email!)
    expect(await accept(token)).toMatchObject({ ok: true })
    expect(await mentorRole(other.admin.id, other.season.id)).not.toBeNull()
  })

  it('refuses a replayed link, by the same person or anyone else, and changes nothing', async () => {
    const first = await db.user.create({ data: { name: 'First', email: fresh() } })
    const second = await db.user.create({ data: { name: 'Second', email: fresh() } })
    const { invitation, token } = await makeInvitation()
    await signInAs(first.email!)
    expect(await accept(token)).toMatchObject({ ok: true })
    const afterFirst = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })
    expect(await accept(token)).toMatchObject({ ok: false, error: 'conflict', message: /already used: you accepted it/ })
    await signInAs(second.email!)
    expect(await accept(token)).toMatchObject({ ok: false, error: 'conflict', message: /already used/ })
    expect(await mentorRole(second.id)).toBeNull()
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toEqual(afterFirst)
    expect(await db.seasonRole.count({ where: { userId: first.id } })).toBe(1)
  })

  it('refuses an unknown or malformed token', async () => {
    await signInAs(f.outsider.email!)
    expect(await accept(randomBytes(32).toString('base64url'))).toMatchObject({ ok: false, error: 'not_found', message: /not valid/ })
    expect(await accept('not a token!')).toMatchObject({ ok: false, error: 'invalid', message: /not valid/ })
    expect(await accept('')).toMatchObject({ ok: false, error: 'invalid' })
    expect(await mentorRole(f.outsider.id)).toBeNull()
  })

  it('refuses an expired invitation (by the app’s clock) and changes nothing', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    const { invitation, token } = await makeInvitation({ expiresAt: new Date(Date.now() + DAY) })
    await setClock(new Date(Date.now() + 2 * DAY))
    await signInAs(f.outsider.email!)
    expect(await accept(token)).toMatchObject({ ok: false, error: 'closed', message: /expired/ })
    expect(await mentorRole(f.outsider.id)).toBeNull()
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull()
  })

  it('refuses someone who already mentors the season, saying so, and leaves the invitation pending', async () => {
    const { invitation, token } = await makeInvitation()
    await signInAs(f.mentor.email!)
    expect(await accept(token)).toMatchObject({ ok: false, error: 'conflict', message: `You are already a mentor of ${f.season.title}, so there is nothing to accept.` })
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull()
    expect(await mentorRole(f.mentor.id)).toMatchObject({ capacity: 1 })
  })

  it('refuses a student of the season (conflict of interest)', async () => {
    const { invitation, token } = await makeInvitation()
    await signInAs(f.student.email!)
    expect(await accept(token)).toMatchObject({ ok: false, error: 'conflict', message: /student.*conflict of interest/ })
    expect(await mentorRole(f.student.id)).toBeNull()
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull()
  })

  it('asks a signed-out visitor to sign in and changes nothing', async () => {
    const { invitation, token } = await makeInvitation()
    signOut()
    expect(await accept(token)).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull()
  })
})
