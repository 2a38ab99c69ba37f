// Reads of the mail outbox for the admin's outbox page. Callers must have passed season.administer.
// Each season's admins read the mail of their season only.
import 'server-only'
import { db } from '@/lib/db'
import { getNow } from '@/lib/organization'

export const OUTBOX_PAGE_SIZE = 50

/** Mails newest first, `OUTBOX_PAGE_SIZE` per page (page 1 is the newest); `held`: how many wait for release. */
export async function listOutboxMail(seasonId: string, page = 1) {
  const safePage = Number.isInteger(page) && page >= 1 ? page : 1
  const now = await getNow()
  const [total, held, mails] = await Promise.all([
    db.outboxMail.count({ where: { seasonId } }),
    db.outboxMail.count({
      where: { seasonId, held: true, sentAt: null, releasedAt: null, OR: [{ releaseAt: null }, { releaseAt: { gt: now } }] },
    }),
    db.outboxMail.findMany({
      where: { seasonId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (safePage - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
    }),
  ])
  return { total, held, page: safePage, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)), mails }
}
