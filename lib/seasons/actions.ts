'use server'
// Admins edit the season's timeline (dates typed in their own time zone, stored in UTC) and its settings.
import { revalidatePath } from 'next/cache'
import { revalidatePublic, tags } from '@/lib/public-cache'
import type { PhaseKind } from '@/generated/prisma/enums'
import { failure, formToObject, invalid, type ActionResult, type FieldErrors } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import { PHASE_LABEL, PHASE_ORDER } from '@/lib/timeline'
import { checkTimeline, parseLocalDateTime, readTimelineForm, toLocalInput, UpdateSeasonSettings, UpdateTimeline, WINDOW_KINDS, type PlannedPhase } from './schema'

type PhaseRow = { id: string; kind: PhaseKind; startsAt: Date; endsAt: Date | null; note: string }
type Change = { kind: PhaseKind; current?: PhaseRow; startsAt: Date; endsAt: Date | null; note: string }

export async function updateTimeline(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = UpdateTimeline.safeParse(readTimelineForm(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'season.administer', input.data.seasonId)
  if (!allowed.ok) return allowed
  const { seasonId, timeZone: zone, phases: given } = input.data

  const result = await db.$transaction(async (tx) => {
    const season = await tx.season.findUniqueOrThrow({ where: { id: seasonId }, select: { slug: true, phases: true } })
    const existing = new Map(season.phases.map((p) => [p.kind, p]))
    const errors: FieldErrors = {}
    const add = (key: string, message: string) => (errors[key] ??= []).push(message)
    // A value the form shows unchanged keeps the stored instant (the inputs have minute precision).
    const instant = (value: string, stored: Date | null | undefined) =>
      stored && value === toLocalInput(stored, zone) ? stored : parseLocalDateTime(value, zone)

    const planned: PlannedPhase[] = []
    const changes: Change[] = []
    for (const kind of PHASE_ORDER) {
      const current = existing.get(kind)
      const fields = given[kind]
      if (!fields) {
        if (current) planned.push(current)
        continue
      }
      const key = `phases.${kind}`
      if (fields.startsAt === '') {
        if (current) add(`${key}.startsAt`, `${PHASE_LABEL[kind]} needs a start.`)
        else if (fields.endsAt || fields.note) add(`${key}.startsAt`, 'Enter a start to add this phase, or leave all its fields empty.')
        continue
      }
      const before = Object.keys(errors).length
      const startsAt = instant(fields.startsAt, current?.startsAt)
      if (!startsAt) add(`${key}.startsAt`, 'Enter a date and time, e.g. 2011-04-08 19:00.')
      // Windows need an end; a single moment keeps one only if it already had one (it may be cleared).
      const window = WINDOW_KINDS.has(kind)
      let endsAt: Date | null = null
      if (fields.endsAt === '') {
        if (window) add(`${key}.endsAt`, `${PHASE_LABEL[kind]} is a window: enter its end too.`)
      } else if (window || current?.endsAt) {
        endsAt = instant(fields.endsAt, current?.endsAt)
        if (!endsAt) add(`${key}.endsAt`, 'Enter a date and time, e.g. 2011-04-08 19:00.')
      }
      if (!startsAt || Object.keys(errors).length > before) continue
      planned.push({ kind, startsAt, endsAt })
      const changed =
        !current ||
        current.startsAt.getTime() !== startsAt.getTime() ||
        (current.endsAt?.getTime() ?? null) !== (endsAt?.getTime() ?? null) ||
        current.note !== fields.note
      if (changed) changes.push({ kind, current, startsAt, endsAt, note: fields.note })
    }
    for (const [key, messages] of Object.entries(checkTimeline(planned, zone))) for (const message of messages) add(key, message)
    if (Object.keys(errors).length) return failure('invalid', 'Please correct the marked fields. Nothing was saved.', errors)

    for (const change of changes) {
      const data = { startsAt: change.startsAt, endsAt: change.endsAt, note: change.note }
      if (change.current) {
        await tx.seasonPhase.update({ where: { id: change.current.id }, data })
        const { id: _id, ...before } = change.current
        await recordAudit(tx, { actorId: user!.id, seasonId, action: 'season.phase.update', entity: 'SeasonPhase', entityId: change.current.id, before, after: { kind: change.kind, ...data } })
      } else {
        const row = await tx.seasonPhase.create({ data: { seasonId, kind: change.kind, ...data } })
        await recordAudit(tx, { actorId: user!.id, seasonId, action: 'season.phase.create', entity: 'SeasonPhase', entityId: row.id, after: { kind: change.kind, ...data } })
      }
    }
    return { ok: true as const, slug: season.slug, changes }
  })
  if (!result.ok) return result
  if (result.changes.length === 0) return { ok: true, message: 'Nothing to save: the timeline is unchanged.' }
  // The season page, the home page and every deadline read the timeline.
  revalidatePath('/(app)', 'layout') // the signed-in pages; the public ones by tag (lib/public-cache.ts)
  revalidatePublic(tags.seasons, tags.season(input.data.seasonId), tags.announcements, tags.stats(input.data.seasonId))
  const names = result.changes.map((c) => PHASE_LABEL[c.kind]).join(', ')
  return { ok: true, message: `Timeline saved (${result.changes.length === 1 ? '1 phase' : `${result.changes.length} phases`} changed: ${names}).` }
}

export async function updateSeasonSettings(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = UpdateSeasonSettings.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'season.administer', input.data.seasonId)
  if (!allowed.ok) return allowed
  const { seasonId, ...after } = input.data
  const result = await db.$transaction(async (tx) => {
    const before = await tx.season.findUniqueOrThrow({ where: { id: seasonId }, select: { slug: true, maxProposalsPerStudent: true, allowOwnTopics: true } })
    const { slug, ...previous } = before
    if (previous.maxProposalsPerStudent === after.maxProposalsPerStudent && previous.allowOwnTopics === after.allowOwnTopics) {
      return { slug, changed: false }
    }
    await tx.season.update({ where: { id: seasonId }, data: after })
    await recordAudit(tx, { actorId: user!.id, seasonId, action: 'season.settings', entity: 'Season', entityId: seasonId, before: previous, after })
    return { slug, changed: true }
  })
  if (!result.changed) return { ok: true, message: 'Nothing to save: the settings are unchanged.' }
  revalidatePath('/(app)', 'layout') // the signed-in pages; the public ones by tag (lib/public-cache.ts)
  revalidatePublic(tags.seasons, tags.season(seasonId))
  return {
    ok: true,
    message: `Settings saved: up to ${after.maxProposalsPerStudent} proposal${after.maxProposalsPerStudent === 1 ? '' : 's'} per student; own topics ${after.allowOwnTopics ? 'allowed' : 'not allowed'}.`,
  }
}
