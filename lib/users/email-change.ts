// A changed e-mail address takes effect only when the link mailed to the new address is opened by the account
// that asked (account pre-hijacking: nobody may claim an address they cannot read). The link carries a random
// token; only its SHA-256 hash is stored, and the outbox keeps the mail with the link withheld (lib/mail.ts).
import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import type { Prisma } from '@/generated/prisma/client'
import { recordAudit } from '@/lib/audit'
import { formatDateTime } from '@/lib/dates'
import { db } from '@/lib/db'
import { deliverMail, queueMail } from '@/lib/mail'
import { publicUrl } from '@/lib/public-url'

export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000

type Tx = Prisma.TransactionClient

export function hashEmailChangeToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

export function emailChangeLink(token: string): string {
  return publicUrl(`/me/email/${token}`)
}

/** How the confirmation can reach the new address: SMTP, the demo (link shown and logged), or not at all. */
export function emailChangeDelivery(): 'smtp' | 'demo' | 'none' {
  if (process.env.SMTP_URL) return 'smtp'
  return process.env.DEMO_SIGN_IN === 'true' ? 'demo' : 'none'
}

/** Another account that holds this address: verified (it blocks the change) or only claimed (it gives way). */
export async function addressHolder(tx: Tx, email: string, userId: string) {
  return tx.user.findFirst({
    where: { email: { equals: email, mode: 'insensitive' }, id: { not: userId } },
    select: { id: true, email: true, emailVerified: true },
    orderBy: { emailVerified: { sort: 'asc', nulls: 'last' } },
  })
}

/**
 * Replaces the person's pending change (if any) with a new one for `email` and queues its mail, in the caller's
 * transaction. Returns the token for the link (never stored) and the mail to deliver after the commit.
 */
export async function createEmailChange(tx: Tx, user: { id: string; name: string | null; email: string | null }, email: string, now: Date) {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_TTL_MS)
  const data = { email, tokenHash: hashEmailChangeToken(token), expiresAt, createdAt: now }
  const change = await tx.emailChange.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data }, update: data, select: { id: true } })
  const link = emailChangeLink(token)
  const body = [
    `Hello${user.name ? ` ${user.name}` : ''},`,
    '',
    `The account ${user.name ?? ''}${user.email ? ` (${user.email})` : ''} on ${publicUrl()} asked to use this address, ${email}, from now on.`,
    'To confirm, open this link while signed in to that account:',
    '',
    link,
    '',
    `The link works once and expires on ${formatDateTime(expiresAt, 'UTC')}. If you did not ask for this, ignore this mail: nothing changes without the link.`,
  ].join('\n')
  const mailId = await queueMail(tx, { to: email, subject: 'Confirm your new e-mail address', body, seasonId: null, secrets: [link], personal: true })
  await recordAudit(tx, { actorId: user.id, action: 'user.email.request', entity: 'EmailChange', entityId: change.id, after: { email, expiresAt } })
  return { token, link, mailId, body }
}

/** After the commit: sends the mail with its link (held in memory only). True when it went out. */
export async function deliverEmailChange(sent: { link: string; mailId: string; body: string }, to: string): Promise<boolean> {
  const delivered = await deliverMail(sent.mailId, { body: sent.body })
  if (!delivered && emailChangeDelivery() === 'demo') console.log(`summer: (demo, no SMTP) e-mail confirmation link for ${to}: ${sent.link}`)
  return delivered
}
