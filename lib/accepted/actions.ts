'use server'
// Admins' writes on the accepted set: solve (the solver's proposal becomes the working draft), edit the draft by
// hand (a proposal in or out, its mentors; every rule re-checked with checkAcceptedSet), confirm it (the season's
// decisions in one transaction, then afterConfirm), record or remove a student lost to another organization, and
// in the demo only, replay the 2011 decisions. The draft is saved with optimistic concurrency like the rank list.
import { revalidatePath } from 'next/cache'
import { checkAcceptedSet, solveAcceptedSet, type SetViolationCode } from '@/lib/accepted-set'
import { failure, formToObject, invalid, type ActionFailure, type ActionResult, type FieldErrors } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser, type CurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import { isDemo } from '@/lib/demo'
import { getNow } from '@/lib/organization'
import { PUBLIC_TAG, revalidatePublic, tags } from '@/lib/public-cache'
import { isConflicted, reviewerContext } from '@/lib/reviews/queries'
import { READABLE_STATUSES } from '@/lib/reviews/rules'
import { afterConfirm, resetSeasonClose } from '@/lib/season-close/after-confirm'
import type { Prisma } from '@/generated/prisma/client'
import { nameViolations, offListTitles, readDraft, reasonsOutside, solverData, type SolverData } from './queries'
import { ConfirmSet, EditDraft, RecordLostStudent, RemoveLostStudent, REPLAY_CLOCK, REPLAY_CUTOFF, ReplayDecisions, SolveDraft, type DraftPick } from './schema'

type Tx = Prisma.TransactionClient

const STALE = 'Another admin changed the accepted set while you were looking at it. The page now shows their version: check it and try again.'
const CONFLICTED = 'You have a conflict of interest with this proposal, so you cannot pick it or change its mentors.'

async function signedIn(): Promise<CurrentUser | ActionFailure> {
  const user = await getCurrentUser()
  return user ?? failure('unauthenticated', 'Please sign in first.')
}
const isFailure = (value: unknown): value is ActionFailure => typeof value === 'object' && value !== null && 'ok' in value && value.ok === false

/** Writes the draft if it is still at `version`; false when another save came first. */
async function writeDraft(tx: Tx, d: { seasonId: string; version: number; picks: DraftPick[]; slots: number; userId: string; now: Date }): Promise<boolean> {
  const data = { picks: d.picks, slots: d.slots, updatedById: d.userId, updatedAt: d.now }
  const exists = await tx.acceptedSetDraft.findUnique({ where: { seasonId: d.seasonId }, select: { version: true } })
  if (!exists) {
    if (d.version !== 0) return false
    await tx.acceptedSetDraft.create({ data: { seasonId: d.seasonId, version: 1, ...data } })
    return true
  }
  const { count } = await tx.acceptedSetDraft.updateMany({ where: { seasonId: d.seasonId, version: d.version }, data: { ...data, version: { increment: 1 } } })
  return count === 1
}

const uniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002'

/** The solver's proposal at the granted slots becomes the working draft (replacing hand edits). */
export async function solveDraft(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await signedIn()
  if (isFailure(user)) return user
  const input = SolveDraft.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error, 'Not solved: reload the page.')
  const { seasonId, version } = input.data
  const allowed = await authorize(user, 'acceptedSet.manage', seasonId)
  if (!allowed.ok) return allowed
  const data = await solverData(seasonId)
  if (!data.allocation) return failure('invalid', 'Record the number of slots granted first (on the Slots page): the solver fills that many.')
  const solved = solveAcceptedSet(data.input)
  const picks = solved.accepted.map((a) => ({ proposalId: a.proposalId, primaryMentorId: a.primaryMentorId, backupMentorId: a.backupMentorId }))
  const now = await getNow()
  const saved = await db
    .$transaction(async (tx) => {
      if (!(await writeDraft(tx, { seasonId, version, picks, slots: data.input.slots, userId: user.id, now }))) return false
      await recordAudit(tx, { at: now, actorId: user.id, seasonId, action: 'acceptedSet.solve', entity: 'AcceptedSetDraft', entityId: seasonId, after: { slots: data.input.slots, picks } })
      return true
    })
    .catch((error: unknown) => (uniqueViolation(error) ? false : Promise.reject(error)))
  if (!saved) return failure('conflict', STALE)
  revalidatePath('/seasons', 'layout')
  return { ok: true, message: `Solved for ${data.input.slots} ${data.input.slots === 1 ? 'slot' : 'slots'}: ${picks.length} ${picks.length === 1 ? 'proposal' : 'proposals'} in the working set.` }
}

