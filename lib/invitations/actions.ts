'use server'
// Admins invite mentors by e-mail; whoever opens the link and accepts becomes a mentor of the season.
// The link is a bearer credential (like most team invites): the accepting account's e-mail need not match the
// invited address, which lets people accept with the account they already use (GitHub, another address).
import { revalidatePath } from 'next/cache'
import { revalidatePublic, tags } from '@/lib/public-cache'
import { failure, formToObject, invalid, type ActionResult } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { db } from '@/lib/db'
import { deliverMail, outboxKeepsSecrets, queueMail } from '@/lib/mail'
import { getNow } from '@/lib/organization'
import { acceptRefusal, invitationStatus, ROLE_NAME, UNKNOWN_INVITATION_MESSAGE } from './rules'
import { AcceptInvitation, InvitationRef, InviteMentor } from './schema'
import { hashInvitationToken, INVITATION_TTL_MS, invitationLink, newInvitationToken } from './token'

type MailSeason = { title: string; organization: { name: string } }

/** The invitation mail; its token is a secret, so the outbox stores the body without it (see lib/mail.ts). */
function invitationMail(input: { to: string; season: MailSeason; inviter: string; token: string; expiresAt: Date }) {
  return {
    to: input.to,
    secrets: [input.token],
    subject: `Invitation to mentor in ${input.season.title}`,
    body: [
      'Hello,',
      '',
      `${input.inviter} invites you to be a mentor for ${input.season.organization.name} in ${input.season.title}.`,
      '',
      'To accept, open this link and sign in:',
      '',
      invitationLink(input.token),
      '',
      `The link works once and expires on ${formatDateTime(input.expiresAt, 'UTC')}. Please do not forward it: whoever accepts it first becomes the mentor.`,
      '',
      'If you did not expect this invitation, you can ignore this mail.',
    ].join('\n'),
  }
}

/**
 * What the admin is told. When the mail did not go out and the outbox does not keep the link, this message is
 * the one place the link is shown, once, so the admin can pass it on; it is stored nowhere.
 */
function deliveryMessage(email: string, delivered: boolean, kind: 'invite' | 'resend', token: string) {
  const verb = kind === 'invite' ? 'Invitation sent' : 'A fresh link was sent'
  if (delivered) return `${verb} to ${email}.`
  if (outboxKeepsSecrets()) return `${verb} to ${email}. No mail server is configured, so the mail waits in the outbox: forward the link from there.`
  const made = kind === 'invite' ? 'Invitation created' : 'A fresh link was made'
  const why = process.env.SMTP_URL ? 'The mail could not be delivered (see the outbox).' : 'No mail server is configured, so no mail was sent.'
  return `${made} for ${email}. ${why} Send them this link yourself; it is shown only now and stored nowhere: ${invitationLink(token)}`
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002'

export async function inviteMentor(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = InviteMentor.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'season.administer', input.data.seasonId)
  if (!allowed.ok) return allowed
  const { seasonId, email } = input.data
  const now = await getNow()
  const { token, tokenHash } = newInvitationToken()
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS)
  const result = await db.$transaction(async (tx) => {
    const season = await tx.season.findUniqueOrThrow({ where: { id: seasonId }, select: { slug: true, title: true, organization: { select: { name: true } } } })
    const invitee = await tx.user.findFirst({
      where: { email: { equals: email, mode: 'insensitive' } },
      select: { roles: { where: { seasonId }, select: { role: true } } },
    })
    const roles = new Set(invitee?.roles.map((r) => r.role))
    if (roles.has('MENTOR')) return failure('conflict', `${email} is already a mentor of ${season.title}.`, { email: ['Already a mentor of this season.'] })
    if (roles.has('STUDENT')) {
      return failure('conflict', `${email} is a student in ${season.title} and cannot also mentor in it (conflict of interest).`, {
        email: ['A student of this season cannot mentor in it.'],
      })
    }
    const pending = await tx.invitation.findFirst({ where: { seasonId, email, acceptedAt: null, expiresAt: { gt: now } }, select: { expiresAt: true } })
    if (pending) {
      return failure(
        'conflict',
        `${email} already has a pending invitation (valid until ${formatDateTime(pending.expiresAt, user!.timeZone)}). Use “Send again” in the list of pending invitations to mail a fresh link.`,
        { email: ['This address already has a pending invitation.'] },
      )
    }
    const invitation = await tx.invitation.create({
      data: { seasonId, email, role: 'MENTOR', tokenHash, expiresAt, invitedById: user!.id, createdAt: now },
      select: { id: true, email: true, role: true, expiresAt: true },
    })
    await recordAudit(tx, { at: now, actorId: user!.id, seasonId, action: 'invitation.create', entity: 'Invitation', entityId: invitation.id, after: invitation })
    const mail = { ...invitationMail({ to: email, season, inviter: user!.name ?? user!.email ?? 'An admin', token, expiresAt }), seasonId }
    return { ok: true as const, season, mail, mailId: await queueMail(tx, mail, now) }
  })
  if (!result.ok) return result
  const delivered = await deliverMail(result.mailId, result.mail)
  revalidatePath(`/seasons/${result.season.slug}/admin`, 'layout')
  return { ok: true, message: deliveryMessage(email, delivered, 'invite', token) }
}

