// The review list's flags in words, for the list's rows (a client component) and its filter (the page). No imports:
// the browser's bundle gets only these lines.
export type ReviewFlag = 'conflict' | 'discuss' | 'withdrawn' | 'duplicate'

export const FLAG_LABEL: Record<ReviewFlag, string> = {
  conflict: 'Conflict of interest',
  discuss: 'To discuss',
  withdrawn: 'Withdrawn',
  duplicate: 'Student applied more than once',
}
