'use server'
// Admins edit the season's two letter templates (a template with an unknown merge field is refused beside the
// field) and write the held letters again from them. Saving a template rewrites the letters already held.
import { revalidatePath } from 'next/cache'
import { failure, formToObject, invalid, type ActionResult, type FieldErrors } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import { checkTemplate, LETTER_KIND_LABEL } from '@/lib/letters'
import { getNowIn } from '@/lib/organization'
import { revalidatePublic, tags } from '@/lib/public-cache'
import { afterConfirm } from '@/lib/season-close/after-confirm'
import { SaveLetterTemplate, SeasonOnly } from './schema'
import { hasStagedLetters, stageLetters } from './stage'

export async function saveLetterTemplate(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = SaveLetterTemplate.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'letters.manage', input.data.seasonId)
  if (!allowed.ok) return allowed
  const { seasonId, kind, subject, body } = input.data
  const errors: FieldErrors = {}
  for (const [field, text] of [['subject', subject], ['body', body]] as const) {
    const problems = checkTemplate(text, kind)
    if (problems.length) errors[field] = problems
  }
  if (Object.keys(errors).length) return failure('invalid', 'The letter has merge fields it cannot fill. Nothing was saved.', errors)

  const result = await db.$transaction(async (tx) => {
    const now = await getNowIn(tx)
    const season = await tx.season.findUniqueOrThrow({ where: { id: seasonId }, select: { slug: true } })
    const before = await tx.letterTemplate.findUnique({ where: { seasonId_kind: { seasonId, kind } } })
    if (before && before.subject === subject && before.body === body) return { changed: false, slug: season.slug, restaged: 0 }
    const row = await tx.letterTemplate.upsert({
      where: { seasonId_kind: { seasonId, kind } },
      create: { seasonId, kind, subject, body, updatedById: user!.id, updatedAt: now },
      update: { subject, body, updatedById: user!.id, updatedAt: now },
    })
    await recordAudit(tx, {
      at: now,
      actorId: user!.id,
      seasonId,
      action: 'letters.template',
      entity: 'LetterTemplate',
      entityId: row.id,
      before: before ? { kind, subject: before.subject, body: before.body } : undefined,
      after: { kind, subject, body },
    })
    // Letters already held are rewritten in the new words (never those that went out).
    const restaged = (await hasStagedLetters(tx, seasonId)) ? (await stageLetters(tx, seasonId, now)).written : 0
    return { changed: true, slug: season.slug, restaged }
  })
  if (!result.changed) return { ok: true, message: 'Nothing to save: the letter is unchanged.' }
  revalidatePath(`/seasons/${result.slug}/admin/letters`)
  revalidatePath(`/seasons/${result.slug}/admin/outbox`)
  const label = LETTER_KIND_LABEL[kind].toLowerCase()
  return {
    ok: true,
    message: `The “${label}” letter is saved.${result.restaged ? ` ${result.restaged} held letter${result.restaged === 1 ? ' was' : 's were'} written again from it.` : ''}`,
  }
}

/** Writes the held letters (and the post's draft, if missing) from the confirmed decisions, as confirming does. */
export async function stageSeasonLetters(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = SeasonOnly.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'letters.manage', input.data.seasonId)
  if (!allowed.ok) return allowed
  const { seasonId } = input.data
  const result = await db.$transaction(async (tx) => {
    const decided = await tx.proposal.count({ where: { seasonId, status: { in: ['ACCEPTED', 'REJECTED'] } } })
    if (decided === 0) return failure('conflict', 'No decisions yet: confirm the accepted set first, then the letters are written.')
    const now = await getNowIn(tx)
    await afterConfirm(tx, { seasonId, actorId: user!.id, now })
    const season = await tx.season.findUniqueOrThrow({ where: { id: seasonId }, select: { slug: true } })
    const held = await tx.outboxMail.count({ where: { seasonId, held: true, dedupeKey: { startsWith: `letter:${seasonId}:` } } })
    return { ok: true as const, slug: season.slug, held }
  })
  if (!result.ok) return result
  revalidatePath(`/seasons/${result.slug}/admin`, 'layout')
  // A scheduled accepted-students post may have been rewritten from the set (see afterConfirm).
  revalidatePublic(tags.announcements)
  return { ok: true, message: `The letters are written: ${result.held} letter${result.held === 1 ? '' : 's'} in the outbox, one per applicant.` }
}
