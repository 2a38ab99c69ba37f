'use server'
// Writes of ideas. Admins create, edit, publish, archive and restore any idea of their season; mentors propose
// ideas (status PROPOSED, not public) and may change their own proposal until an admin approves or rejects it.
// Every change is audited with the idea before and after, mentors included.
import { revalidatePath } from 'next/cache'
import { revalidatePublic, tags } from '@/lib/public-cache'
import { failure, formToObject, invalid, type ActionFailure, type ActionResult } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { nextStamp } from '@/lib/clock'
import { getNow } from '@/lib/organization'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import type { Prisma } from '@/generated/prisma/client'
import type { IdeaStatus } from '@/generated/prisma/enums'
import { CreateIdea, IdeaRef, ProposeIdea, UpdateIdea, UpdateProposedIdea, type IdeaInput } from './schema'
import { firstFreeSlug, slugify } from './slug'

type Tx = Prisma.TransactionClient
export type IdeaSaved = { id: string; slug: string }

const NOT_FOUND = 'There is no such idea in this season.'
const TAKEN = 'Another idea of this season already uses this slug: choose another one.'

/** The audited picture of an idea: its fields and its mentors. */
async function auditView(tx: Tx, ideaId: string) {
  const idea = await tx.idea.findUniqueOrThrow({
    where: { id: ideaId },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      skills: true,
      difficulty: true,
      expectedHours: true,
      capacity: true,
      status: true,
      proposedById: true,
      updatedAt: true,
      mentors: { select: { userId: true }, orderBy: { createdAt: 'asc' } },
    },
  })
  const { mentors, ...rest } = idea
  return { ...rest, mentorIds: mentors.map((m) => m.userId) }
}

/**
 * Mentors must hold the MENTOR role in this season. Exempt: the proposer (attached whatever their role) and, on an
 * edit, mentors already attached (a mentor whose role was removed is not dropped by an unrelated save).
 */
async function refuseForeignMentors(tx: Tx, seasonId: string, mentorIds: string[], exempt: string[] = []): Promise<ActionFailure | null> {
  const wanted = mentorIds.filter((id) => !exempt.includes(id))
  if (wanted.length === 0) return null
  const found = await tx.seasonRole.count({ where: { seasonId, role: 'MENTOR', userId: { in: wanted } } })
  if (found === wanted.length) return null
  return failure('invalid', 'Please correct the marked fields.', { mentorIds: ['Choose mentors from this season’s list of mentors.'] })
}

/** The slug to store: the one asked for (refused when another idea has it), or one derived from the title. */
async function resolveSlug(tx: Tx, seasonId: string, title: string, asked: string | undefined, selfId?: string): Promise<{ slug: string } | ActionFailure> {
  if (asked) {
    const other = await tx.idea.findFirst({ where: { seasonId, slug: asked, ...(selfId ? { id: { not: selfId } } : {}) }, select: { id: true } })
    return other ? failure('invalid', 'Please correct the marked fields.', { slug: [TAKEN] }) : { slug: asked }
  }
  const base = slugify(title)
  const rows = await tx.idea.findMany({
    where: { seasonId, slug: { startsWith: base }, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { slug: true },
  })
  return { slug: firstFreeSlug(base, new Set(rows.map((r) => r.slug))) }
}

function ideaData(input: IdeaInput) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    skills: input.skills,
    difficulty: input.difficulty,
    expectedHours: input.expectedHours,
    capacity: input.capacity,
  }
}

/** Makes the idea's mentors exactly `mentorIds`, keeping the rows (and so the order) of those who stay. */
async function setMentors(tx: Tx, ideaId: string, mentorIds: string[]) {
  await tx.ideaMentor.deleteMany({ where: { ideaId, userId: { notIn: mentorIds } } })
  await tx.ideaMentor.createMany({ data: mentorIds.map((userId) => ({ ideaId, userId })), skipDuplicates: true })
}

/** A unique-constraint race (two saves of one slug at once) reads as the slug being taken. */
function isSlugClash(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002'
}

function stale(version: string | undefined, updatedAt: Date): boolean {
  return Boolean(version) && version !== updatedAt.toISOString()
}

