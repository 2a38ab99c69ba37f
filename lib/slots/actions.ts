'use server'
// Admins file the organization's slot request (before the SLOT_REQUEST phase ends, by the app's clock) and record
// the slots granted. Each is a new row with who and when: the history is kept, never overwritten.
import { revalidatePath } from 'next/cache'
import { failure, formToObject, invalid, type ActionResult } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { db } from '@/lib/db'
import { getNow } from '@/lib/organization'
import { slotRequestDeadline } from './queries'
import { RecordAllocation, RequestSlots } from './schema'

export async function requestSlots(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = RequestSlots.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const { seasonId, minSlots, maxSlots, justification } = input.data
  const allowed = await authorize(user, 'slots.manage', seasonId)
  if (!allowed.ok) return allowed
  const now = await getNow()
  const phases = await db.seasonPhase.findMany({ where: { seasonId }, select: { kind: true, startsAt: true, endsAt: true } })
  const deadline = slotRequestDeadline(phases)
  if (deadline && now.getTime() > deadline.getTime()) {
    return failure('closed', `Slot requests closed on ${formatDateTime(deadline, user.timeZone)}; this one was not filed.`)
  }
  await db.$transaction(async (tx) => {
    const row = await tx.slotRequest.create({ data: { seasonId, minSlots, maxSlots, justification, requestedById: user.id, createdAt: now } })
    await recordAudit(tx, { at: now, actorId: user.id, seasonId, action: 'slots.request', entity: 'SlotRequest', entityId: row.id, after: row })
  })
  revalidatePath('/seasons', 'layout')
  return { ok: true, message: `Slot request filed: ${minSlots} to ${maxSlots}.` }
}

export async function recordSlotAllocation(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = RecordAllocation.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const { seasonId, granted, note } = input.data
  const allowed = await authorize(user, 'slots.manage', seasonId)
  if (!allowed.ok) return allowed
  if (granted > 0 && (await db.slotRequest.count({ where: { seasonId } })) === 0) {
    return failure('invalid', 'Please correct the marked fields.', { granted: ['File a slot request first: slots are only granted on a request.'] })
  }
  const now = await getNow()
  await db.$transaction(async (tx) => {
    const row = await tx.slotAllocation.create({ data: { seasonId, granted, note, recordedById: user.id, recordedAt: now } })
    await recordAudit(tx, { at: now, actorId: user.id, seasonId, action: 'slots.grant', entity: 'SlotAllocation', entityId: row.id, after: row })
  })
  revalidatePath('/seasons', 'layout')
  return { ok: true, message: `Recorded: ${granted} ${granted === 1 ? 'slot' : 'slots'} granted.` }
}
