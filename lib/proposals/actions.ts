'use server'
// A student's writes on their proposals: start one (joining the season as a student), save the text (the
// editor autosaves), submit, withdraw. Every write is refused once applications have closed, and ids from the
// form are only ever looked up among the signed-in user's own proposals. A decision the season has not yet
// announced is invisible here as everywhere the student looks: the proposal is "submitted" to them and every
// rule and message treats it so (see visibleStatus).
import { revalidatePath } from 'next/cache'
import { revalidatePublic, tags } from '@/lib/public-cache'
import type { Prisma, Proposal } from '@/generated/prisma/client'
import type { ProposalStatus, SeasonRoleKind } from '@/generated/prisma/enums'
import { failure, invalid, type ActionFailure, type ActionResult, type FieldErrors } from '@/lib/actions'
import { editWindowExtension, recordAudit } from '@/lib/audit'
import { getCurrentUser, type CurrentUser } from '@/lib/auth'
import { authorize, authorizeRoles, rolesInSeason } from '@/lib/authz'
import { formatDateTime } from '@/lib/dates'
import { db } from '@/lib/db'
import { nextStamp } from '@/lib/clock'
import { getNow } from '@/lib/organization'
import { requestAddress } from '@/lib/client-address'
import { checkLimit } from '@/lib/rate-limit'
import { applicationsOpen, type Phase } from '@/lib/timeline'
import { canEdit, canSubmit, canWithdraw, capRefusal, missingForSubmission, visibleStatus } from './rules'
import { proposalWriteEligibility } from '@/lib/permissions'
import { APPLICATION_STATUSES } from './status'
import { CONTENT_FIELDS, OWN_TOPIC, ProposalWrite, StartProposal, WithdrawProposal, type ProposalContentInput } from './schema'

type Saved = { id: string; status: ProposalStatus; updatedAt: string }

/** How long a save may wait for a database connection, and run, before it fails. */
const SAVE_WAIT_MS = 20_000

const NOT_FOUND = 'We could not find that proposal among yours.'
const CHANGED_ELSEWHERE =
  'This proposal was changed in another tab or on another device since you opened it. Reload the page to see that version; what you typed here is kept in this browser.'

function closedMessage(phases: Phase[], now: Date, zone: string | null | undefined, what: string): string {
  const open = phases.find((p) => p.kind === 'APPLICATIONS_OPEN')
  const close = phases.find((p) => p.kind === 'APPLICATIONS_CLOSE')
  if (close && now >= close.startsAt) return `Applications closed on ${formatDateTime(close.startsAt, zone)}, so ${what}.`
  if (open && now < open.startsAt) return `Applications open on ${formatDateTime(open.startsAt, zone)}; until then ${what}.`
  return `Applications are not open in this season, so ${what}.`
}

function readWrite(form: FormData) {
  return ProposalWrite.safeParse(Object.fromEntries(['proposalId', 'version', ...CONTENT_FIELDS].map((key) => [key, form.get(key)])))
}

function contentData(input: ProposalContentInput) {
  return { title: input.title, abstract: input.abstract, plan: input.plan, timeline: input.timeline, hoursPerWeek: input.hoursPerWeek, links: input.links }
}

/** The fields that differ, before and after: what the audit log keeps of an edit. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
  return {
    keys,
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  }
}

/**
 * Everything a write on an existing proposal checks before touching it: signed in, the proposal is the user's
 * own (anything else is "not found"), the role table, the conflict-of-interest rule and the deadline.
 */
