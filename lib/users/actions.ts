'use server'
// A person edits their own profile. There is no user id in the form: the signed-in user is the only one
// anybody can change here. A new e-mail address waits for confirmation (lib/users/email-change.ts).
import { revalidatePath } from 'next/cache'
import { PUBLIC_TAG, revalidatePublic } from '@/lib/public-cache'
import { failure, formToObject, invalid, type ActionResult } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { getNow } from '@/lib/organization'
import { endSessions } from '@/lib/sessions'
import { addressHolder, createEmailChange, deliverEmailChange, emailChangeDelivery, hashEmailChangeToken } from './email-change'
import { ConfirmEmailChange, PROFILE_FIELDS, UpdateProfile } from './schema'

/** What a saved change of address says: where the link went (in the demo, the link itself). */
export type EmailChangeSent = { pendingEmail: string; demoLink?: string }

const TAKEN = 'Another account already uses this e-mail address.'
const NO_MAIL = 'Your e-mail address cannot be changed here yet: this site has no mail server configured to confirm the new one.'

function sentMessage(email: string, delivered: boolean) {
  if (delivered) return `We sent a confirmation link to ${email}. Your address changes when you open it; until then we keep using the current one.`
  if (emailChangeDelivery() === 'demo') {
    return `Demo: no mail server is configured, so the confirmation link for ${email} is below (and in the server’s log). Your address changes when you open it.`
  }
  return `The confirmation mail to ${email} could not be sent just now. Use “Send the link again” in a moment; your address stays as it was.`
}

/** The link itself, shown only in the demo (no SMTP), where no mail can carry it. */
function demoLink(link: string, delivered: boolean): { demoLink?: string } {
  return !delivered && emailChangeDelivery() === 'demo' ? { demoLink: link } : {}
}

export async function updateProfile(_prev: ActionResult<EmailChangeSent>, form: FormData): Promise<ActionResult<EmailChangeSent>> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = UpdateProfile.safeParse(Object.fromEntries(PROFILE_FIELDS.map((key) => [key, form.get(key)])))
  if (!input.success) return invalid(input.error)
  const data = input.data
  const now = await getNow()

  const result = await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { name: true, email: true, timeZone: true, githubHandle: true, school: true, country: true, emailChange: { select: { email: true } } },
    })
    // An address that differs only in letter case is the same address.
    const emailChanged = (before.email ?? '').toLowerCase() !== data.email
    const newAddress = emailChanged && before.emailChange?.email !== data.email
    if (newAddress) {
      if (emailChangeDelivery() === 'none') return { refused: NO_MAIL } as const
      const holder = await addressHolder(tx, data.email, user.id)
      if (holder?.emailVerified) return { taken: true } as const
    }
    // The address itself changes only through the confirmation link.
    const after = { ...data, email: before.email }
    const changed = PROFILE_FIELDS.filter((key) => (before[key] ?? null) !== after[key])
    if (changed.length > 0) {
      await tx.user.update({ where: { id: user.id }, data: after })
      await recordAudit(tx, {
        actorId: user.id,
        action: 'user.update',
        entity: 'User',
        entityId: user.id,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      })
    }
    // Typing the current address again drops a pending change.
    if (!emailChanged && before.emailChange) {
      const dropped = await tx.emailChange.delete({ where: { userId: user.id } })
      await recordAudit(tx, { actorId: user.id, action: 'user.email.cancel', entity: 'EmailChange', entityId: dropped.id, before: { email: dropped.email, expiresAt: dropped.expiresAt } })
    }
    const sent = newAddress ? await createEmailChange(tx, { id: user.id, name: data.name, email: before.email }, data.email, now) : null
    return { changed: changed.length > 0, sent, pendingKept: emailChanged && !newAddress } as const
  })

  if ('refused' in result) return failure('invalid', 'Please correct the marked fields.', { email: [result.refused!] })
  if ('taken' in result) return failure('conflict', 'Please correct the marked fields.', { email: [TAKEN] })
  revalidatePath('/(app)', 'layout') // the signed-in pages; the public ones by tag (lib/public-cache.ts)
  // A name is public (mentors of ideas, authors of posts): rare enough to drop the public cache whole.
  if (result.changed) revalidatePublic(PUBLIC_TAG)
  if (result.sent) {
    const delivered = await deliverEmailChange(result.sent, data.email)
    const saved = result.changed ? 'Your profile is saved. ' : ''
    return { ok: true, message: saved + sentMessage(data.email, delivered), data: { pendingEmail: data.email, ...demoLink(result.sent.link, delivered) } }
  }
  if (!result.changed) {
    return { ok: true, message: result.pendingKept ? `Nothing new to save: ${data.email} is waiting for confirmation.` : 'Nothing to save: your profile is as it was.' }
  }
  return { ok: true, message: 'Your profile is saved.' }
}

