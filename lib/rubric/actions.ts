'use server'
// Admins edit the season's review rubric — add, change, reorder and remove criteria — until reviews start (the
// application deadline or the review phase, by the app's clock) or anyone has saved a review. Each write locks the
// season's row, checks that again inside its transaction, and records its audit entry there.
import { revalidatePath } from 'next/cache'
import type { z } from 'zod'
import type { Prisma } from '@/generated/prisma/client'
import { failure, formToObject, invalid, type ActionFailure, type ActionResult } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser, type CurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import { getNow } from '@/lib/organization'
import { rubricLockedMessage } from '@/lib/reviews/rules'
import { criterionKey, MoveCriterion, RemoveCriterion, RUBRIC_LIMITS, SaveCriterion } from './schema'

type Tx = Prisma.TransactionClient

const NOT_FOUND = 'There is no such criterion in this season’s rubric. Reload the page.'
const criterionFields = { id: true, key: true, label: true, description: true, minScore: true, maxScore: true, weight: true, position: true } as const

/** Locks the season (so two edits of its rubric queue up), then says why it may not change, or null. */
async function lockedMessage(tx: Tx, seasonId: string, now: Date, zone: string | null | undefined): Promise<string | null> {
  await tx.$queryRaw`SELECT id FROM "Season" WHERE id = ${seasonId} FOR UPDATE`
  const phases = await tx.seasonPhase.findMany({ where: { seasonId }, select: { kind: true, startsAt: true, endsAt: true } })
  const reviews = await tx.review.count({ where: { proposal: { seasonId } } })
  return rubricLockedMessage(phases, now, zone, reviews)
}

/** The criterion behind a form's id, and whether the signed-in user may edit its season's rubric. */
async function loadCriterion(criterionId: string) {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const criterion = await db.rubricCriterion.findUnique({ where: { id: criterionId }, select: { id: true, seasonId: true } })
  if (!criterion) return failure('not_found', NOT_FOUND)
  const allowed = await authorize(user, 'rubric.edit', criterion.seasonId)
  if (!allowed.ok) return allowed
  return { user, criterion }
}

/** Numbers the criteria 0, 1, 2… in the order given, writing only those whose place changed. */
async function renumber(tx: Tx, criteria: { id: string; position: number }[]) {
  for (const [position, c] of criteria.entries()) if (c.position !== position) await tx.rubricCriterion.update({ where: { id: c.id }, data: { position } })
}

/** The answer to a change: its failure, or its message once the season's pages are revalidated. */
function finish(outcome: ActionFailure | string): ActionResult {
  if (typeof outcome !== 'string') return outcome
  revalidatePath('/seasons', 'layout')
  return { ok: true, message: outcome }
}

/**
 * A change to one existing criterion: the form read, the editor and the criterion checked, then `change` run in a
 * transaction that holds the season's lock, refused (starting with `verb`) once the rubric is locked.
 */
async function changeCriterion<Input extends { criterionId: string }>(
  schema: z.ZodType<Input>,
  form: FormData,
  verb: string,
  change: (tx: Tx, input: Input, context: { user: CurrentUser; seasonId: string; criterionId: string; now: Date }) => Promise<ActionFailure | string>,
): Promise<ActionResult> {
  const input = schema.safeParse(formToObject(form))
  if (!input.success) {
    if (!(await getCurrentUser())) return failure('unauthenticated', 'Please sign in first.')
    return invalid(input.error, `${verb}: the form could not be read. Reload the page.`)
  }
  const loaded = await loadCriterion(input.data.criterionId)
  if ('ok' in loaded) return loaded
  const { user, criterion } = loaded
  const now = await getNow()
  const outcome = await db.$transaction(async (tx): Promise<ActionFailure | string> => {
    const locked = await lockedMessage(tx, criterion.seasonId, now, user.timeZone)
    if (locked) return failure('closed', `${verb}: ${locked}`)
    return change(tx, input.data, { user, seasonId: criterion.seasonId, criterionId: criterion.id, now })
  })
  return finish(outcome)
}

