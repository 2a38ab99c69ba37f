// The outbox's delivery on Postgres through a real SMTP server on loopback: every due mail goes out exactly once
// although the periodic run of several instances and the send right after an action race for it; a failed send is
// retried after a backoff, never at once and never twice; a mail whose stored copy withholds a secret is never
// re-sent from the row.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { deliverMail, retryDelaySeconds, WITHHELD } from '@/lib/mail'
import { dispatchDueMail } from '@/lib/outbox/dispatch'
import { smtpSink } from '../scripts/cluster/smtp-sink'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'

const sink = smtpSink(20_000 + (process.pid % 10_000))
let f: SeasonFixture

const queue = (count: number, prefix: string, extra: { body?: string } = {}) =>
  Promise.all(
    Array.from({ length: count }, (_, i) =>
      db.outboxMail.create({ data: { seasonId: f.season.id, to: `${prefix}-${i}@example.test`, subject: `${prefix} ${i}`, body: extra.body ?? `Mail ${i}.` } }),
    ),
  )
const copiesTo = (address: string) => sink.received.filter((mail) => mail.to.includes(address)).length

beforeAll(async () => {
  f = await createSeasonFixture()
  await sink.start()
})
afterEach(async () => {
  delete process.env.SMTP_URL
  // Other tests' mails must not be sent by this file's runs: everything still unsent here is closed off.
  await db.outboxMail.deleteMany({ where: { seasonId: f.season.id } })
})
afterAll(async () => {
  await sink.stop()
  await db.season.delete({ where: { id: f.season.id } })
})

describe('delivery', () => {
  it('sends each due mail once when two periodic runs and the sends after the actions race for them', async () => {
    process.env.SMTP_URL = sink.url
    const mails = await queue(12, 'race')
    await Promise.all([dispatchDueMail(), dispatchDueMail(), ...mails.map((mail) => deliverMail(mail.id))])
    for (const mail of mails) expect(copiesTo(mail.to), mail.to).toBe(1)
    expect(await db.outboxMail.count({ where: { id: { in: mails.map((m) => m.id) }, sentAt: null } })).toBe(0)
    // A later run finds nothing left to send.
    await dispatchDueMail()
    for (const mail of mails) expect(copiesTo(mail.to)).toBe(1)
  })

  it('retries a failed send after a backoff, not at once, and sends it once when the server is back', async () => {
    process.env.SMTP_URL = 'smtp://127.0.0.1:9' // nothing listens there
    const [mail] = await queue(1, 'retry')
    expect(await deliverMail(mail!.id)).toBe(false)
    const failed = await db.outboxMail.findUniqueOrThrow({ where: { id: mail!.id } })
    expect(failed).toMatchObject({ sentAt: null, attempts: 1, claimedAt: null })
    expect(failed.error).toBeTruthy()
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + (retryDelaySeconds(1) - 2) * 1000)
    // Before its next try, a run leaves it alone, even with the server back.
    process.env.SMTP_URL = sink.url
    expect(await dispatchDueMail()).toEqual({ released: 0, failed: 0 })
    expect(copiesTo(mail!.to)).toBe(0)
    // When the backoff has passed, a run sends it, once.
    await db.outboxMail.update({ where: { id: mail!.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } })
    await Promise.all([dispatchDueMail(), dispatchDueMail()])
    expect(copiesTo(mail!.to)).toBe(1)
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: mail!.id } })).toMatchObject({ error: null })
  })

  it('backs off longer after each failure, up to an hour', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([10, 20, 40, 80])
    expect(retryDelaySeconds(30)).toBe(3600)
  })

  it('never re-sends from the row a mail whose stored copy withholds a secret (the user asks for a new link)', async () => {
    process.env.SMTP_URL = sink.url
    const [mail] = await queue(1, 'secret', { body: `Your link: ${WITHHELD}` })
    await db.outboxMail.update({ where: { id: mail!.id }, data: { attempts: 1, error: 'connection refused' } })
    await dispatchDueMail()
    expect(copiesTo(mail!.to)).toBe(0)
  })

  it('without a mail server sends nothing and leaves the mail in the outbox', async () => {
    const [mail] = await queue(1, 'no-smtp')
    expect(await deliverMail(mail!.id)).toBe(false)
    await dispatchDueMail()
    expect(copiesTo(mail!.to)).toBe(0)
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: mail!.id } })).toMatchObject({ sentAt: null, attempts: 0 })
  })
})