/** Sends the confirmation of a pending change again, with a fresh link; the previous link stops working. */
export async function resendEmailChange(_prev: ActionResult<EmailChangeSent>, _form: FormData): Promise<ActionResult<EmailChangeSent>> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  if (emailChangeDelivery() === 'none') return failure('conflict', NO_MAIL)
  const now = await getNow()
  const result = await db.$transaction(async (tx) => {
    const pending = await tx.emailChange.findUnique({ where: { userId: user.id }, select: { email: true } })
    if (!pending) return null
    return { email: pending.email, sent: await createEmailChange(tx, user, pending.email, now) }
  })
  if (!result) return failure('not_found', 'There is no change of address waiting for confirmation.')
  const delivered = await deliverEmailChange(result.sent, result.email)
  revalidatePath('/me/profile')
  return {
    ok: true,
    message: `${sentMessage(result.email, delivered)} The previous link no longer works.`,
    data: { pendingEmail: result.email, ...demoLink(result.sent.link, delivered) },
  }
}

/** Drops a pending change: its link stops working and the current address stays. */
export async function cancelEmailChange(_prev: ActionResult, _form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const cancelled = await db.$transaction(async (tx) => {
    const pending = await tx.emailChange.findUnique({ where: { userId: user.id }, select: { id: true, email: true, expiresAt: true } })
    if (!pending) return null
    await tx.emailChange.delete({ where: { id: pending.id } })
    await recordAudit(tx, { actorId: user.id, action: 'user.email.cancel', entity: 'EmailChange', entityId: pending.id, before: { email: pending.email, expiresAt: pending.expiresAt } })
    return pending
  })
  if (!cancelled) return failure('not_found', 'There is no change of address waiting for confirmation.')
  revalidatePath('/me/profile')
  return { ok: true, message: `The change to ${cancelled.email} is cancelled; its link no longer works. Your address stays ${user.email ?? 'as it was'}.` }
}

const INVALID_LINK = 'This confirmation link is not valid (any more). Each link works once, for 24 hours, and only for the account that asked; you can send a new one from your profile.'

/**
 * The button on /me/email/<token>: the account that asked, signed in, confirms the new address. It takes effect
 * at once, and all of this person's sessions end (this one too), as after any change of how they sign in.
 */
export async function confirmEmailChange(_prev: ActionResult<{ email: string }>, form: FormData): Promise<ActionResult<{ email: string }>> {
  const user = await getCurrentUser()
  const input = ConfirmEmailChange.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error, INVALID_LINK)
  if (!user) return failure('unauthenticated', 'Please sign in to the account that asked for the change first.')
  const now = await getNow()
  const result = await db.$transaction(async (tx) => {
    // One confirmation at a time per person.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`
    const change = await tx.emailChange.findUnique({ where: { tokenHash: hashEmailChangeToken(input.data.token) } })
    if (!change || change.userId !== user.id) return failure('not_found', INVALID_LINK)
    if (change.expiresAt <= now) return failure('closed', 'This confirmation link has expired. Send a new one from your profile.')
    const holder = await addressHolder(tx, change.email, user.id)
    if (holder?.emailVerified) {
      await tx.emailChange.delete({ where: { id: change.id } })
      return failure('conflict', `Another account confirmed ${change.email} in the meantime, so it cannot be yours here.`)
    }
    if (holder) {
      // A claim nobody proved gives way to the person who can read the mailbox.
      await tx.user.update({ where: { id: holder.id }, data: { email: null } })
      await recordAudit(tx, { actorId: user.id, action: 'user.email.release', entity: 'User', entityId: holder.id, before: { email: holder.email }, after: { email: null } })
    }
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })
    await tx.user.update({ where: { id: user.id }, data: { email: change.email, emailVerified: now } })
    await endSessions(tx, user.id)
    await tx.emailChange.delete({ where: { id: change.id } })
    await recordAudit(tx, { actorId: user.id, action: 'user.email.change', entity: 'User', entityId: user.id, before: { email: before.email }, after: { email: change.email } })
    return { ok: true as const, email: change.email }
  })
  if (!result.ok) return result
  revalidatePath('/(app)', 'layout') // the signed-in pages; the public ones by tag (lib/public-cache.ts)
  return {
    ok: true,
    message: `Your e-mail address is now ${result.email}. For your safety you were signed out everywhere: please sign in again.`,
    data: { email: result.email },
  }
}