/** Where a violation's message belongs on the edit form. */
function fieldOf(code: SetViolationCode, op: 'add' | 'remove' | 'mentors'): string {
  if (op === 'mentors' && code.startsWith('primary')) return 'primaryMentorId'
  if (op === 'mentors' && code.startsWith('backup')) return 'backupMentorId'
  return op === 'add' && code.startsWith('primary') ? 'primaryMentorId' : 'proposalId'
}

/** One hand edit of the working draft: take a proposal in or out, or change its primary and backup mentor. */
export async function editDraft(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await signedIn()
  if (isFailure(user)) return user
  const input = EditDraft.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const edit = input.data
  const allowed = await authorize(user, 'acceptedSet.manage', edit.seasonId)
  if (!allowed.ok) return allowed
  const [data, draft, context] = await Promise.all([solverData(edit.seasonId), readDraft(edit.seasonId), reviewerContext(user, edit.seasonId)])
  if (!draft) return failure('conflict', 'Solve first: hand edits start from the solver’s proposal.')
  if (draft.version !== edit.version) return failure('conflict', STALE)
  const picked = draft.picks.find((p) => p.proposalId === edit.proposalId)
  const row = data.rows.get(edit.proposalId)
  // A pick that left the rank list since (withdrawn, its mentors gone) can still be taken out.
  if (!row && !(edit.op === 'remove' && picked)) {
    return failure('invalid', 'Not saved: this proposal is not on this season’s rank list.', { proposalId: ['This proposal is not on this season’s rank list.'] })
  }
  if (row && isConflicted(context.conflicts, row)) return failure('forbidden', CONFLICTED)
  const title = row?.title ?? (await offListTitles(edit.seasonId, data, [{ proposalId: edit.proposalId }])).get(edit.proposalId) ?? 'The proposal'
  let picks: DraftPick[]
  if (edit.op === 'remove') {
    if (!picked) return failure('invalid', 'This proposal is not in the working set.')
    picks = draft.picks.filter((p) => p !== picked)
  } else if (edit.op === 'add') {
    if (picked) return failure('invalid', 'This proposal is already in the working set.')
    const candidates = data.input.proposals.find((p) => p.id === edit.proposalId)!.mentorIds
    const load = (m: string) => draft.picks.filter((p) => p.primaryMentorId === m).length
    const capacity = (m: string) => data.input.mentorCapacity?.[m] ?? 1
    const primary = edit.primaryMentorId ?? candidates.find((m) => load(m) < capacity(m)) ?? candidates[0]
    if (!primary) return failure('invalid', 'No mentor is willing to mentor this proposal.', { proposalId: ['No mentor is willing to mentor this proposal.'] })
    const backup = candidates.find((m) => m !== primary && capacity(m) > 0) ?? null
    picks = [...draft.picks, { proposalId: edit.proposalId, primaryMentorId: primary, backupMentorId: backup }]
  } else {
    if (!picked) return failure('invalid', 'This proposal is not in the working set.')
    picks = draft.picks.map((p) => (p === picked ? { proposalId: p.proposalId, primaryMentorId: edit.primaryMentorId, backupMentorId: edit.backupMentorId } : p))
  }
  // Ranked order, so the stored draft reads like the page.
  picks.sort((a, b) => (data.rows.get(a.proposalId)?.rank ?? Infinity) - (data.rows.get(b.proposalId)?.rank ?? Infinity))

  // Every rule re-checked; refused when the edit breaks one that held before (a draft that went stale, e.g. a
  // mentor no longer willing, can still be repaired one edit at a time).
  const key = (v: { code: string; proposalId: string | null; mentorId?: string }) => `${v.code}|${v.proposalId}|${v.mentorId ?? ''}`
  const before = new Set(checkAcceptedSet(data.input, draft.picks).map(key))
  const broken = nameViolations(data, checkAcceptedSet(data.input, picks), await offListTitles(edit.seasonId, data, picks)).filter((v) => !before.has(key(v)))
  if (broken.length) {
    const fieldErrors: FieldErrors = {}
    for (const v of broken) (fieldErrors[fieldOf(v.code, edit.op)] ??= []).push(v.message)
    return failure('invalid', `Not saved: ${broken.map((v) => v.message).join(' ')}`, fieldErrors)
  }

  const now = await getNow()
  const saved = await db.$transaction(async (tx) => {
    if (!(await writeDraft(tx, { seasonId: edit.seasonId, version: edit.version, picks, slots: draft.slots, userId: user.id, now }))) return false
    await recordAudit(tx, {
      at: now,
      actorId: user.id,
      seasonId: edit.seasonId,
      action: `acceptedSet.${edit.op}`,
      entity: 'AcceptedSetDraft',
      entityId: edit.seasonId,
      before: { pick: picked ?? null },
      after: { pick: picks.find((p) => p.proposalId === edit.proposalId) ?? null },
    })
    return true
  })
  if (!saved) return failure('conflict', STALE)
  revalidatePath('/seasons', 'layout')
  const message = { add: `“${title}” is in the working set.`, remove: `“${title}” is out of the working set.`, mentors: `The mentors of “${title}” are saved.` }[edit.op]
  return { ok: true, message }
}