/** Sends a pending (or expired) invitation again with a fresh link and a new 7-day validity; the old link stops working. */
export async function resendInvitation(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = InvitationRef.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'season.administer', input.data.seasonId)
  if (!allowed.ok) return allowed
  const now = await getNow()
  const { token, tokenHash } = newInvitationToken()
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS)
  const result = await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { id: input.data.invitationId },
      select: { id: true, seasonId: true, email: true, acceptedAt: true, expiresAt: true, season: { select: { slug: true, title: true, organization: { select: { name: true } } } } },
    })
    if (!invitation || invitation.seasonId !== input.data.seasonId) return failure('not_found', 'That invitation does not exist (any more).')
    const status = invitationStatus(invitation, now)
    if (status === 'accepted') return failure('conflict', `The invitation for ${invitation.email} was already accepted; there is nothing to send.`)
    if (status === 'expired') {
      const other = await tx.invitation.findFirst({
        where: { seasonId: invitation.seasonId, email: invitation.email, acceptedAt: null, expiresAt: { gt: now }, id: { not: invitation.id } },
        select: { id: true },
      })
      if (other) return failure('conflict', `${invitation.email} already has a newer pending invitation; send that one again instead.`)
    }
    await tx.invitation.update({ where: { id: invitation.id }, data: { tokenHash, expiresAt } })
    await recordAudit(tx, {
      at: now,
      actorId: user!.id,
      seasonId: invitation.seasonId,
      action: 'invitation.resend',
      entity: 'Invitation',
      entityId: invitation.id,
      before: { expiresAt: invitation.expiresAt },
      after: { expiresAt },
    })
    const mail = { ...invitationMail({ to: invitation.email, season: invitation.season, inviter: user!.name ?? user!.email ?? 'An admin', token, expiresAt }), seasonId: invitation.seasonId }
    return { ok: true as const, invitation, mail, mailId: await queueMail(tx, mail, now) }
  })
  if (!result.ok) return result
  const { email, season } = result.invitation
  const delivered = await deliverMail(result.mailId, result.mail)
  revalidatePath(`/seasons/${season.slug}/admin`, 'layout')
  return { ok: true, message: deliveryMessage(email, delivered, 'resend', token) + ' The previous link no longer works.' }
}

