'use server'
// Admins set how many students each mentor takes this season, and take the mentor role away from someone
// who holds it by mistake (only while nothing in the season depends on it).
import { revalidatePath } from 'next/cache'
import { revalidatePublic, tags } from '@/lib/public-cache'
import { failure, formToObject, invalid, type ActionResult } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import { endSessions } from '@/lib/sessions'
import { RemoveMentor, SetMentorCapacity } from './schema'

export async function setMentorCapacity(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = SetMentorCapacity.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'season.administer', input.data.seasonId)
  if (!allowed.ok) return allowed
  const { seasonId, userId, capacity } = input.data
  const result = await db.$transaction(async (tx) => {
    const role = await tx.seasonRole.findUnique({
      where: { userId_seasonId_role: { userId, seasonId, role: 'MENTOR' } },
      select: { id: true, capacity: true, season: { select: { slug: true } }, user: { select: { name: true, email: true } } },
    })
    if (!role) return failure('not_found', 'That person is not a mentor of this season.')
    const name = role.user.name ?? role.user.email ?? 'This mentor'
    const students = await tx.acceptance.count({ where: { seasonId, mentorId: userId } })
    if (capacity < students) {
      return failure('conflict', `${name} already mentors ${students} accepted student${students === 1 ? '' : 's'}, so the capacity cannot be lower than ${students}.`, {
        capacity: [`At least ${students}.`],
      })
    }
    if (role.capacity === capacity) return { ok: true as const, slug: role.season.slug, message: `${name}’s capacity stays at ${capacity}.` }
    await tx.seasonRole.update({ where: { id: role.id }, data: { capacity } })
    await recordAudit(tx, {
      actorId: user!.id,
      seasonId,
      action: 'mentor.capacity',
      entity: 'SeasonRole',
      entityId: role.id,
      before: { capacity: role.capacity },
      after: { capacity },
    })
    return { ok: true as const, slug: role.season.slug, message: `${name} now takes up to ${capacity} student${capacity === 1 ? '' : 's'}.` }
  })
  if (!result.ok) return result
  revalidatePath(`/seasons/${result.slug}/admin`, 'layout')
  return { ok: true, message: result.message }
}

/** Takes the mentor role away; refused while the person is listed on an idea or mentors an accepted student. */
export async function removeMentor(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = RemoveMentor.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'season.administer', input.data.seasonId)
  if (!allowed.ok) return allowed
  const { seasonId, userId } = input.data
  const result = await db.$transaction(async (tx) => {
    const role = await tx.seasonRole.findUnique({
      where: { userId_seasonId_role: { userId, seasonId, role: 'MENTOR' } },
      select: { id: true, userId: true, seasonId: true, role: true, capacity: true, createdAt: true, season: { select: { slug: true } }, user: { select: { name: true, email: true } } },
    })
    if (!role) return failure('not_found', 'That person is not a mentor of this season.')
    const name = role.user.name ?? role.user.email ?? 'This mentor'
    const ideas = await tx.ideaMentor.count({ where: { userId, idea: { seasonId } } })
    const students = await tx.acceptance.count({ where: { seasonId, mentorId: userId } })
    if (students > 0) return failure('conflict', `${name} mentors ${students} accepted student${students === 1 ? '' : 's'} and cannot be removed.`)
    if (ideas > 0) return failure('conflict', `${name} is listed as a mentor of ${ideas} idea${ideas === 1 ? '' : 's'}; take them off first.`)
    await tx.seasonRole.delete({ where: { id: role.id } })
    // Taking a role away ends that person's sessions: they sign in again and see the season as they now may.
    await endSessions(tx, userId)
    const { season, user: _person, ...before } = role
    await recordAudit(tx, { actorId: user!.id, seasonId, action: 'mentor.remove', entity: 'SeasonRole', entityId: role.id, before })
    return { ok: true as const, slug: season.slug, name }
  })
  if (!result.ok) return result
  revalidatePath('/(app)', 'layout') // the signed-in pages; the public ones by tag (lib/public-cache.ts)
  revalidatePublic(tags.stats(seasonId))
  return { ok: true, message: `${result.name} is no longer a mentor of this season.` }
}