/** What a confirm writes for one proposal. */
type Decision = { status: 'ACCEPTED' | 'REJECTED'; reason: string | null; pick: DraftPick | null }

function decisionsOf(data: SolverData, picks: DraftPick[]): Map<string, Decision> {
  const decisions = new Map<string, Decision>()
  for (const pick of picks) decisions.set(pick.proposalId, { status: 'ACCEPTED', reason: null, pick })
  for (const r of reasonsOutside(data.input, picks)) decisions.set(r.proposalId, { status: 'REJECTED', reason: r.reason, pick: null })
  return decisions
}

/**
 * Confirms the working set: every submitted (or already decided) proposal of the season becomes ACCEPTED or
 * REJECTED with decidedAt = now and the reason, accepted ones get their Acceptance row, each change its audit
 * entry; then afterConfirm stages what follows. Confirming an unchanged set writes nothing.
 */
export async function confirmAcceptedSet(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await signedIn()
  if (isFailure(user)) return user
  const input = ConfirmSet.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error, 'Not confirmed: reload the page.')
  const { seasonId, version } = input.data
  const allowed = await authorize(user, 'acceptedSet.manage', seasonId)
  if (!allowed.ok) return allowed
  const [data, draft] = await Promise.all([solverData(seasonId), readDraft(seasonId)])
  if (!draft) return failure('conflict', 'Solve first: there is no working set to confirm.')
  if (draft.version !== version) return failure('conflict', STALE)
  const violations = nameViolations(data, checkAcceptedSet(data.input, draft.picks), await offListTitles(seasonId, data, draft.picks))
  if (violations.length) return failure('invalid', `Not confirmed: ${violations.map((v) => v.message).join(' ')}`)
  const decisions = decisionsOf(data, draft.picks)
  const now = await getNow()

  const outcome = await db.$transaction(
    async (tx): Promise<ActionFailure | { changes: number; total: number }> => {
      // Locked, so that an edit or a second confirm waits for this one.
      await tx.$queryRaw`SELECT "seasonId" FROM "AcceptedSetDraft" WHERE "seasonId" = ${seasonId} FOR UPDATE`
      const current = await tx.acceptedSetDraft.findUnique({ where: { seasonId }, select: { version: true } })
      if (current?.version !== version) return failure('conflict', STALE)
      const proposals = await tx.proposal.findMany({
        where: { seasonId, status: { in: ['SUBMITTED', 'ACCEPTED', 'REJECTED'] } },
        select: { id: true, status: true, studentId: true, abstract: true, decisionReason: true, acceptance: { select: { mentorId: true, backupMentorId: true } } },
        orderBy: { id: 'asc' },
      })
      // Acceptances that go first (one student, one acceptance per season: a unique index), also any left on a
      // proposal withdrawn since.
      const gone = await tx.acceptance.deleteMany({ where: { seasonId, proposalId: { notIn: draft.picks.map((p) => p.proposalId) } } })
      // Counted here only for proposals out of scope (withdrawn); the others count below with their decision.
      let changes = gone.count - proposals.filter((p) => p.acceptance && decisions.get(p.id)?.status !== 'ACCEPTED').length
      for (const p of proposals) {
        const decision: Decision = decisions.get(p.id) ?? { status: 'REJECTED', reason: 'no-available-mentor', pick: null }
        const pick = decision.pick
        const acceptanceChanged = pick !== null && (p.acceptance?.mentorId !== pick.primaryMentorId || (p.acceptance?.backupMentorId ?? null) !== pick.backupMentorId)
        if (p.status === decision.status && p.decisionReason === decision.reason && !acceptanceChanged) continue
        changes++
        if (p.status !== decision.status || p.decisionReason !== decision.reason) {
          await tx.proposal.update({ where: { id: p.id }, data: { status: decision.status, decisionReason: decision.reason, decidedAt: now } })
        }
        if (pick) {
          await tx.acceptance.upsert({
            where: { proposalId: p.id },
            create: { seasonId, proposalId: p.id, studentId: p.studentId, mentorId: pick.primaryMentorId, backupMentorId: pick.backupMentorId, announcementAbstract: p.abstract, createdAt: now },
            update: { mentorId: pick.primaryMentorId, backupMentorId: pick.backupMentorId },
          })
        }
        await recordAudit(tx, {
          at: now,
          actorId: user.id,
          seasonId,
          action: 'proposal.decide',
          entity: 'Proposal',
          entityId: p.id,
          before: { status: p.status, decisionReason: p.decisionReason, mentorId: p.acceptance?.mentorId ?? null, backupMentorId: p.acceptance?.backupMentorId ?? null },
          after: { status: decision.status, decisionReason: decision.reason, mentorId: pick?.primaryMentorId ?? null, backupMentorId: pick?.backupMentorId ?? null },
        })
      }
      if (changes > 0) {
        await recordAudit(tx, { at: now, actorId: user.id, seasonId, action: 'acceptedSet.confirm', entity: 'Season', entityId: seasonId, after: { slots: data.input.slots, accepted: draft.picks, changed: changes } })
      }
      await afterConfirm(tx, { seasonId, actorId: user.id, now })
      return { changes, total: proposals.length }
    },
    { timeout: 60_000 },
  )
  if ('ok' in outcome) return outcome
  revalidatePath('/seasons', 'layout')
  // The season's public figures count the decisions (shown from the announcement on); afterConfirm may have
  // rewritten an already scheduled accepted-students post, which the public cache holds until its time (after the
  // commit: a read inside the transaction could cache the old text again).
  revalidatePublic(tags.announcements)
  if (outcome.changes > 0) revalidatePublic(tags.stats(seasonId), tags.season(seasonId))
  if (outcome.changes === 0) return { ok: true, message: 'Nothing changed: these decisions were already confirmed.' }
  const accepted = draft.picks.length
  return { ok: true, message: `Confirmed: ${accepted} accepted, ${outcome.total - accepted} not selected. Students see their decision once the accepted students are announced.` }
}

