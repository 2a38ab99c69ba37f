// Who may do what in a season, as a table (pure). lib/authz.ts applies it to the signed-in user; every page
// and server action asks through there, so this table is the one place the rules live.
import type { SeasonRoleKind } from '@/generated/prisma/enums'

export const PERMISSIONS = {
  'season.administer': ['ADMIN'], // timeline, ideas, invitations, slots, announcements, the admin pages
  'idea.propose': ['ADMIN', 'MENTOR'],
  'proposal.review': ['ADMIN', 'MENTOR'], // read all proposals, score, comment privately
  'proposal.submit': ['STUDENT'],
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
