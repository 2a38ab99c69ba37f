// Pure rules of a student's proposal (who may write one: lib/permissions.ts): which status moves are allowed, what a
// proposal needs before it can be submitted, and the cap on applications. No I/O: the actions apply them.
import type { ProposalStatus } from '@/generated/prisma/enums'
import { decisionsArePublic, type PhaseLike } from '@/lib/decisions'

/** A student may change the text until a decision is made (and only while applications are open). */
export function canEdit(status: ProposalStatus): boolean {
  return status === 'DRAFT' || status === 'SUBMITTED' || status === 'WITHDRAWN'
}

export function canSubmit(status: ProposalStatus): boolean {
  return status === 'DRAFT' || status === 'WITHDRAWN'
}

export function canWithdraw(status: ProposalStatus): boolean {
  return status === 'SUBMITTED'
}

export const STATUS_LABEL: Record<ProposalStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  WITHDRAWN: 'Withdrawn',
  ACCEPTED: 'Accepted',
  REJECTED: 'Not accepted',
}

/** The fields a submitted proposal must have; returns field errors (empty when complete). */
export function missingForSubmission(fields: { title: string; abstract: string }): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  if (!fields.title.trim()) errors.title = ['Give your proposal a title before submitting it.']
  if (!fields.abstract.trim()) errors.abstract = ['Write a short abstract before submitting the proposal.']
  return errors
}

/**
 * The cap on applications per student and season. `otherApplications` counts the student's proposals in the
 * season that are applications (see APPLICATION_STATUSES), not counting the one being submitted.
 */
export function capRefusal(otherApplications: number, maxPerStudent: number): string | null {
  if (otherApplications < maxPerStudent) return null
  const plural = maxPerStudent === 1 ? 'proposal' : 'proposals'
  return `You already have ${otherApplications} submitted ${otherApplications === 1 ? 'proposal' : 'proposals'} in this season, and a student may submit at most ${maxPerStudent} ${plural}. Withdraw one before submitting another.`
}

/**
 * What the student is shown as their proposal's status, and what the rules above are asked about: a decision
 * stays hidden (as "Submitted") until the season's decisions are public, so nobody learns it early. Until
 * then the student may edit and withdraw it like any submitted proposal (while applications are open).
 */
export function visibleStatus(status: ProposalStatus, phases: PhaseLike[], now: Date): ProposalStatus {
  if (status !== 'ACCEPTED' && status !== 'REJECTED') return status
  return decisionsArePublic(phases, now) ? status : 'SUBMITTED'
}