async function loadForWrite(
  user: CurrentUser | null,
  proposalId: string,
  what: string,
  options: { eligibility: boolean } = { eligibility: true },
): Promise<{ ok: true; now: Date; proposal: { id: string; seasonId: string; season: { maxProposalsPerStudent: number; phases: Phase[] } } } | ActionFailure> {
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const proposal = await db.proposal.findFirst({
    where: { id: proposalId, studentId: user.id },
    select: { id: true, seasonId: true, season: { select: { maxProposalsPerStudent: true, phases: true } } },
  })
  if (!proposal) return failure('not_found', NOT_FOUND)
  const allowed = await authorize(user, 'proposal.submit', proposal.seasonId)
  if (!allowed.ok) return allowed
  if (options.eligibility) {
    const eligibility = proposalWriteEligibility(await rolesInSeason(user.id, proposal.seasonId))
    if (!eligibility.ok) return failure('forbidden', eligibility.message)
  }
  const now = await getNow()
  if (!applicationsOpen(proposal.season.phases, now)) return failure('closed', closedMessage(proposal.season.phases, now, user.timeZone, what))
  return { ok: true, now, proposal }
}

/** `seasonId` when the change counts on the season's public figures (submit, withdraw). */
function revalidate(id: string, seasonId?: string) {
  revalidatePath('/me/proposals')
  revalidatePath(`/me/proposals/${id}`)
  if (seasonId) revalidatePublic(tags.stats(seasonId))
}

/** Starts a draft for a published idea of the season (or an own topic, where allowed). */
export async function startProposal(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult<{ id: string }>> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = StartProposal.safeParse({ seasonId: form.get('seasonId'), idea: form.get('idea') })
  if (!input.success) return invalid(input.error)
  const season = await db.season.findUnique({ where: { id: input.data.seasonId }, include: { phases: true } })
  if (!season) return failure('not_found', 'There is no such season.')
  const now = await getNow()
  if (!applicationsOpen(season.phases, now)) {
    return failure('closed', closedMessage(season.phases, now, user.timeZone, 'no new proposal can be started'))
  }
  let ideaId: string | null = null
  if (input.data.idea === OWN_TOPIC) {
    if (!season.allowOwnTopics) {
      return failure('invalid', 'Please correct the marked fields.', { idea: ['This season takes proposals for its published ideas only: choose one.'] })
    }
  } else {
    const idea = await db.idea.findFirst({ where: { id: input.data.idea, seasonId: season.id, status: 'PUBLISHED' }, select: { id: true } })
    if (!idea) return failure('invalid', 'Please correct the marked fields.', { idea: ['Choose one of the published ideas of this season.'] })
    ideaId = idea.id
  }

  const outcome = await db.$transaction(async (tx): Promise<{ refused: string } | { id: string; existed: boolean }> => {
    // Roles of one person change one transaction at a time (acceptInvitation takes the same lock): the roles read
    // next are the ones this transaction commits against, so nobody becomes student and mentor of one season.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`
    const roles = (await tx.seasonRole.findMany({ where: { userId: user.id, seasonId: season.id }, select: { role: true } })).map((r) => r.role)
    const eligibility = proposalWriteEligibility(roles)
    if (!eligibility.ok) return { refused: eligibility.message }
    if (ideaId) {
      // One proposal per idea and student: starting again opens the one that exists.
      const existing = await tx.proposal.findFirst({ where: { seasonId: season.id, studentId: user.id, ideaId }, select: { id: true } })
      if (existing) return { id: existing.id, existed: true }
    }
    if (eligibility.joins) {
      const role = await tx.seasonRole.upsert({
        where: { userId_seasonId_role: { userId: user.id, seasonId: season.id, role: 'STUDENT' } },
        create: { userId: user.id, seasonId: season.id, role: 'STUDENT', createdAt: now },
        update: {},
      })
      await recordAudit(tx, { at: now, actorId: user.id, seasonId: season.id, action: 'season.join', entity: 'SeasonRole', entityId: role.id, after: role })
    }
    const proposal = await tx.proposal.create({ data: { seasonId: season.id, studentId: user.id, ideaId, title: '', links: [], createdAt: now, updatedAt: now } })
    await recordAudit(tx, { at: now, actorId: user.id, seasonId: season.id, action: 'proposal.create', entity: 'Proposal', entityId: proposal.id, after: proposal })
    return { id: proposal.id, existed: false }
  })

  if ('refused' in outcome) return failure('forbidden', outcome.refused)
  revalidate(outcome.id)
  return {
    ok: true,
    message: outcome.existed ? 'You already have a proposal for this idea: here it is.' : 'Your draft is started.',
    data: { id: outcome.id },
  }
}

