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
