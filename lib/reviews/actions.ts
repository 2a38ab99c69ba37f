'use server'
// Mentors' and admins' writes on proposals under review: save, change or withdraw one's review (only inside
// the review window, by the app's clock), comment among mentors or to the student, declare a conflict of
// interest; admins record and remove anyone's conflicts. Every write is one transaction with its audit entry.
import { revalidatePath } from 'next/cache'
import { failure, invalid, type ActionFailure, type ActionResult } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import { getNow } from '@/lib/organization'
import type { SeasonAction } from '@/lib/permissions'
import { isConflicted, nextToReview, reviewerContext, seasonScores, STAFF_READABLE } from './queries'
import { reviewClosedMessage, SCORABLE_STATUSES } from './rules'
import { AddComment, DeclareConflict, FeedbackStep, readReviewForm, RecordConflict, RemoveConflict, SettleDiscussion, WithdrawReview } from './schema'

const NOT_FOUND = 'We could not find that proposal among the ones under review in your seasons.'
const CONFLICTED = 'You have a conflict of interest with this proposal, so you cannot review or comment on it.'

type Loaded = { id: string; seasonId: string; studentId: string; status: string; season: { slug: string; phases: { kind: string; startsAt: Date; endsAt: Date | null }[] } }

/**
 * What every write on a proposal checks first: signed in, the proposal exists and staff may read it, the role
 * table for `action` in its season, and no conflict of interest. A forged id and a draft are both "not found".
 */
async function loadProposal(proposalId: string, action: SeasonAction): Promise<ActionFailure | { user: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>; proposal: Loaded }> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const proposal = await db.proposal.findFirst({
    where: { id: proposalId, ...STAFF_READABLE },
    select: { id: true, seasonId: true, studentId: true, status: true, season: { select: { slug: true, phases: true } } },
  })
  if (!proposal) return failure('not_found', NOT_FOUND)
  const allowed = await authorize(user, action, proposal.seasonId)
  if (!allowed.ok) return allowed
  const context = await reviewerContext(user, proposal.seasonId)
  if (isConflicted(context.conflicts, proposal)) return failure('forbidden', CONFLICTED)
  return { user, proposal }
}

/** A unique index refused a row written at the same moment by another request (a double click, two tabs). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002'
}

const SAVED_TWICE = failure('conflict', 'This was saved at the same moment from another tab. Reload the page to see what was kept.')

function revalidate(seasonSlug: string, proposalId: string) {
  revalidatePath(`/seasons/${seasonSlug}/review`)
  revalidatePath(`/seasons/${seasonSlug}/review/proposals/${proposalId}`)
}

/** Saves (or changes) the signed-in mentor's review; returns the next proposal for "save and next". */
export async function saveReview(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult<{ next: string | null }>> {
  const input = readReviewForm(form)
  if (!input.success) {
    const user = await getCurrentUser()
    if (!user) return failure('unauthenticated', 'Please sign in first.')
    return invalid(input.error, 'Not saved: please correct the marked fields.')
  }
  const loaded = await loadProposal(input.data.proposalId, 'review.score')
  if ('ok' in loaded) return loaded
  const { user, proposal } = loaded
  if (!SCORABLE_STATUSES.includes(proposal.status as never)) return failure('conflict', proposal.status === 'DRAFT' ? 'This is a draft the student asked feedback on: drafts are commented on, never scored.' : 'This proposal was withdrawn, so it is not scored.')
  const now = await getNow()
  const closed = reviewClosedMessage(proposal.season.phases as never, now, user.timeZone)
  if (closed) return failure('closed', closed)

  const criteria = await db.rubricCriterion.findMany({ where: { seasonId: proposal.seasonId }, orderBy: { position: 'asc' } })
  const fieldErrors: Record<string, string[]> = {}
  for (const c of criteria) {
    const value = input.data.scores[c.id]
    if (value === undefined) fieldErrors[`score.${c.id}`] = [`Score “${c.label}” from ${c.minScore} to ${c.maxScore}.`]
    else if (value < c.minScore || value > c.maxScore) fieldErrors[`score.${c.id}`] = [`“${c.label}” takes a score from ${c.minScore} to ${c.maxScore}.`]
  }
  const known = new Set(criteria.map((c) => c.id))
  if (Object.keys(input.data.scores).some((key) => !known.has(key))) fieldErrors._form = ['The form holds a criterion this season does not have: reload the page.']
  if (Object.keys(fieldErrors).length) return failure('invalid', 'Not saved: please correct the marked fields.', fieldErrors)

  const scores = criteria.map((c) => ({ criterionId: c.id, score: input.data.scores[c.id]! }))
  const written = await db.$transaction(async (tx) => {
    const before = await tx.review.findUnique({
      where: { proposalId_reviewerId: { proposalId: proposal.id, reviewerId: user.id } },
      select: { id: true, overallScore: true, willingToMentor: true, scores: { select: { criterionId: true, score: true } } },
    })
    const review = await tx.review.upsert({
      where: { proposalId_reviewerId: { proposalId: proposal.id, reviewerId: user.id } },
      create: { proposalId: proposal.id, reviewerId: user.id, overallScore: input.data.overall, willingToMentor: input.data.willingToMentor },
      update: { overallScore: input.data.overall, willingToMentor: input.data.willingToMentor },
    })
    await tx.reviewScore.deleteMany({ where: { reviewId: review.id } })
    await tx.reviewScore.createMany({ data: scores.map((s) => ({ ...s, reviewId: review.id })) })
    await recordAudit(tx, {
      actorId: user.id,
      seasonId: proposal.seasonId,
      action: before ? 'review.update' : 'review.create',
      entity: 'Review',
      entityId: review.id,
      before: before ? { proposalId: proposal.id, overallScore: before.overallScore, willingToMentor: before.willingToMentor, scores: before.scores } : undefined,
      after: { proposalId: proposal.id, overallScore: input.data.overall, willingToMentor: input.data.willingToMentor, scores },
    })
    return true
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) return false
    throw error
  })
  if (!written) return SAVED_TWICE
  revalidate(proposal.season.slug, proposal.id)
  const next = await nextToReview(user, proposal.seasonId, proposal.id)
  return { ok: true, message: 'Your review is saved.', data: { next } }
}

