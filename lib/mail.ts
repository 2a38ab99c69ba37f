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
import { getNowIn } from './organization'

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

/** A failed send's next try, by the number of failures so far: 10 s, 20 s, 40 s … at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 10 * 2 ** Math.max(0, attempts - 1))
}

/** How long a claim on a mail holds (by the database's clock) before another run may take it again: a crash. */
export const CLAIM_LEASE_SECONDS = 300

/**
 * Delivers a queued mail; true when it went out. Failures are recorded on the row (with the next try, backing
 * off), never thrown. `message` is the full text as queued (with its secrets), which the stored row may no longer
 * hold. The row is claimed first, in one statement, so that the periodic dispatcher of this or another instance
 * never sends it a second time; a mail someone else holds or has sent is left alone.
 */
export async function deliverMail(id: string, message?: Pick<MailMessage, 'body'>): Promise<boolean> {
  if (!process.env.SMTP_URL) return false
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "OutboxMail" SET "claimedAt" = now()
    WHERE "id" = ${id} AND "sentAt" IS NULL
      AND ("claimedAt" IS NULL OR "claimedAt" < now() - make_interval(secs => ${CLAIM_LEASE_SECONDS}))
    RETURNING "id"`
  if (claimed.length === 0) return false
  return sendClaimed(id, message)
}

/** Sends a mail this run has claimed, and records the outcome (releasing the claim either way). */
export async function sendClaimed(id: string, message?: Pick<MailMessage, 'body'>): Promise<boolean> {
  const mail = await db.outboxMail.findUnique({ where: { id } })
  if (!mail || mail.sentAt) return Boolean(mail?.sentAt)
  try {
    await createTransport(process.env.SMTP_URL).sendMail({
      to: mail.to,
      from: process.env.EMAIL_FROM ?? 'Summer <no-reply@localhost>',
      subject: mail.subject,
      text: message?.body ?? mail.body,
    })
    const now = await getNowIn(db)
    await db.outboxMail.update({ where: { id }, data: { sentAt: now, error: null, claimedAt: null, ...(mail.held && !mail.releasedAt ? { releasedAt: now } : {}) } })
    return true
  } catch (error) {
    const attempts = mail.attempts + 1
    await db.$executeRaw`
      UPDATE "OutboxMail" SET "error" = ${(error as Error).message.slice(0, 500)}, "attempts" = ${attempts},
        "nextAttemptAt" = now() + make_interval(secs => ${retryDelaySeconds(attempts)}), "claimedAt" = NULL
      WHERE "id" = ${id}`
    return false
  }
}
