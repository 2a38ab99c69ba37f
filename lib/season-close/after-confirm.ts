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

export type SeasonCloseContext = { seasonId: string; actorId: string; now: Date }

/** Stages the letters and drafts the accepted-students announcement (placeholder until the letters work lands). */
export async function afterConfirm(_tx: Prisma.TransactionClient, _context: SeasonCloseContext): Promise<void> {}

/** Drops the staged, unsent letters and the unpublished announcement draft (placeholder, as above). */
export async function resetSeasonClose(_tx: Prisma.TransactionClient, _context: SeasonCloseContext): Promise<void> {}
