// Releases held mail (the decision letters) once its release time has come by the app's clock. Several instances
// may run it at once: a run claims due rows with SELECT … FOR UPDATE SKIP LOCKED and stamps them (claimedAt, by
// the database's clock), so another run skips them; a claim older than CLAIM_LEASE (the instance crashed
// mid-delivery) is taken again. With SMTP_URL each claimed mail is delivered (deliverMail); without a mail server
// (the demo) a released mail simply leaves the hold and stays in the outbox to be read.
import 'server-only'
import { db } from '@/lib/db'
import { deliverMail } from '@/lib/mail'
import { getNowIn } from '@/lib/organization'

export const CLAIM_LEASE_SECONDS = 300
const BATCH = 50

/** Claims up to `limit` due held mails for this run; none that another run holds or released. */
export async function claimDueMail(now: Date, limit = BATCH): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboxMail"
      WHERE "held" AND "sentAt" IS NULL AND "releasedAt" IS NULL
        AND "releaseAt" IS NOT NULL AND "releaseAt" <= ${now}
        AND ("claimedAt" IS NULL OR "claimedAt" < now() - make_interval(secs => ${CLAIM_LEASE_SECONDS}))
      ORDER BY "releaseAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`
    const ids = rows.map((r) => r.id)
    if (ids.length) await tx.$executeRaw`UPDATE "OutboxMail" SET "claimedAt" = now() WHERE "id" = ANY(${ids})`
    return ids
  })
}

/**
 * One run: claims the due mails batch by batch and releases each (delivering it when a mail server is
 * configured), until none is left or `maxBatches` were done. Returns how many were released and how many failed.
 * Failures of delivery stay on the row (error) and are retried after the lease.
 */
export async function dispatchDueMail(options: { now?: Date; limit?: number; maxBatches?: number } = {}): Promise<{ released: number; failed: number }> {
  // The clock read straight from the database: this runs outside any request too (the periodic run).
  const now = options.now ?? (await getNowIn(db))
  const limit = options.limit ?? BATCH
  let released = 0
  let failed = 0
  for (let batch = 0; batch < (options.maxBatches ?? 20); batch++) {
    const ids = await claimDueMail(now, limit)
    for (const id of ids) {
      if (process.env.SMTP_URL) {
        const sent = await deliverMail(id)
        if (!sent) {
          failed += 1
          continue
        }
      }
      // Released by this claim only: a run whose lease ran out must not stamp a row another run took over.
      const { count } = await db.outboxMail.updateMany({ where: { id, releasedAt: null }, data: { releasedAt: now } })
      released += count
    }
    if (ids.length < limit) break
  }
  return { released, failed }
}

/** After an action that may have made mail due (scheduling, moving the demo clock): a run, never a failure. */
export async function dispatchSoon(): Promise<void> {
  try {
    await dispatchDueMail()
  } catch (error) {
    console.error('summer: releasing held mail failed; the next periodic run retries', error)
  }
}

let timer: ReturnType<typeof setInterval> | undefined

/** The periodic run (instrumentation.ts): every `seconds`, one run at a time in this process. */
export function startDispatcher(seconds = 30) {
  if (timer) return
  let running = false
  timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      await dispatchDueMail()
    } catch (error) {
      console.error('summer: releasing held mail failed; retrying on the next run', error)
    } finally {
      running = false
    }
  }, seconds * 1000)
  timer.unref?.()
}
