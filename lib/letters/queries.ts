// Reads for the admin's letters page (callers have passed letters.manage): the two templates, the season's real
// applicants with their merge values for the preview, and how many letters are held or out.
import 'server-only'
import { db } from '@/lib/db'
import { getNow } from '@/lib/organization'
import { applicantLetters, findAcceptedPost, letterTemplates } from './stage'

export async function getLettersAdmin(seasonId: string) {
  const [now, templates, applicants, decided, letters, post] = await Promise.all([
    getNow(),
    letterTemplates(db, seasonId),
    applicantLetters(db, seasonId),
    db.proposal.count({ where: { seasonId, status: { in: ['ACCEPTED', 'REJECTED'] } } }),
    db.outboxMail.findMany({ where: { seasonId, dedupeKey: { startsWith: `letter:${seasonId}:` } }, select: { sentAt: true, releasedAt: true, releaseAt: true } }),
    findAcceptedPost(db, seasonId),
  ])
  const out = letters.filter((m) => m.sentAt || m.releasedAt || (m.releaseAt && m.releaseAt <= now)).length
  return {
    templates,
    applicants,
    decided: decided > 0,
    letters: { total: letters.length, held: letters.length - out, out },
    releaseAt: post?.publishAt ?? null,
  }
}
