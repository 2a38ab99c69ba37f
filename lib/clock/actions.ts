'use server'
// Moves the organization's clock in the demo, so people can see a past season at any point of its timeline
// (applications open, after the deadline, ...). Outside the demo a real season runs on real time: pinning is
// refused, but "Back to real time" is allowed, so a clock left pinned in a database copied from a demo can be
// cleared (it is ignored there anyway, see lib/organization.ts).
import { revalidatePath } from 'next/cache'
import { revalidatePublic, tags } from '@/lib/public-cache'
import { failure, invalid, type ActionResult } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { effectiveNow } from '@/lib/clock'
import { formatDateTime } from '@/lib/dates'
import { db } from '@/lib/db'
import { isDemo } from '@/lib/demo'
import { dispatchSoon } from '@/lib/outbox/dispatch'
import { SetDemoClock } from './schema'

export async function setDemoClock(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = SetDemoClock.safeParse({ seasonId: form.get('seasonId'), at: form.get('at') })
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'season.administer', input.data.seasonId)
  if (!allowed.ok) return allowed
  const at = input.data.at === 'reset' ? null : new Date(input.data.at)
  if (at && !isDemo()) return failure('forbidden', 'The clock can only be moved in the demo.')
  await db.$transaction(async (tx) => {
    const season = await tx.season.findUniqueOrThrow({ where: { id: input.data.seasonId }, select: { organizationId: true } })
    const before = await tx.organization.findUniqueOrThrow({ where: { id: season.organizationId }, select: { clockOverride: true } })
    await tx.organization.update({ where: { id: season.organizationId }, data: { clockOverride: at } })
    // Stamped with the clock it sets, so the entry sits among the changes made at that moment.
    await recordAudit(tx, {
      at: effectiveNow(at),
      actorId: user!.id,
      seasonId: input.data.seasonId,
      action: 'organization.clock',
      entity: 'Organization',
      entityId: season.organizationId,
      before,
      after: { clockOverride: at },
    })
  })
  revalidatePath('/(app)', 'layout')
  // Cached public data holds no time, but every public page shows what is public at the clock's time: the pages
  // (tag clock) and the organization row that holds the clock are read again; the cached rows stay.
  revalidatePublic(tags.clock, tags.organization)
  // Moving the clock past a release time makes held letters due: release them now rather than on the next run.
  await dispatchSoon()
  return { ok: true, message: at ? `The app’s clock now reads ${formatDateTime(at, user!.timeZone)}.` : 'The app is back on real time.' }
}
