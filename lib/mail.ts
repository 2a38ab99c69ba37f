// Mail the app sends (invitations, notices): a transactional outbox. A message is queued in the same
// transaction as the change it belongs to, so an invitation never exists without its mail or the other way
// round; after the commit, deliverMail sends it through SMTP when SMTP_URL is set and marks it sent.
// Without SMTP it stays in the outbox page, for admins to read and forward.
import 'server-only'
import { createTransport } from 'nodemailer'
import type { Prisma } from '@/generated/prisma/client'
import { db } from './db'
import { getNow, getNowIn } from './organization'

/** seasonId: whose admins read it in their outbox. */
export type MailMessage = { to: string; subject: string; body: string; seasonId: string | null }

/** at: the action's `now` (the app's clock), shown in the outbox as when the mail was written. */
export async function queueMail(tx: Prisma.TransactionClient, message: MailMessage, at?: Date): Promise<string> {
  const row = await tx.outboxMail.create({ data: { ...message, createdAt: at ?? (await getNowIn(tx)) }, select: { id: true } })
  return row.id
}

/** Delivers a queued mail; true when it went out. Failures are recorded on the row, never thrown. */
export async function deliverMail(id: string): Promise<boolean> {
  if (!process.env.SMTP_URL) return false
  const mail = await db.outboxMail.findUnique({ where: { id } })
  if (!mail || mail.sentAt) return Boolean(mail?.sentAt)
  try {
    await createTransport(process.env.SMTP_URL).sendMail({
      to: mail.to,
      from: process.env.EMAIL_FROM ?? 'Summer <no-reply@localhost>',
      subject: mail.subject,
      text: mail.body,
    })
    await db.outboxMail.update({ where: { id }, data: { sentAt: await getNow(), error: null } })
    return true
  } catch (error) {
    await db.outboxMail.update({ where: { id }, data: { error: (error as Error).message.slice(0, 500) } })
    return false
  }
}
