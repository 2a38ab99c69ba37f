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