/** Revokes a pending invitation (or clears an expired one): the row goes, the audit log keeps it. */
export async function revokeInvitation(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = InvitationRef.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'season.administer', input.data.seasonId)
  if (!allowed.ok) return allowed
  const now = await getNow()
  const result = await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { id: input.data.invitationId },
      select: { id: true, seasonId: true, email: true, role: true, acceptedAt: true, expiresAt: true, createdAt: true, invitedById: true, season: { select: { slug: true } } },
    })
    if (!invitation || invitation.seasonId !== input.data.seasonId) return failure('not_found', 'That invitation does not exist (any more).')
    const status = invitationStatus(invitation, now)
    if (status === 'accepted') {
      return failure('conflict', `The invitation for ${invitation.email} was already accepted, so it cannot be revoked. Remove the mentor instead.`)
    }
    await tx.invitation.delete({ where: { id: invitation.id } })
    const { season, ...before } = invitation
    await recordAudit(tx, { at: now, actorId: user!.id, seasonId: invitation.seasonId, action: 'invitation.revoke', entity: 'Invitation', entityId: invitation.id, before })
    return { ok: true as const, status, email: invitation.email, slug: season.slug }
  })
  if (!result.ok) return result
  revalidatePath(`/seasons/${result.slug}/admin`, 'layout')
  return {
    ok: true,
    message: result.status === 'pending' ? `Invitation for ${result.email} revoked: its link no longer works.` : `Expired invitation for ${result.email} removed.`,
  }
}

/** The accept button on /invitations/<token>: any signed-in person holding the link may accept it once. */
export async function acceptInvitation(_prev: ActionResult<{ seasonSlug: string; seasonTitle: string }>, form: FormData): Promise<ActionResult<{ seasonSlug: string; seasonTitle: string }>> {
  const user = await getCurrentUser()
  const input = AcceptInvitation.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error, UNKNOWN_INVITATION_MESSAGE)
  if (!user) return failure('unauthenticated', 'Please sign in to accept the invitation.')
  const now = await getNow()
  try {
    const result = await db.$transaction(async (tx) => {
      // Roles of one person change one transaction at a time (startProposal takes the same lock), so accepting
      // an invitation and joining as a student at the same moment cannot make them mentor and student at once.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash: hashInvitationToken(input.data.token) },
        select: { id: true, seasonId: true, role: true, acceptedAt: true, acceptedById: true, expiresAt: true, season: { select: { slug: true, title: true } } },
      })
      const roles = invitation
        ? new Set((await tx.seasonRole.findMany({ where: { userId: user.id, seasonId: invitation.seasonId }, select: { role: true } })).map((r) => r.role))
        : new Set<never>()
      const refusal = acceptRefusal({ invitation, seasonTitle: invitation?.season.title, userId: user.id, roles, now, timeZone: user.timeZone })
      if (refusal || !invitation) return failure(refusal?.error ?? 'not_found', refusal?.message ?? UNKNOWN_INVITATION_MESSAGE)
      // Claim the row only while it is still unused, so two simultaneous clicks cannot both succeed.
      const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now, acceptedById: user.id } })
      if (claimed.count !== 1) return failure('conflict', 'This invitation was already used. Each link works once; ask the season’s admins for a new one.')
      const role = await tx.seasonRole.create({
        data: { userId: user.id, seasonId: invitation.seasonId, role: invitation.role, capacity: invitation.role === 'MENTOR' ? 1 : null, createdAt: now },
        select: { id: true, userId: true, seasonId: true, role: true, capacity: true },
      })
      await recordAudit(tx, {
        at: now,
        actorId: user.id,
        seasonId: invitation.seasonId,
        action: 'invitation.accept',
        entity: 'Invitation',
        entityId: invitation.id,
        before: { acceptedAt: null, acceptedById: null },
        after: { acceptedAt: now, acceptedById: user.id },
      })
      await recordAudit(tx, { at: now, actorId: user.id, seasonId: invitation.seasonId, action: 'seasonRole.create', entity: 'SeasonRole', entityId: role.id, after: role })
      return { ok: true as const, season: invitation.season, seasonId: invitation.seasonId, role: invitation.role }
    })
    if (!result.ok) return result
    revalidatePath('/(app)', 'layout') // the signed-in pages; the public ones by tag (lib/public-cache.ts)
    revalidatePublic(tags.stats(result.seasonId))
    return {
      ok: true,
      message: `You are now a ${ROLE_NAME[result.role]} of ${result.season.title}.`,
      data: { seasonSlug: result.season.slug, seasonTitle: result.season.title },
    }
  } catch (error) {
    // Another invitation to the same season was accepted by this person at the same moment.
    if (isUniqueViolation(error)) return failure('conflict', 'You already hold this role in the season.')
    throw error
  }
}
