// The one place that answers "may this user do X in this season?" for pages and server actions.
import 'server-only'
import { forbidden, redirect } from 'next/navigation'
import type { SeasonRoleKind } from '@/generated/prisma/enums'
import { getCurrentUser, type CurrentUser } from './auth'
import { db } from './db'
import { mayPerform, type SeasonAction } from './permissions'

export async function rolesInSeason(userId: string, seasonId: string): Promise<Set<SeasonRoleKind>> {
  const rows = await db.seasonRole.findMany({ where: { userId, seasonId }, select: { role: true } })
  return new Set(rows.map((r) => r.role))
}

export async function can(user: { id: string } | null, action: SeasonAction, seasonId: string): Promise<boolean> {
  if (!user) return false
  return mayPerform(await rolesInSeason(user.id, seasonId), action)
}

export type AuthzFailure = { ok: false; error: 'unauthenticated' | 'forbidden'; message: string }

/** For server actions: a typed failure instead of a throw, so the form can say what went wrong. */
export async function authorize(
  user: { id: string } | null,
  action: SeasonAction,
  seasonId: string,
): Promise<{ ok: true } | AuthzFailure> {
  if (!user) return { ok: false, error: 'unauthenticated', message: 'Please sign in first.' }
  return authorizeRoles(await rolesInSeason(user.id, seasonId), action)
}

/**
 * `authorize` for a caller that already read the signed-in user's roles in the season (in the same query as the
 * row it writes, as the autosave does): the same table, the same answer, one query fewer.
 */
export function authorizeRoles(roles: Iterable<SeasonRoleKind>, action: SeasonAction): { ok: true } | AuthzFailure {
  if (!mayPerform(roles, action)) {
    return { ok: false, error: 'forbidden', message: 'You do not have permission to do that in this season.' }
  }
  return { ok: true }
}

/** For pages: signed-out visitors go to sign in; signed-in people without the role get a 403 page. */
export async function requirePermission(action: SeasonAction, seasonId: string, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`)
  if (!(await can(user, action, seasonId))) forbidden()
  return user
}
