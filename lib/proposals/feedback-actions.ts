'use server'
// A student asks the mentors for feedback on a draft before submitting it (while applications are open). The
// draft then joins the mentors' "feedback requested" queue; it is commented on, never scored or ranked.
import { revalidatePath } from 'next/cache'
import { failure, invalid, type ActionFailure, type ActionResult } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import { getNow } from '@/lib/organization'
import { RequestFeedback } from '@/lib/reviews/schema'
import { applicationsOpen } from '@/lib/timeline'

export async function requestFeedback(_prev: ActionResult<unknown>, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = RequestFeedback.safeParse({ proposalId: form.get('proposalId') })
  if (!input.success) return invalid(input.error)
  const proposal = await db.proposal.findFirst({
    where: { id: input.data.proposalId, studentId: user.id },
    select: { id: true, seasonId: true, title: true, season: { select: { slug: true, phases: true } } },
  })
  if (!proposal) return failure('not_found', 'We could not find that proposal among yours.')
  const allowed = await authorize(user, 'proposal.submit', proposal.seasonId)
  if (!allowed.ok) return allowed
  const now = await getNow()
  if (!applicationsOpen(proposal.season.phases, now)) return failure('closed', 'Applications are closed, so feedback on drafts can no longer be asked for.')
  if (!proposal.title.trim()) return failure('invalid', 'Give your draft a title first, so mentors know what it is about.')
  const outcome = await db.$transaction(async (tx): Promise<ActionFailure | null> => {
    const current = await tx.proposal.findUniqueOrThrow({ where: { id: proposal.id }, select: { status: true, feedbackRequestedAt: true, feedbackDoneAt: true } })
    if (current.status !== 'DRAFT') return failure('conflict', 'Feedback is asked for on drafts; this proposal is already submitted or withdrawn.')
    if (current.feedbackRequestedAt && !current.feedbackDoneAt) return failure('conflict', 'You have already asked for feedback on this draft; the mentors will answer here.')
    // Asking again after an answer starts a new request.
    await tx.proposal.update({ where: { id: proposal.id }, data: { feedbackRequestedAt: now, feedbackTakenById: null, feedbackDoneAt: null } })
    await recordAudit(tx, { actorId: user.id, seasonId: proposal.seasonId, action: 'feedback.request', entity: 'Proposal', entityId: proposal.id, before: current, after: { feedbackRequestedAt: now } })
    return null
  })
  if (outcome) return outcome
  revalidatePath(`/me/proposals/${proposal.id}`)
  revalidatePath(`/seasons/${proposal.season.slug}/review/feedback`)
  return { ok: true, message: 'The mentors are asked for feedback on your draft. Their comments will appear on this page.' }
}
