'use server'
// Admins edit a season's posts (Markdown) and schedule them: the publish time is typed in their time zone and
// stored in UTC; it must be in the future by the app's clock. Scheduling the accepted-students post is the one
// moment decisions become public: it moves the season's "Accepted students announced" phase to the post's time
// (lib/decisions.ts) and sets the held letters to go out then. A status post is generated from live figures.
import { revalidatePath } from 'next/cache'
import { failure, formToObject, invalid, type ActionResult, type FieldErrors } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import { DEFAULT_TIME_ZONE, formatDateTime, isValidTimeZone } from '@/lib/dates'
import { freeSlug, setLetterRelease } from '@/lib/letters/stage'
import { getNowIn } from '@/lib/organization'
import { dispatchSoon } from '@/lib/outbox/dispatch'
import { revalidatePublic, tags } from '@/lib/public-cache'
import { checkTimeline, parseLocalDateTime, toLocalInput } from '@/lib/seasons/schema'
import { liveSeasonFigures } from '@/lib/stats/queries'
import { GenerateStatusPost, SaveAnnouncement } from './schema'

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null)

export async function saveAnnouncement(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  const input = SaveAnnouncement.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'announcements.manage', input.data.seasonId)
  if (!allowed.ok) return allowed
  const { seasonId, id, title, body, publishAt: typed } = input.data
  const zone = user!.timeZone && isValidTimeZone(user!.timeZone) ? user!.timeZone : DEFAULT_TIME_ZONE

  const result = await db.$transaction(async (tx) => {
    const post = await tx.announcement.findFirst({ where: { id, seasonId } })
    if (!post) return failure('not_found', 'This season has no such announcement.')
    const now = await getNowIn(tx)
    const errors: FieldErrors = {}
    const wasPublic = post.publishAt !== null && post.publishAt <= now
    // A value the form shows unchanged keeps the stored instant (the input has minute precision).
    let publishAt: Date | null = null
    if (typed !== '') {
      publishAt = post.publishAt && typed === toLocalInput(post.publishAt, zone) ? post.publishAt : parseLocalDateTime(typed, zone)
      if (!publishAt) errors.publishAt = ['Enter a date and time, e.g. 2011-04-25 21:00.']
    }
    const timeChanged = !errors.publishAt && !sameInstant(publishAt, post.publishAt)
    if (timeChanged && wasPublic) {
      errors.publishAt = [`This post is public since ${formatDateTime(post.publishAt!, zone)}: its publish time can no longer change.`]
    } else if (timeChanged && publishAt && publishAt <= now) {
      errors.publishAt = [`Pick a time after now (${formatDateTime(now, zone)}): a post cannot be scheduled in the past.`]
    } else if (timeChanged && !publishAt && post.kind === 'ACCEPTED_STUDENTS') {
      errors.publishAt = ['The accepted-students post cannot go back to draft once scheduled (the decisions are due then): pick a later time instead.']
    }
    if (!errors.publishAt && timeChanged && publishAt && post.kind === 'ACCEPTED_STUDENTS') {
      // The post moves the "Accepted students announced" phase: the timeline must stay in order around it.
      const phases = await tx.seasonPhase.findMany({ where: { seasonId }, select: { kind: true, startsAt: true, endsAt: true } })
      const planned = [...phases.filter((p) => p.kind !== 'ACCEPTED_ANNOUNCED'), { kind: 'ACCEPTED_ANNOUNCED' as const, startsAt: publishAt, endsAt: null }]
      const order = checkTimeline(planned, zone)['phases.ACCEPTED_ANNOUNCED.startsAt']
      if (order?.length) errors.publishAt = order.map((message) => `The students are announced with this post: ${message}`)
    }
    if (Object.keys(errors).length) return failure('invalid', 'Please correct the marked fields. Nothing was saved.', errors)
    if (!timeChanged && post.title === title && post.body === body) return { ok: true as const, changed: false, post }

    const updated = await tx.announcement.update({ where: { id }, data: { title, body, publishAt, updatedAt: now } })
    await recordAudit(tx, {
      at: now,
      actorId: user!.id,
      seasonId,
      action: timeChanged ? (publishAt ? 'announcement.schedule' : 'announcement.unschedule') : 'announcement.update',
      entity: 'Announcement',
      entityId: id,
      before: { title: post.title, body: post.body, publishAt: post.publishAt },
      after: { title, body, publishAt },
    })
    let letters = 0
    if (timeChanged && publishAt && post.kind === 'ACCEPTED_STUDENTS') {
      // The decisions become public with the post, and the letters go out then.
      const phase = await tx.seasonPhase.findUnique({ where: { seasonId_kind: { seasonId, kind: 'ACCEPTED_ANNOUNCED' } } })
      const data = { startsAt: publishAt }
      const row = phase
        ? await tx.seasonPhase.update({ where: { id: phase.id }, data })
        : await tx.seasonPhase.create({ data: { seasonId, kind: 'ACCEPTED_ANNOUNCED', startsAt: publishAt, note: 'Accepted students are announced.' } })
      await recordAudit(tx, {
        at: now,
        actorId: user!.id,
        seasonId,
        action: phase ? 'season.phase.update' : 'season.phase.create',
        entity: 'SeasonPhase',
        entityId: row.id,
        before: phase ? { kind: phase.kind, startsAt: phase.startsAt } : undefined,
        after: { kind: 'ACCEPTED_ANNOUNCED', startsAt: publishAt },
      })
      letters = await setLetterRelease(tx, seasonId, publishAt, now)
    }
    return { ok: true as const, changed: true, post: updated, letters, zone }
  })
  if (!result.ok) return result
  if (!result.changed) return { ok: true, message: 'Nothing to save: the post is unchanged.' }
  revalidatePath('/', 'layout')
  revalidatePublic(tags.announcements, tags.seasons, tags.season(seasonId), tags.stats(seasonId))
  await dispatchSoon()
  const when = result.post.publishAt ? `scheduled for ${formatDateTime(result.post.publishAt, zone)}` : 'kept as a draft'
  const letters = result.letters ? ` ${result.letters} held mail${result.letters === 1 ? '' : 's'} go${result.letters === 1 ? 'es' : ''} out at that time.` : ''
  return { ok: true, message: `Saved: the post is ${when}.${letters}` }
}

