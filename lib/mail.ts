// Mail the app sends (invitations, notices). Every message is written to the outbox first; with SMTP_URL set it
// is then delivered and marked sent, otherwise it stays in the outbox page for admins to read and forward.
import 'server-only'
import { createTransport } from 'nodemailer'
import { db } from './db'

export async function sendMail(message: { to: string; subject: string; body: string }) {
  const row = await db.outboxMail.create({ data: message })
  if (!process.env.SMTP_URL) return { delivered: false as const, id: row.id }
  try {
    await createTransport(process.env.SMTP_URL).sendMail({
      to: message.to,
      from: process.env.EMAIL_FROM ?? 'Summer <no-reply@localhost>',
      subject: message.subject,
      text: message.body,
    })
    await db.outboxMail.update({ where: { id: row.id }, data: { sentAt: new Date() } })
    return { delivered: true as const, id: row.id }
  } catch (error) {
    await db.outboxMail.update({ where: { id: row.id }, data: { error: (error as Error).message.slice(0, 500) } })
    return { delivered: false as const, id: row.id }
  }
}