/** Adds a criterion at the end of the rubric, or changes one (its key, which scores refer to, stays). */
export async function saveCriterion(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = SaveCriterion.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error, 'Not saved: please correct the marked fields.')
  const { seasonId, criterionId, ...fields } = input.data
  const allowed = await authorize(user, 'rubric.edit', seasonId)
  if (!allowed.ok) return allowed
  const now = await getNow()
  const outcome = await db.$transaction(async (tx): Promise<ActionFailure | string> => {
    const locked = await lockedMessage(tx, seasonId, now, user.timeZone)
    if (locked) return failure('closed', `Not saved: ${locked}`)
    const criteria = await tx.rubricCriterion.findMany({ where: { seasonId }, select: criterionFields, orderBy: { position: 'asc' } })
    if (criterionId) {
      const before = criteria.find((c) => c.id === criterionId)
      if (!before) return failure('not_found', NOT_FOUND)
      const after = await tx.rubricCriterion.update({ where: { id: criterionId }, data: fields, select: criterionFields })
      await recordAudit(tx, { at: now, actorId: user.id, seasonId, action: 'rubric.update', entity: 'RubricCriterion', entityId: criterionId, before, after })
      return `“${after.label}” is saved.`
    }
    if (criteria.length >= RUBRIC_LIMITS.criteria) return failure('invalid', `Not added: a rubric has at most ${RUBRIC_LIMITS.criteria} criteria.`)
    const key = criterionKey(fields.label, new Set(criteria.map((c) => c.key)))
    const position = criteria.reduce((max, c) => Math.max(max, c.position + 1), 0)
    const created = await tx.rubricCriterion.create({ data: { seasonId, key, position, ...fields }, select: criterionFields })
    await recordAudit(tx, { at: now, actorId: user.id, seasonId, action: 'rubric.create', entity: 'RubricCriterion', entityId: created.id, after: created })
    return `“${created.label}” is added to the rubric.`
  })
  return finish(outcome)
}

/** Moves a criterion one place up or down; positions are renumbered 0, 1, 2… in the new order. */
export async function moveCriterion(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return changeCriterion(MoveCriterion, form, 'Not moved', async (tx, { direction }, { user, seasonId, criterionId, now }) => {
    const criteria = await tx.rubricCriterion.findMany({ where: { seasonId }, select: { id: true, label: true, position: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] })
    const from = criteria.findIndex((c) => c.id === criterionId)
    if (from < 0) return failure('not_found', NOT_FOUND)
    const to = from + (direction === 'up' ? -1 : 1)
    if (to < 0 || to >= criteria.length) return failure('conflict', `“${criteria[from]!.label}” is already ${direction === 'up' ? 'first' : 'last'}.`)
    const order = [...criteria]
    const [moved] = order.splice(from, 1)
    order.splice(to, 0, moved!)
    await renumber(tx, order)
    await recordAudit(tx, {
      at: now,
      actorId: user.id,
      seasonId,
      action: 'rubric.move',
      entity: 'RubricCriterion',
      entityId: criterionId,
      before: { label: moved!.label, order: criteria.map((c) => c.id) },
      after: { label: moved!.label, order: order.map((c) => c.id) },
    })
    return `“${moved!.label}” moved to position ${to + 1} of ${order.length}.`
  })
}

/** Removes a criterion from the rubric (no score refers to it yet: the rubric is editable only before reviews). */
export async function removeCriterion(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return changeCriterion(RemoveCriterion, form, 'Not removed', async (tx, _input, { user, seasonId, criterionId, now }) => {
    const before = await tx.rubricCriterion.findUnique({ where: { id: criterionId }, select: criterionFields })
    if (!before) return failure('not_found', NOT_FOUND)
    await tx.rubricCriterion.delete({ where: { id: criterionId } })
    await renumber(tx, await tx.rubricCriterion.findMany({ where: { seasonId }, select: { id: true, position: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] }))
    await recordAudit(tx, { at: now, actorId: user.id, seasonId, action: 'rubric.remove', entity: 'RubricCriterion', entityId: criterionId, before })
    return `“${before.label}” is removed from the rubric.`
  })
}