const STALE = failure(
  'conflict',
  'Someone else changed this idea since you opened it. Reload the page to see their version, then make your changes again.',
)

async function revalidateSeason(seasonId: string) {
  // The ideas list and pages, and the figures (ideas listed, applications per idea).
  revalidatePublic(tags.ideas(seasonId), tags.stats(seasonId))
  const season = await db.season.findUnique({ where: { id: seasonId }, select: { slug: true } })
  if (season) revalidatePath(`/seasons/${season.slug}`, 'layout')
  revalidatePath('/')
}

type Outcome = { ok: true; saved: IdeaSaved } | ActionFailure

async function run(work: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await work()
  } catch (error) {
    if (isSlugClash(error)) return failure('invalid', 'Please correct the marked fields.', { slug: [TAKEN] })
    throw error
  }
}

// ---------------------------------------------------------------- admins

/** A new idea, as a draft: not public until it is published. */
export async function createIdea(_prev: ActionResult<IdeaSaved>, form: FormData): Promise<ActionResult<IdeaSaved>> {
  const user = await getCurrentUser()
  const input = CreateIdea.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const { seasonId } = input.data
  const allowed = await authorize(user, 'season.administer', seasonId)
  if (!allowed.ok) return allowed
  const now = await getNow()
  const outcome = await run(() =>
    db.$transaction(async (tx): Promise<Outcome> => {
      const refused = await refuseForeignMentors(tx, seasonId, input.data.mentorIds)
      if (refused) return refused
      const slug = await resolveSlug(tx, seasonId, input.data.title, input.data.slug)
      if ('ok' in slug) return slug
      const idea = await tx.idea.create({
        data: {
          seasonId,
          slug: slug.slug,
          status: 'DRAFT',
          ...ideaData(input.data),
          createdAt: now,
          updatedAt: now,
          mentors: { create: input.data.mentorIds.map((userId) => ({ userId, createdAt: now })) },
        },
      })
      await recordAudit(tx, { at: now, actorId: user!.id, seasonId, action: 'idea.create', entity: 'Idea', entityId: idea.id, after: await auditView(tx, idea.id) })
      return { ok: true, saved: { id: idea.id, slug: idea.slug } }
    }),
  )
  if (!outcome.ok) return outcome
  await revalidateSeason(seasonId)
  return { ok: true, message: `Created “${input.data.title}” as a draft. It is not public until you publish it.`, data: outcome.saved }
}

/** Any field of any idea of the season, in any status. */
export async function updateIdea(_prev: ActionResult<IdeaSaved>, form: FormData): Promise<ActionResult<IdeaSaved>> {
  const user = await getCurrentUser()
  const input = UpdateIdea.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const { seasonId, ideaId } = input.data
  const allowed = await authorize(user, 'season.administer', seasonId)
  if (!allowed.ok) return allowed
  const now = await getNow()
  const outcome = await run(() =>
    db.$transaction(async (tx): Promise<Outcome> => {
      const current = await tx.idea.findFirst({ where: { id: ideaId, seasonId }, select: { id: true, updatedAt: true, mentors: { select: { userId: true } } } })
      if (!current) return failure('not_found', NOT_FOUND)
      if (stale(input.data.version, current.updatedAt)) return STALE
      const refused = await refuseForeignMentors(tx, seasonId, input.data.mentorIds, current.mentors.map((m) => m.userId))
      if (refused) return refused
      const slug = await resolveSlug(tx, seasonId, input.data.title, input.data.slug, ideaId)
      if ('ok' in slug) return slug
      const before = await auditView(tx, ideaId)
      await tx.idea.update({ where: { id: ideaId }, data: { slug: slug.slug, ...ideaData(input.data), updatedAt: nextStamp(now, current.updatedAt) } })
      await setMentors(tx, ideaId, input.data.mentorIds)
      await recordAudit(tx, { at: now, actorId: user!.id, seasonId, action: 'idea.update', entity: 'Idea', entityId: ideaId, before, after: await auditView(tx, ideaId) })
      return { ok: true, saved: { id: ideaId, slug: slug.slug } }
    }),
  )
  if (!outcome.ok) return outcome
  await revalidateSeason(seasonId)
  return { ok: true, message: 'Your changes are saved.', data: outcome.saved }
}

