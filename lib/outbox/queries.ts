// Reads of the mail outbox for the admin's outbox page. Callers must have passed season.administer.
// Each season's admins read the mail of their season only.
import 'server-only'
import { db } from '@/lib/db'

export const OUTBOX_PAGE_SIZE = 50

/** Mails newest first, `OUTBOX_PAGE_SIZE` per page (page 1 is the newest). */
export async function listOutboxMail(seasonId: string, page = 1) {
  const safePage = Number.isInteger(page) && page >= 1 ? page : 1
  const [total, mails] = await Promise.all([
    db.outboxMail.count({ where: { seasonId } }),
    db.outboxMail.findMany({
      where: { seasonId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (safePage - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
    }),
  ])
  return { total, page: safePage, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)), mails }
}