/** The row a save checks and writes, locked, with what the checks need: the season's phases and the student's roles. */
type LockedProposal = Pick<Proposal, 'id' | 'seasonId' | 'status' | 'updatedAt' | 'title' | 'abstract' | 'plan' | 'timeline' | 'hoursPerWeek' | 'links'> & {
  phases: { kind: Phase['kind']; startsAt: string; endsAt: string | null }[]
  roles: SeasonRoleKind[]
}

/**
 * Saves the text as it stands: what the editor's autosave calls, about once a second while someone types, so it
 * is kept cheap (see README "Deadline day"): the session's user (one query), the clock from the data cache, then
 * one transaction of three or four statements — the proposal locked and read together with the season's phases
 * and the student's roles (ownership, the role table, the conflict-of-interest rule and the deadline are all
 * checked on that one row), then the update and the audit window extended in one statement (a window's first
 * save adds one to start it). Nothing else is re-rendered:
 * only a new title changes what the page shows (its heading), so only then is the page revalidated.
 * A draft may be incomplete; a submitted proposal must keep its title and abstract. Refused, changing nothing,
 * once another tab saved a newer version than the one the editor sends.
 */
export async function saveProposal(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult<Saved>> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const limit = await checkLimit('autosave', { user: user.id, ip: await requestAddress() })
  if (!limit.ok) return failure('rate_limited', `Not saved. ${limit.message} What you typed is kept in this browser.`)
  const input = readWrite(form)
  if (!input.success) return invalid(input.error, 'Not saved: please correct the marked fields.')
  const now = await getNow()
  const { proposalId, version } = input.data
  const data = contentData(input.data)

  const outcome = await db.$transaction(
    async (tx): Promise<ActionFailure | { saved: Saved; changed: boolean; retitled: boolean }> => {
      // One save of a proposal at a time: the version check and the audit window below see the latest row.
      const [current] = await tx.$queryRaw<LockedProposal[]>`
        SELECT p."id", p."seasonId", p."status"::text AS "status", p."updatedAt", p."title", p."abstract", p."plan", p."timeline",
               p."hoursPerWeek", p."links",
               COALESCE((SELECT json_agg(json_build_object('kind', ph."kind", 'startsAt', ph."startsAt", 'endsAt', ph."endsAt"))
                         FROM "SeasonPhase" ph WHERE ph."seasonId" = p."seasonId"), '[]'::json) AS "phases",
               COALESCE((SELECT json_agg(r."role") FROM "SeasonRole" r WHERE r."userId" = ${user.id} AND r."seasonId" = p."seasonId"), '[]'::json) AS "roles"
        FROM "Proposal" p
        WHERE p."id" = ${proposalId} AND p."studentId" = ${user.id}
        FOR UPDATE OF p`
      // Anything not the user's own is "not found".
      if (!current) return failure('not_found', NOT_FOUND)
      const allowed = authorizeRoles(current.roles, 'proposal.submit')
      if (!allowed.ok) return allowed
      const eligibility = proposalWriteEligibility(current.roles)
      if (!eligibility.ok) return failure('forbidden', eligibility.message)
      const phases: Phase[] = current.phases.map((p) => ({ kind: p.kind, startsAt: new Date(p.startsAt), endsAt: p.endsAt === null ? null : new Date(p.endsAt) }))
      if (!applicationsOpen(phases, now)) return failure('closed', closedMessage(phases, now, user.timeZone, 'it can no longer be changed'))
      const status = visibleStatus(current.status, phases, now)
      if (!canEdit(status)) return failure('conflict', 'A decision has been made on this proposal, so it can no longer be changed.')
      if (version && current.updatedAt.toISOString() !== version) return failure('conflict', CHANGED_ELSEWHERE)
      if (status === 'SUBMITTED') {
        const missing = missingForSubmission(data)
        if (Object.keys(missing).length) return failure('invalid', 'Not saved: a submitted proposal needs a title and an abstract.', missing)
      }
      const changes = diff(current, data)
      if (changes.keys.length === 0) return { saved: { id: current.id, status, updatedAt: current.updatedAt.toISOString() }, changed: false, retitled: false }
      // Autosaves coalesce: one audit row per proposal per few minutes, holding the latest text. The update and
      // the extension of that row go in one statement (one round trip less while the row is locked); a new row is
      // recorded only when none was extended (the first save of a window).
      const edit = { at: now, actorId: user.id, seasonId: current.seasonId, action: 'proposal.update', entity: 'Proposal', entityId: current.id, before: changes.before, after: changes.after }
      const [written] = await tx.$queryRaw<{ updatedAt: Date; extended: boolean }[]>`
        WITH "updated" AS (
          UPDATE "Proposal"
          SET "title" = ${data.title}, "abstract" = ${data.abstract}, "plan" = ${data.plan}, "timeline" = ${data.timeline},
              "hoursPerWeek" = ${data.hoursPerWeek}, "links" = ${data.links}, "updatedAt" = ${nextStamp(now, current.updatedAt)}
          WHERE "id" = ${current.id}
          RETURNING "updatedAt"
        ), "extended" AS (${editWindowExtension(edit)} RETURNING "id")
        SELECT (SELECT "updatedAt" FROM "updated") AS "updatedAt", EXISTS (SELECT 1 FROM "extended") AS "extended"`
      if (!written!.extended) await recordAudit(tx, edit)
      return { saved: { id: current.id, status, updatedAt: written!.updatedAt.toISOString() }, changed: true, retitled: changes.keys.includes('title') }
    },
    // In the last hour many saves queue for a connection: a slow save is better than a failed one (Prisma's
    // default wait is 2 s, and the bench's 500 students got HTTP 500s from it).
    { maxWait: SAVE_WAIT_MS, timeout: SAVE_WAIT_MS },
  )

  if ('ok' in outcome) return outcome
  // The title shows in the page's heading and the list of proposals; the rest of the text only in the editor,
  // which already holds it. Revalidating re-renders the page into the action's response, so only when it changed.
  if (outcome.retitled) revalidate(outcome.saved.id)
  return { ok: true, message: 'Saved.', data: outcome.saved }
}