const TRANSITIONS = {
  publish: { from: ['DRAFT', 'PROPOSED'], to: 'PUBLISHED', audit: 'idea.publish' },
  archive: { from: ['DRAFT', 'PROPOSED', 'PUBLISHED'], to: 'ARCHIVED', audit: 'idea.archive' },
  restore: { from: ['ARCHIVED'], to: 'DRAFT', audit: 'idea.restore' },
} as const satisfies Record<string, { from: IdeaStatus[]; to: IdeaStatus; audit: string }>

const REFUSED_TRANSITION: Record<keyof typeof TRANSITIONS, Partial<Record<IdeaStatus, string>>> = {
  publish: { PUBLISHED: 'This idea is already published.', ARCHIVED: 'This idea is archived: restore it to a draft before publishing it.' },
  archive: { ARCHIVED: 'This idea is already archived.' },
  restore: { DRAFT: 'Only archived ideas can be restored; this one is a draft.', PROPOSED: 'Only archived ideas can be restored; this one awaits approval.', PUBLISHED: 'Only archived ideas can be restored; this one is published.' },
}

async function changeStatus(kind: keyof typeof TRANSITIONS, form: FormData): Promise<ActionResult<IdeaSaved>> {
  const user = await getCurrentUser()
  const input = IdeaRef.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const { seasonId, ideaId } = input.data
  const allowed = await authorize(user, 'season.administer', seasonId)
  if (!allowed.ok) return allowed
  const rule = TRANSITIONS[kind]
  const now = await getNow()
  const outcome = await db.$transaction(async (tx) => {
    const idea = await tx.idea.findFirst({ where: { id: ideaId, seasonId }, select: { id: true, slug: true, title: true, status: true, publishedAt: true, updatedAt: true } })
    if (!idea) return failure('not_found', NOT_FOUND)
    if (!(rule.from as readonly IdeaStatus[]).includes(idea.status)) return failure('conflict', REFUSED_TRANSITION[kind][idea.status] ?? 'This idea cannot make that change.')
    const before = await auditView(tx, ideaId)
    // The first publication is what the season's figures count as "listed"; a later re-publication keeps it.
    const publishedAt = rule.to === 'PUBLISHED' ? (idea.publishedAt ?? now) : idea.publishedAt
    await tx.idea.update({ where: { id: ideaId }, data: { status: rule.to, publishedAt, updatedAt: nextStamp(now, idea.updatedAt) } })
    await recordAudit(tx, { at: now, actorId: user!.id, seasonId, action: rule.audit, entity: 'Idea', entityId: ideaId, before, after: await auditView(tx, ideaId) })
    return { ok: true as const, idea, was: idea.status }
  })
  if (!outcome.ok) return outcome
  await revalidateSeason(seasonId)
  const title = `“${outcome.idea.title}”`
  const message = {
    publish: outcome.was === 'PROPOSED' ? `Approved and published ${title}: it is now on the public idea list.` : `Published ${title}: it is now on the public idea list.`,
    archive: outcome.was === 'PROPOSED' ? `Rejected ${title}: it is archived and was never public.` : `Archived ${title}: it is no longer on the public pages.`,
    restore: `Restored ${title} to a draft.`,
  }[kind]
  return { ok: true, message, data: { id: ideaId, slug: outcome.idea.slug } }
}

/** DRAFT or PROPOSED → PUBLISHED (for a mentor's proposal: "approve and publish"). */
export async function publishIdea(_prev: ActionResult<IdeaSaved>, form: FormData): Promise<ActionResult<IdeaSaved>> {
  return changeStatus('publish', form)
}

/** Any status → ARCHIVED: off the public pages (for a mentor's proposal: "reject"). */
export async function archiveIdea(_prev: ActionResult<IdeaSaved>, form: FormData): Promise<ActionResult<IdeaSaved>> {
  return changeStatus('archive', form)
}

