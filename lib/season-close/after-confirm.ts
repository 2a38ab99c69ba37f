// What confirming the accepted set sets in motion besides the decisions themselves: the letters to every applicant
// (held in the outbox until the accepted-students announcement publishes) and the announcement's draft.
//
// Contract (issue 15), shared by the accepted-set work (lib/accepted-set actions, which call these) and the letters
// and announcing work (which implements them):
// - confirmAcceptedSet, in its transaction and after writing the decisions, calls `afterConfirm(tx, …)`. By then
//   every SUBMITTED proposal of the season is ACCEPTED or REJECTED with `decidedAt` = now (app clock), and every
//   accepted one has its Acceptance row (mentorId = primary mentor, backupMentorId, announcementAbstract).
// - `afterConfirm` must be idempotent: called again after an unchanged confirm it changes nothing; after a changed
//   set it restages what is not yet sent (exactly one letter per student, never a second after one went out).
// - The demo replay's reset calls `resetSeasonClose(tx, …)` to drop what afterConfirm staged and is not yet sent.
// - Decisions become public at the season's ACCEPTED_ANNOUNCED phase (lib/decisions.ts); scheduling the
//   accepted-students announcement moves that phase to the post's publish time.
import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import { draftAcceptedPost, dropStaged, stageLetters } from '@/lib/letters/stage'
import { recordAudit } from '@/lib/audit'

export type SeasonCloseContext = { seasonId: string; actorId: string; now: Date }

/**
 * Stages the letters (held until the accepted-students post publishes) and drafts that post. After its commit the
 * caller calls `revalidatePublic(tags.announcements)`: a post already scheduled may have been rewritten, and the
 * public cache holds scheduled posts until their time (inside the transaction it would be too early: a read before
 * the commit could cache the old text again).
 */
export async function afterConfirm(tx: Prisma.TransactionClient, context: SeasonCloseContext): Promise<void> {
  const { seasonId, actorId, now } = context
  // The post first: the letters take its publish time (if it was scheduled before this confirm) as theirs.
  const post = await draftAcceptedPost(tx, seasonId, actorId, now)
  const letters = await stageLetters(tx, seasonId, now)
  if (post.changed || letters.written || letters.removed) {
    await recordAudit(tx, {
      at: now,
      actorId,
      seasonId,
      action: 'letters.stage',
      entity: 'Season',
      entityId: seasonId,
      after: { lettersWritten: letters.written, lettersRemoved: letters.removed, postId: post.post.id, postRewritten: post.changed },
    })
  }
}

/** Drops the staged, unsent letters and the unpublished accepted-students post (the demo replay's reset). */
export async function resetSeasonClose(tx: Prisma.TransactionClient, context: SeasonCloseContext): Promise<void> {
  const { seasonId, actorId, now } = context
  const dropped = await dropStaged(tx, seasonId, now)
  if (dropped.mails || dropped.postRemoved) {
    await recordAudit(tx, { at: now, actorId, seasonId, action: 'letters.reset', entity: 'Season', entityId: seasonId, after: dropped })
  }
}