/** Records a student who took another organization's offer (as Google reports it): the solver leaves them out. */
export async function recordLostStudent(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await signedIn()
  if (isFailure(user)) return user
  const input = RecordLostStudent.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const { seasonId, studentId, note } = input.data
  const allowed = await authorize(user, 'acceptedSet.manage', seasonId)
  if (!allowed.ok) return allowed
  const applied = await db.proposal.findFirst({ where: { seasonId, studentId, status: { in: READABLE_STATUSES } }, select: { student: { select: { name: true } } } })
  if (!applied) return failure('invalid', 'Please correct the marked fields.', { studentId: ['This person has no application in this season.'] })
  const now = await getNow()
  const created = await db
    .$transaction(async (tx) => {
      const row = await tx.lostStudent.create({ data: { seasonId, studentId, note, recordedById: user.id, createdAt: now } })
      await recordAudit(tx, { at: now, actorId: user.id, seasonId, action: 'lostStudent.record', entity: 'LostStudent', entityId: row.id, after: row })
      return true
    })
    .catch((error: unknown) => (uniqueViolation(error) ? false : Promise.reject(error)))
  if (!created) return failure('invalid', 'Please correct the marked fields.', { studentId: ['This student is already recorded as lost to another organization.'] })
  revalidatePath('/seasons', 'layout')
  return { ok: true, message: `${applied.student.name ?? 'The student'} is recorded as lost to another organization.` }
}