/** ARCHIVED → DRAFT. */
export async function restoreIdea(_prev: ActionResult<IdeaSaved>, form: FormData): Promise<ActionResult<IdeaSaved>> {
  return changeStatus('restore', form)
}

// ---------------------------------------------------------------- mentors

/** A mentor's idea for the season: PROPOSED, with the proposer among its mentors, public once an admin approves. */
export async function proposeIdea(_prev: ActionResult<IdeaSaved>, form: FormData): Promise<ActionResult<IdeaSaved>> {
  const user = await getCurrentUser()
  const input = ProposeIdea.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const { seasonId } = input.data
  const allowed = await authorize(user, 'idea.propose', seasonId)
  if (!allowed.ok) return allowed
  const mentorIds = [user!.id, ...input.data.mentorIds.filter((id) => id !== user!.id)]
  const now = await getNow()
  const outcome = await run(() =>
    db.$transaction(async (tx): Promise<Outcome> => {
      const refused = await refuseForeignMentors(tx, seasonId, mentorIds, [user!.id])
      if (refused) return refused
      const slug = await resolveSlug(tx, seasonId, input.data.title, undefined)
      if ('ok' in slug) return slug
      const idea = await tx.idea.create({
        data: {
          seasonId,
          slug: slug.slug,
          status: 'PROPOSED',
          proposedById: user!.id,
          ...ideaData(input.data),
          createdAt: now,
          updatedAt: now,
          mentors: { create: mentorIds.map((userId) => ({ userId, createdAt: now })) },
        },
      })
      await recordAudit(tx, { at: now, actorId: user!.id, seasonId, action: 'idea.propose', entity: 'Idea', entityId: idea.id, after: await auditView(tx, idea.id) })
      return { ok: true, saved: { id: idea.id, slug: idea.slug } }
    }),
  )
  if (!outcome.ok) return outcome
  await revalidateSeason(seasonId)
  return { ok: true, message: `Thank you: “${input.data.title}” is sent to the season’s admins. It becomes public once they approve it.`, data: outcome.saved }
}

/** The proposer changes their idea while it awaits approval; afterwards only admins may change it. */
export async function updateProposedIdea(_prev: ActionResult<IdeaSaved>, form: FormData): Promise<ActionResult<IdeaSaved>> {
  const user = await getCurrentUser()
  const input = UpdateProposedIdea.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const { seasonId, ideaId } = input.data
  const allowed = await authorize(user, 'idea.propose', seasonId)
  if (!allowed.ok) return allowed
  const mentorIds = [user!.id, ...input.data.mentorIds.filter((id) => id !== user!.id)]
  const now = await getNow()
  const outcome = await run(() =>
    db.$transaction(async (tx): Promise<Outcome> => {
      const current = await tx.idea.findFirst({
        where: { id: ideaId, seasonId },
        select: { id: true, slug: true, status: true, proposedById: true, updatedAt: true, mentors: { select: { userId: true } } },
      })
      if (!current) return failure('not_found', NOT_FOUND)
      if (current.proposedById !== user!.id) return failure('forbidden', 'You can only change ideas you proposed yourself.')
      if (current.status !== 'PROPOSED') return failure('forbidden', 'This idea is no longer waiting for approval: only the season’s admins can change it now.')
      if (stale(input.data.version, current.updatedAt)) return STALE
      const refused = await refuseForeignMentors(tx, seasonId, mentorIds, [user!.id, ...current.mentors.map((m) => m.userId)])
      if (refused) return refused
      const before = await auditView(tx, ideaId)
      await tx.idea.update({ where: { id: ideaId }, data: { ...ideaData(input.data), updatedAt: nextStamp(now, current.updatedAt) } })
      await setMentors(tx, ideaId, mentorIds)
      await recordAudit(tx, { at: now, actorId: user!.id, seasonId, action: 'idea.update', entity: 'Idea', entityId: ideaId, before, after: await auditView(tx, ideaId) })
      return { ok: true, saved: { id: ideaId, slug: current.slug } }
    }),
  )
  if (!outcome.ok) return outcome
  await revalidateSeason(seasonId)
  return { ok: true, message: 'Your changes are saved. The idea still waits for an admin’s approval.', data: outcome.saved }
}