/** Withdraws the signed-in mentor's review of a proposal (inside the review window). */
export async function withdrawReview(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const input = WithdrawReview.safeParse({ proposalId: form.get('proposalId') })
  if (!input.success) return invalid(input.error)
  const loaded = await loadProposal(input.data.proposalId, 'review.score')
  if ('ok' in loaded) return loaded
  const { user, proposal } = loaded
  const closed = reviewClosedMessage(proposal.season.phases as never, await getNow(), user.timeZone)
  if (closed) return failure('closed', closed)
  const done = await db.$transaction(async (tx) => {
    const review = await tx.review.findUnique({
      where: { proposalId_reviewerId: { proposalId: proposal.id, reviewerId: user.id } },
      include: { scores: { select: { criterionId: true, score: true } } },
    })
    if (!review) return false
    await tx.review.delete({ where: { id: review.id } })
    await recordAudit(tx, {
      actorId: user.id,
      seasonId: proposal.seasonId,
      action: 'review.withdraw',
      entity: 'Review',
      entityId: review.id,
      before: { proposalId: proposal.id, overallScore: review.overallScore, willingToMentor: review.willingToMentor, scores: review.scores },
    })
    return true
  })
  if (!done) return failure('not_found', 'You have no review of this proposal to withdraw.')
  revalidate(proposal.season.slug, proposal.id)
  return { ok: true, message: 'Your review is withdrawn.' }
}

/** A comment among the mentors, or shared with the student. */
export async function addComment(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const input = AddComment.safeParse({ proposalId: form.get('proposalId'), body: form.get('body'), visibility: form.get('visibility') })
  if (!input.success) {
    if (!(await getCurrentUser())) return failure('unauthenticated', 'Please sign in first.')
    return invalid(input.error, 'Not sent: please correct the marked fields.')
  }
  const loaded = await loadProposal(input.data.proposalId, 'review.comment')
  if ('ok' in loaded) return loaded
  const { user, proposal } = loaded
  const now = await getNow() // the app's clock (a demo of a past season dates its comments then)
  await db.$transaction(async (tx) => {
    const comment = await tx.comment.create({ data: { proposalId: proposal.id, authorId: user.id, body: input.data.body, visibility: input.data.visibility, createdAt: now } })
    await recordAudit(tx, { actorId: user.id, seasonId: proposal.seasonId, action: 'comment.create', entity: 'Comment', entityId: comment.id, after: comment })
  })
  revalidate(proposal.season.slug, proposal.id)
  revalidatePath('/me/proposals')
  return { ok: true, message: input.data.visibility === 'SHARED' ? 'Your comment is posted and shared with the student.' : 'Your comment is posted for the mentors.' }
}

/**
 * The signed-in mentor declares a conflict of interest with a proposal. Their review of it, if any, is
 * withdrawn in the same transaction: a conflicted score must not count.
 */