/** Submits a draft or a withdrawn proposal with the text sent along, within the season's cap. */
export async function submitProposal(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult<Saved>> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = readWrite(form)
  // Report what is malformed and what is missing in one go.
  const errors: FieldErrors = input.success ? {} : { ...invalid(input.error).fieldErrors }
  const missing = missingForSubmission({ title: String(form.get('title') ?? ''), abstract: String(form.get('abstract') ?? '') })
  for (const [key, messages] of Object.entries(missing)) errors[key] = [...messages, ...(errors[key] ?? [])]
  if (!input.success || Object.keys(errors).length) return failure('invalid', 'Not submitted: please complete or correct the marked fields.', errors)
  const loaded = await loadForWrite(user, input.data.proposalId, 'proposals can no longer be submitted')
  if (!loaded.ok) return loaded
  const { now } = loaded
  const { version } = input.data
  const data = contentData(input.data)
  const { seasonId, season } = loaded.proposal

  const outcome = await db.$transaction(async (tx): Promise<ActionFailure | Saved> => {
    // One submission at a time per student, so two tabs cannot both slip under the cap.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`
    const current = await tx.proposal.findUniqueOrThrow({ where: { id: loaded.proposal.id } })
    const status = visibleStatus(current.status, season.phases, now)
    if (!canSubmit(status)) {
      return failure('conflict', status === 'SUBMITTED' ? 'This proposal is already submitted.' : 'A decision has been made on this proposal.')
    }
    if (version && current.updatedAt.toISOString() !== version) return failure('conflict', CHANGED_ELSEWHERE)
    const others = await tx.proposal.count({
      where: { seasonId, studentId: user.id, status: { in: APPLICATION_STATUSES }, id: { not: current.id } },
    })
    const refusal = capRefusal(others, season.maxProposalsPerStudent)
    if (refusal) return failure('conflict', refusal)
    const changes = diff(current, { ...data, status: 'SUBMITTED', submittedAt: now, withdrawnAt: null } satisfies Prisma.ProposalUpdateInput)
    const updated = await tx.proposal.update({
      where: { id: current.id },
      data: { ...data, status: 'SUBMITTED', submittedAt: now, withdrawnAt: null, updatedAt: nextStamp(now, current.updatedAt) },
    })
    await recordAudit(tx, { at: now, actorId: user.id, seasonId, action: 'proposal.submit', entity: 'Proposal', entityId: current.id, before: changes.before, after: changes.after })
    return { id: updated.id, status: updated.status, updatedAt: updated.updatedAt.toISOString() }
  })

  if ('ok' in outcome) return outcome
  revalidate(outcome.id, seasonId)
  const close = season.phases.find((p) => p.kind === 'APPLICATIONS_CLOSE')
  return {
    ok: true,
    message: `Your proposal is submitted.${close ? ` You can still change or withdraw it until ${formatDateTime(close.startsAt, user.timeZone)}.` : ''}`,
    data: outcome,
  }
}