/** A status post ("30 applications, 13 of our 20 ideas drew applications …") as a draft, from the rows as they are. */
export async function generateStatusPost(_prev: ActionResult<{ id: string }>, form: FormData): Promise<ActionResult<{ id: string }>> {
  const user = await getCurrentUser()
  const input = GenerateStatusPost.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const allowed = await authorize(user, 'announcements.manage', input.data.seasonId)
  if (!allowed.ok) return allowed
  const { seasonId } = input.data
  const { figures } = await liveSeasonFigures(seasonId)
  const result = await db.$transaction(async (tx) => {
    const now = await getNowIn(tx)
    const season = await tx.season.findUniqueOrThrow({ where: { id: seasonId }, select: { slug: true, title: true, organizationId: true } })
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
    const title = `${season.title}: ${plural(figures.applications, 'application')} received`
    const body = [
      `Applications for ${season.title} are in. Thank you to every student who wrote one.`,
      `We received **${plural(figures.applications, 'application')}**. ${figures.ideasThatReceivedApplications} of our ${figures.ideasListed} ideas drew applications, up to ${figures.mostApplicationsForOneIdea} for one idea, and ${plural(figures.mentors, 'mentor')} are now reading and scoring them.`,
      `The [season in figures](/seasons/${season.slug}/stats) has the count for every idea. We will announce the accepted students on this blog.`,
    ].join('\n\n')
    // One draft at a time: generating again refreshes the unpublished one.
    const draft = await tx.announcement.findFirst({ where: { seasonId, kind: 'STATUS', publishAt: null }, orderBy: { createdAt: 'desc' } })
    const post = draft
      ? await tx.announcement.update({ where: { id: draft.id }, data: { title, body, updatedAt: now } })
      : await tx.announcement.create({
          data: { organizationId: season.organizationId, seasonId, slug: await freeSlug(tx, title), title, body, kind: 'STATUS', publishAt: null, authorId: user!.id, createdAt: now, updatedAt: now },
        })
    await recordAudit(tx, {
      at: now,
      actorId: user!.id,
      seasonId,
      action: 'announcement.generate',
      entity: 'Announcement',
      entityId: post.id,
      before: draft ? { title: draft.title, body: draft.body } : undefined,
      after: { title, body, kind: 'STATUS' },
    })
    return { post, slug: season.slug, refreshed: Boolean(draft) }
  })
  revalidatePath(`/seasons/${result.slug}/admin/announcements`)
  return { ok: true, message: result.refreshed ? 'The status draft is written again from today’s figures.' : 'A status post is drafted from today’s figures.', data: { id: result.post.id } }
}