export async function declareConflict(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const input = DeclareConflict.safeParse({ proposalId: form.get('proposalId'), note: form.get('note') })
  if (!input.success) {
    if (!(await getCurrentUser())) return failure('unauthenticated', 'Please sign in first.')
    return invalid(input.error, 'Not declared: please correct the marked fields.')
  }
  const loaded = await loadProposal(input.data.proposalId, 'conflict.declare')
  if ('ok' in loaded) return loaded.message === CONFLICTED ? failure('conflict', 'A conflict of interest with this proposal is already recorded.') : loaded
  const { user, proposal } = loaded
  const now = await getNow()
  const written = await db.$transaction(async (tx) => {
    const conflict = await tx.conflict.create({
      data: { seasonId: proposal.seasonId, mentorId: user.id, proposalId: proposal.id, note: input.data.note, source: 'DECLARED', recordedById: user.id, createdAt: now },
    })
    await recordAudit(tx, { actorId: user.id, seasonId: proposal.seasonId, action: 'conflict.declare', entity: 'Conflict', entityId: conflict.id, after: conflict })
    const review = await tx.review.findUnique({ where: { proposalId_reviewerId: { proposalId: proposal.id, reviewerId: user.id } } })
    if (review) {
      await tx.review.delete({ where: { id: review.id } })
      await recordAudit(tx, { actorId: user.id, seasonId: proposal.seasonId, action: 'review.withdraw', entity: 'Review', entityId: review.id, before: review })
    }
    return true
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) return false
    throw error
  })
  if (!written) return failure('conflict', 'A conflict of interest with this proposal is already recorded.')
  revalidate(proposal.season.slug, proposal.id)
  return { ok: true, message: 'Your conflict of interest is recorded. You no longer see this proposal’s reviews or comments.' }
}

/** An admin records a conflict between a mentor (or admin) of the season and a proposal or a student. */
export async function recordConflict(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = RecordConflict.safeParse({
    seasonId: form.get('seasonId'),
    mentorId: form.get('mentorId'),
    proposalId: form.get('proposalId'),
    studentId: form.get('studentId'),
    note: form.get('note'),
  })
  if (!input.success) return invalid(input.error)
  const { seasonId, mentorId, proposalId, studentId, note } = input.data
  const allowed = await authorize(user, 'conflict.manage', seasonId)
  if (!allowed.ok) return allowed
  const [mentor, target] = await Promise.all([
    db.seasonRole.findFirst({ where: { seasonId, userId: mentorId, role: { in: ['MENTOR', 'ADMIN'] } }, select: { id: true } }),
    proposalId
      ? db.proposal.findFirst({ where: { id: proposalId, seasonId }, select: { id: true } })
      : db.seasonRole.findFirst({ where: { seasonId, userId: studentId, role: 'STUDENT' }, select: { id: true } }),
  ])
  if (!mentor) return failure('invalid', 'Please correct the marked fields.', { mentorId: ['Choose a mentor or admin of this season.'] })
  if (!target) {
    return proposalId
      ? failure('invalid', 'Please correct the marked fields.', { proposalId: ['Choose a proposal of this season.'] })
      : failure('invalid', 'Please correct the marked fields.', { studentId: ['Choose a student of this season.'] })
  }
  const existing = await db.conflict.findFirst({ where: { seasonId, mentorId, ...(proposalId ? { proposalId } : { studentId }) }, select: { id: true } })
  if (existing) return failure('conflict', 'This conflict of interest is already recorded.')
  const now = await getNow()
  const written = await db.$transaction(async (tx) => {
    const conflict = await tx.conflict.create({ data: { seasonId, mentorId, proposalId: proposalId ?? null, studentId: studentId ?? null, note, source: 'ADMIN', recordedById: user.id, createdAt: now } })
    await recordAudit(tx, { actorId: user.id, seasonId, action: 'conflict.record', entity: 'Conflict', entityId: conflict.id, after: conflict })
    return true
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) return false
    throw error
  })
  if (!written) return failure('conflict', 'This conflict of interest is already recorded.')
  revalidatePath(`/seasons`, 'layout')
  return { ok: true, message: 'The conflict of interest is recorded.' }
}

/** An admin removes a conflict (a declared one too, e.g. when it was declared by mistake). */
export async function removeConflict(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = RemoveConflict.safeParse({ conflictId: form.get('conflictId') })
  if (!input.success) return invalid(input.error)
  const conflict = await db.conflict.findUnique({ where: { id: input.data.conflictId } })
  if (!conflict) return failure('not_found', 'There is no such conflict of interest.')
  const allowed = await authorize(user, 'conflict.manage', conflict.seasonId)
  if (!allowed.ok) return allowed.error === 'forbidden' ? failure('not_found', 'There is no such conflict of interest.') : allowed
  await db.$transaction(async (tx) => {
    await tx.conflict.delete({ where: { id: conflict.id } })
    await recordAudit(tx, { actorId: user.id, seasonId: conflict.seasonId, action: 'conflict.remove', entity: 'Conflict', entityId: conflict.id, before: conflict })
  })
  revalidatePath(`/seasons`, 'layout')
  return { ok: true, message: 'The conflict of interest is removed.' }
}