export async function removeLostStudent(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await signedIn()
  if (isFailure(user)) return user
  const input = RemoveLostStudent.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const row = await db.lostStudent.findUnique({ where: { id: input.data.lostStudentId } })
  if (!row) return failure('not_found', 'There is no such entry.')
  const allowed = await authorize(user, 'acceptedSet.manage', row.seasonId)
  if (!allowed.ok) return allowed.error === 'forbidden' ? failure('not_found', 'There is no such entry.') : allowed
  const now = await getNow()
  await db.$transaction(async (tx) => {
    await tx.lostStudent.delete({ where: { id: row.id } })
    await recordAudit(tx, { at: now, actorId: user.id, seasonId: row.seasonId, action: 'lostStudent.remove', entity: 'LostStudent', entityId: row.id, before: row })
  })
  revalidatePath('/seasons', 'layout')
  return { ok: true, message: 'The student is no longer recorded as lost.' }
}

/**
 * Demo only: resets a 2011 season's decisions to before 18 April 2011 (acceptances, decisions, later slot grants
 * and requests, the working draft, lost students, the unpublished accepted-students post, what afterConfirm
 * staged) and moves the demo clock to 17 April 2011, so the selection can be replayed.
 */
export async function replayDecisions(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await signedIn()
  if (isFailure(user)) return user
  const input = ReplayDecisions.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error)
  const { seasonId } = input.data
  const allowed = await authorize(user, 'acceptedSet.manage', seasonId)
  if (!allowed.ok) return allowed
  if (!isDemo()) return failure('forbidden', 'Replaying the 2011 decisions is only possible in the demo.')
  const season = await db.season.findUnique({ where: { id: seasonId }, select: { year: true, organizationId: true } })
  if (season?.year !== 2011) return failure('forbidden', 'Only a 2011 season can be replayed.')
  await db.$transaction(
    async (tx) => {
      const org = await tx.organization.findUniqueOrThrow({ where: { id: season.organizationId }, select: { clockOverride: true } })
      const acceptances = await tx.acceptance.deleteMany({ where: { seasonId } })
      const decided = await tx.proposal.updateMany({ where: { seasonId, status: { in: ['ACCEPTED', 'REJECTED'] } }, data: { status: 'SUBMITTED', decidedAt: null, decisionReason: null } })
      const grants = await tx.slotAllocation.deleteMany({ where: { seasonId, recordedAt: { gte: REPLAY_CUTOFF } } })
      const requests = await tx.slotRequest.deleteMany({ where: { seasonId, createdAt: { gte: REPLAY_CUTOFF } } })
      await tx.acceptedSetDraft.deleteMany({ where: { seasonId } })
      const lost = await tx.lostStudent.deleteMany({ where: { seasonId } })
      // Unpublished at the replay's clock (the seeded post of 25 April 2011 included).
      const posts = await tx.announcement.deleteMany({ where: { seasonId, kind: 'ACCEPTED_STUDENTS', OR: [{ publishAt: null }, { publishAt: { gte: REPLAY_CUTOFF } }] } })
      await resetSeasonClose(tx, { seasonId, actorId: user.id, now: REPLAY_CLOCK })
      await tx.organization.update({ where: { id: season.organizationId }, data: { clockOverride: REPLAY_CLOCK } })
      await recordAudit(tx, {
        at: REPLAY_CLOCK,
        actorId: user.id,
        seasonId,
        action: 'acceptedSet.replay',
        entity: 'Season',
        entityId: seasonId,
        before: { clockOverride: org.clockOverride },
        after: { clockOverride: REPLAY_CLOCK, acceptancesDeleted: acceptances.count, decisionsReset: decided.count, grantsDeleted: grants.count, requestsDeleted: requests.count, lostDeleted: lost.count, postsDeleted: posts.count },
      })
    },
    { timeout: 60_000 },
  )
  revalidatePath('/', 'layout')
  revalidatePublic(PUBLIC_TAG, 'organization')
  return { ok: true, message: 'The 2011 decisions are reset and the clock reads 17 April 2011: record the slots granted, solve and confirm.' }
}
