// Mail the app sends (invitations, notices): a transactional outbox. A message is queued in the same
// transaction as the change it belongs to, so an invitation never exists without its mail or the other way
// round; after the commit, deliverMail sends it through SMTP when SMTP_URL is set and marks it sent.
// Without SMTP it stays in the outbox page, for admins to read and forward.
// A mail's secrets (an invitation's token) live in the mail alone: the stored copy has them withheld, and the
// full text is handed to deliverMail from memory. Only the demo without SMTP, whose outbox is its mailbox (the
// admin copies the link from there), stores them.
import 'server-only'
import { createTransport } from 'nodemailer'
import type { Prisma } from '@/generated/prisma/client'
import { db } from './db'
import { getNow, getNowIn } from './organization'

/**
 * seasonId: whose admins read it in their outbox. secrets: parts of the body (tokens) that only the mail itself
 * may carry; the outbox keeps the body with each one replaced by WITHHELD.
 */
export type MailMessage = {
  to: string
  subject: string
  body: string
  seasonId: string | null
  secrets?: string[]
  /** Withhold the secrets even in the demo's outbox (a personal link no admin may read, e.g. an e-mail change). */
  personal?: boolean
}

export const WITHHELD = '[withheld: only in the mail]'

/** True when the outbox keeps mails whole: the demo without a mail server, where it stands in for a mailbox. */
export function outboxKeepsSecrets(): boolean {
  return process.env.DEMO_SIGN_IN === 'true' && !process.env.SMTP_URL
}

/** The body as the outbox stores it. */
export function storedBody(message: Pick<MailMessage, 'body' | 'secrets' | 'personal'>): string {
  if (outboxKeepsSecrets() && !message.personal) return message.body
  return (message.secrets ?? []).filter(Boolean).reduce((body, secret) => body.replaceAll(secret, WITHHELD), message.body)
}

/** at: the action's `now` (the app's clock), shown in the outbox as when the mail was written. */
export async function queueMail(tx: Prisma.TransactionClient, message: MailMessage, at?: Date): Promise<string> {
  const { secrets: _secrets, personal: _personal, ...data } = message
  const row = await tx.outboxMail.create({ data: { ...data, body: storedBody(message), createdAt: at ?? (await getNowIn(tx)) }, select: { id: true } })
  return row.id
}

/**
 * Delivers a queued mail; true when it went out. Failures are recorded on the row, never thrown. `message` is
 * the full text as queued (with its secrets), which the stored row may no longer hold.
 */
export async function deliverMail(id: string, message?: Pick<MailMessage, 'body'>): Promise<boolean> {
  if (!process.env.SMTP_URL) return false
  const mail = await db.outboxMail.findUnique({ where: { id } })
  if (!mail || mail.sentAt) return Boolean(mail?.sentAt)
  try {
    await createTransport(process.env.SMTP_URL).sendMail({
      to: mail.to,
      from: process.env.EMAIL_FROM ?? 'Summer <no-reply@localhost>',
      subject: mail.subject,
      text: message?.body ?? mail.body,
    })
    await db.outboxMail.update({ where: { id }, data: { sentAt: await getNow(), error: null } })
    return true
  } catch (error) {
    await db.outboxMail.update({ where: { id }, data: { error: (error as Error).message.slice(0, 500) } })
    return false
  }
}
