// The outbox's background work, run by every instance (periodically, and after actions that may have made mail
// due) and safe to run on several at once. It does two things:
// - releases held mail (the decision letters) once its release time has come by the app's clock, and
// - with a mail server (SMTP_URL), delivers every due mail: released held mail, and mail whose delivery right after
//   its action failed (retried with backoff: lib/mail.ts retryDelaySeconds). A mail whose stored copy withholds
//   a secret (a sign-in or invitation link) cannot be sent again from the row and is left for its user to ask anew.
// A run claims due rows with SELECT … FOR UPDATE SKIP LOCKED and stamps them (claimedAt, by the database's clock),
// so another run — or deliverMail right after an action — skips them; a claim older than the lease (the instance
// crashed mid-delivery) is taken again. Without a mail server (the demo) a released mail simply leaves the hold
// and stays in the outbox to be read.
import 'server-only'
import { db } from '@/lib/db'
import { CLAIM_LEASE_SECONDS, sendClaimed, WITHHELD } from '@/lib/mail'
import { getNowIn } from '@/lib/organization'

export { CLAIM_LEASE_SECONDS }
const BATCH = 50

/** Claims up to `limit` due mails for this run; none that another run holds, sent or released. */
export async function claimDueMail(now: Date, limit = BATCH): Promise<string[]> {
  const delivering = Boolean(process.env.SMTP_URL)
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "OutboxMail"
      WHERE "sentAt" IS NULL
        AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= now())
        AND ("claimedAt" IS NULL OR "claimedAt" < now() - make_interval(secs => ${CLAIM_LEASE_SECONDS}))
        AND (
          ("held" AND "releasedAt" IS NULL AND "releaseAt" IS NOT NULL AND "releaseAt" <= ${now})
          OR (${delivering} AND (NOT "held" OR "releasedAt" IS NOT NULL)
              AND strpos("body", ${WITHHELD}) = 0)
        )
      ORDER BY coalesce("releaseAt", "createdAt"), "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`
    const ids = rows.map((r) => r.id)
    if (ids.length) await tx.$executeRaw`UPDATE "OutboxMail" SET "claimedAt" = now() WHERE "id" = ANY(${ids})`
    return ids
  })
}

/**
 * One run: claims the due mails batch by batch, releases the held ones and (with a mail server) delivers them,
 * until none is left or `maxBatches` were done. Returns how many were released or sent, and how many sends failed
 * (those stay on the row with their error, and are tried again after a backoff).
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
        if (await sendClaimed(id)) released += 1
        else failed += 1
        continue
      }
      // Released by this claim only: a run whose lease ran out must not stamp a row another run took over.
      const { count } = await db.outboxMail.updateMany({ where: { id, releasedAt: null }, data: { releasedAt: now, claimedAt: null } })
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
export function startDispatcher(seconds = Number(process.env.OUTBOX_DISPATCH_SECONDS) || 30) {
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
