// Pure rules of reviewing (who may see what: lib/permissions.ts): which proposals staff read and score, and when
// scores may be saved. No I/O: the queries and actions apply them.
import type { ProposalStatus } from '@/generated/prisma/enums'
import type { Phase } from '@/lib/timeline'
import { formatDateTime } from '@/lib/dates'

/** Staff read and comment on a proposal once it was submitted, also after a withdrawal or a decision. */
export const READABLE_STATUSES: ProposalStatus[] = ['SUBMITTED', 'WITHDRAWN', 'ACCEPTED', 'REJECTED']

/** Only applications are scored: never drafts or withdrawn proposals. */
export const SCORABLE_STATUSES: ProposalStatus[] = ['SUBMITTED', 'ACCEPTED', 'REJECTED']

/** The window in which scores are saved, changed and withdrawn: from the application deadline to the end of review. */
export function reviewWindow(phases: Phase[]): { opens: Date; closes: Date } | null {
  const close = phases.find((p) => p.kind === 'APPLICATIONS_CLOSE')
  const review = phases.find((p) => p.kind === 'REVIEW')
  const closes = review?.endsAt ?? null
  if (!close || !closes) return null
  return { opens: close.startsAt, closes }
}

export function reviewOpen(phases: Phase[], now: Date): boolean {
  const window = reviewWindow(phases)
  return Boolean(window && now.getTime() >= window.opens.getTime() && now.getTime() <= window.closes.getTime())
}

/** Why scores cannot be changed now, in words for the form; null while the window is open. */
export function reviewClosedMessage(phases: Phase[], now: Date, zone: string | null | undefined): string | null {
  const window = reviewWindow(phases)
  if (!window) return 'This season has no review phase in its timeline, so scores cannot be saved.'
  if (now.getTime() < window.opens.getTime()) return `Scores can be saved from the application deadline, ${formatDateTime(window.opens, zone)}.`
  if (now.getTime() > window.closes.getTime()) return `The review phase ended on ${formatDateTime(window.closes, zone)}, so scores can no longer be changed.`
  return null
}

/**
 * Why the season's rubric can no longer be edited, in words; null while it can. Reviews start when the first
 * score may be saved (the application deadline) or the review phase starts, whichever comes first, by the app's
 * clock; and once anyone has saved a review, changing the criteria would change what their scores mean.
 */
export function rubricLockedMessage(phases: Phase[], now: Date, zone: string | null | undefined, reviews: number): string | null {
  if (reviews > 0) return `Reviewers have already saved ${reviews === 1 ? 'a review' : `${reviews} reviews`} against this rubric, so its criteria can no longer change.`
  const starts = [phases.find((p) => p.kind === 'APPLICATIONS_CLOSE')?.startsAt, phases.find((p) => p.kind === 'REVIEW')?.startsAt]
    .filter((d): d is Date => d instanceof Date)
    .sort((a, b) => a.getTime() - b.getTime())[0]
  if (starts && now.getTime() >= starts.getTime()) return `Reviews started on ${formatDateTime(starts, zone)}, so the rubric can no longer change.`
  return null
}
