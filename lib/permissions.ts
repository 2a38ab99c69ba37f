// Who may do what in a season, as a table (pure). lib/authz.ts applies it to the signed-in user; every page
// and server action asks through there, so this table is the one place the rules live.
import type { SeasonRoleKind } from '@/generated/prisma/enums'

export const PERMISSIONS = {
  'season.administer': ['ADMIN'], // timeline, ideas, invitations, slots, announcements, the admin pages
  'idea.propose': ['ADMIN', 'MENTOR'],
  'proposal.review': ['ADMIN', 'MENTOR'], // read all proposals, score, comment privately
  'proposal.submit': ['STUDENT'],
  'rubric.edit': ['ADMIN'], // the season's review criteria, until reviews start
  'review.score': ['ADMIN', 'MENTOR'], // save, change, withdraw one's own review (within the review window)
  'review.comment': ['ADMIN', 'MENTOR'], // comment among mentors or shared with the student
  'conflict.declare': ['ADMIN', 'MENTOR'], // declare one's own conflict with a proposal
  'conflict.manage': ['ADMIN'], // record or remove anyone's conflict with a proposal or a student
  'rank.manage': ['ADMIN'], // reorder the rank list, export it
  'discussion.settle': ['ADMIN'], // mark a proposal of the disagreement queue settled, with a note
  'slots.manage': ['ADMIN'], // file the slot request, record the slots granted
  'acceptedSet.manage': ['ADMIN'], // solve, edit and confirm the accepted set; record students lost to other organizations
  'letters.manage': ['ADMIN'], // edit the decision letters' templates, write the held letters again
  'announcements.manage': ['ADMIN'], // edit and schedule the season's posts (accepted students, status)
} as const satisfies Record<string, readonly SeasonRoleKind[]>

export type SeasonAction = keyof typeof PERMISSIONS

export function mayPerform(roles: Iterable<SeasonRoleKind>, action: SeasonAction): boolean {
  const allowed: readonly SeasonRoleKind[] = PERMISSIONS[action]
  for (const role of roles) if (allowed.includes(role)) return true
  return false
}

export type WriteEligibility =
  | { ok: true; joins: boolean } // joins: the user has no role yet and becomes the season's STUDENT
  | { ok: false; message: string }

/**
 * Conflict of interest: whoever mentors or administers a season reviews its proposals, so they may not write
 * any there. Anyone else may; a user with no role joins the season as a student with their first proposal.
 */
export function proposalWriteEligibility(roles: Iterable<SeasonRoleKind>): WriteEligibility {
  const held = new Set(roles)
  if (held.has('ADMIN') || held.has('MENTOR')) {
    const role = held.has('ADMIN') ? 'an admin' : 'a mentor'
    return {
      ok: false,
      message: `You are ${role} of this season, so you review its proposals and may not write one yourself (conflict of interest).`,
    }
  }
  return { ok: true, joins: !held.has('STUDENT') }
}

/**
 * What a person may see of one proposal's review (the rows are filtered by lib/reviews/queries.ts):
 * - 'none': not staff of the season (students, outsiders): nothing of the review at all;
 * - 'conflicted': staff with a conflict of interest: neither the proposal's reviews, scores, comments nor rank;
 * - 'own-only': a mentor who has not saved a review yet: their own draft of one and the comments, not others'
 *   scores, so the first score they read does not anchor theirs;
 * - 'full': everything (admins, and mentors once they have saved their review).
 */
export type ReviewAccess = 'none' | 'conflicted' | 'own-only' | 'full'

export function reviewAccess(roles: Iterable<SeasonRoleKind>, facts: { conflicted: boolean; reviewed: boolean }): ReviewAccess {
  const held = new Set(roles)
  if (!mayPerform(held, 'proposal.review')) return 'none'
  if (facts.conflicted) return 'conflicted'
  if (held.has('ADMIN') || facts.reviewed) return 'full'
  return 'own-only'
}