/** A mentor takes a draft's feedback request (so two mentors do not both answer it), or marks it done. */
export async function updateFeedback(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const input = FeedbackStep.safeParse({ proposalId: form.get('proposalId'), step: form.get('step') })
  if (!input.success) return invalid(input.error)
  const loaded = await loadProposal(input.data.proposalId, 'review.comment')
  if ('ok' in loaded) return loaded
  const { user, proposal } = loaded
  if (proposal.status !== 'DRAFT') return failure('conflict', 'This proposal is no longer a draft waiting for feedback.')
  // Read before the transaction: on the embedded database a query outside it would wait for it to end.
  const now = await getNow()
  const outcome = await db.$transaction(async (tx): Promise<ActionFailure | string> => {
    // Locked, so that two mentors taking it at once cannot both succeed.
    await tx.$queryRaw`SELECT id FROM "Proposal" WHERE id = ${proposal.id} FOR UPDATE`
    const current = await tx.proposal.findUniqueOrThrow({
      where: { id: proposal.id },
      select: { feedbackTakenById: true, feedbackDoneAt: true, feedbackTakenBy: { select: { name: true } } },
    })
    if (current.feedbackDoneAt) return failure('conflict', 'The feedback on this draft is already done.')
    if (input.data.step === 'take') {
      if (current.feedbackTakenById === user.id) return failure('conflict', 'You have already taken this request.')
      if (current.feedbackTakenById) return failure('conflict', `${current.feedbackTakenBy?.name ?? 'Another mentor'} has already taken this request.`)
      await tx.proposal.update({ where: { id: proposal.id }, data: { feedbackTakenById: user.id } })
    } else {
      if (current.feedbackTakenById !== user.id) return failure('conflict', 'Take the request first: the mentor who took it marks it done.')
      await tx.proposal.update({ where: { id: proposal.id }, data: { feedbackDoneAt: now } })
    }
    await recordAudit(tx, {
      actorId: user.id,
      seasonId: proposal.seasonId,
      action: `feedback.${input.data.step}`,
      entity: 'Proposal',
      entityId: proposal.id,
      before: { feedbackTakenById: current.feedbackTakenById, feedbackDoneAt: current.feedbackDoneAt },
      after: input.data.step === 'take' ? { feedbackTakenById: user.id } : { feedbackDoneAt: now },
    })
    return input.data.step === 'take' ? 'You have taken this request: the student waits for your comments.' : 'Marked done. Thank you!'
  })
  if (typeof outcome !== 'string') return outcome
  revalidate(proposal.season.slug, proposal.id)
  revalidatePath(`/seasons/${proposal.season.slug}/review/feedback`)
  return { ok: true, message: outcome }
}

/**
 * An admin takes a proposal off the disagreement queue ("to discuss") with a note on what was agreed. Only a
 * proposal that is to discuss may be settled, once; a conflicted admin is refused like any conflicted reviewer.
 */
export async function settleDiscussion(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const input = SettleDiscussion.safeParse({ proposalId: form.get('proposalId'), discussionNote: form.get('discussionNote') })
  if (!input.success) {
    if (!(await getCurrentUser())) return failure('unauthenticated', 'Please sign in first.')
    return invalid(input.error, 'Not settled: please correct the marked fields.')
  }
  const loaded = await loadProposal(input.data.proposalId, 'discussion.settle')
  if ('ok' in loaded) return loaded
  const { user, proposal } = loaded
  if (!SCORABLE_STATUSES.includes(proposal.status as never)) return failure('conflict', 'Only a submitted proposal under review can be discussed.')
  const scores = await seasonScores(proposal.seasonId)
  if (!scores.proposals.get(proposal.id)?.disagreement) return failure('conflict', 'The reviewers of this proposal do not disagree widely: there is nothing to settle.')
  const now = await getNow()
  const settled = await db.$transaction(async (tx) => {
    // Conditional, so that two admins settling at once cannot both write (the second sees it settled).
    const { count } = await tx.proposal.updateMany({
      where: { id: proposal.id, discussionSettledAt: null },
      data: { discussionSettledAt: now, discussionSettledById: user.id, discussionNote: input.data.discussionNote },
    })
    if (count === 0) return false
    await recordAudit(tx, {
      actorId: user.id,
      seasonId: proposal.seasonId,
      action: 'discussion.settle',
      entity: 'Proposal',
      entityId: proposal.id,
      after: { discussionSettledAt: now, discussionNote: input.data.discussionNote },
    })
    return true
  })
  if (!settled) return failure('conflict', 'This discussion is already settled.')
  revalidate(proposal.season.slug, proposal.id)
  return { ok: true, message: 'The discussion is settled: the proposal leaves the “to discuss” queue.' }
}