/** Withdraws a submitted proposal; it stays as a draft-like copy that can be submitted again before the deadline. */
export async function withdrawProposal(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult<Saved>> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = WithdrawProposal.safeParse({ proposalId: form.get('proposalId') })
  if (!input.success) return invalid(input.error)
  // Withdrawing lessens a conflict of interest rather than creating one, so the eligibility rule is not asked.
  const loaded = await loadForWrite(user, input.data.proposalId, 'proposals can no longer be withdrawn', { eligibility: false })
  if (!loaded.ok) return loaded
  const { now } = loaded

  const outcome = await db.$transaction(async (tx): Promise<ActionFailure | Saved> => {
    // Locked, so a decision recorded at the same moment waits for the withdrawal (or the other way round).
    await tx.$queryRaw`SELECT id FROM "Proposal" WHERE id = ${loaded.proposal.id} FOR UPDATE`
    const current = await tx.proposal.findUniqueOrThrow({ where: { id: loaded.proposal.id } })
    const status = visibleStatus(current.status, loaded.proposal.season.phases, now)
    if (!canWithdraw(status)) {
      const message =
        status === 'WITHDRAWN'
          ? 'This proposal is already withdrawn.'
          : status === 'DRAFT'
            ? 'Only a submitted proposal can be withdrawn.'
            : 'A decision has been made on this proposal, so it can no longer be withdrawn.'
      return failure('conflict', message)
    }
    // A decision not yet announced does not bind the student: withdrawing voids it, and a withdrawn proposal
    // cannot stay in the accepted set. Submitted again, it waits for a new decision like any other.
    const acceptance = await tx.acceptance.findUnique({ where: { proposalId: current.id } })
    if (acceptance) await tx.acceptance.delete({ where: { id: acceptance.id } })
    const updated = await tx.proposal.update({
      where: { id: current.id },
      data: { status: 'WITHDRAWN', withdrawnAt: now, decidedAt: null, updatedAt: nextStamp(now, current.updatedAt) },
    })
    await recordAudit(tx, {
      at: now,
      actorId: user.id,
      seasonId: current.seasonId,
      action: 'proposal.withdraw',
      entity: 'Proposal',
      entityId: current.id,
      before: { status: current.status, withdrawnAt: current.withdrawnAt, decidedAt: current.decidedAt, ...(acceptance ? { acceptance } : {}) },
      after: { status: updated.status, withdrawnAt: updated.withdrawnAt, decidedAt: updated.decidedAt },
    })
    return { id: updated.id, status: updated.status, updatedAt: updated.updatedAt.toISOString() }
  })

  if ('ok' in outcome) return outcome
  revalidate(outcome.id, loaded.proposal.seasonId)
  return { ok: true, message: 'Your proposal is withdrawn. It no longer counts as an application; you can submit it again before the deadline.', data: outcome }
}
