// Pure logic of a season's timeline: the phases in order, their names, and where "now" stands.
import type { PhaseKind } from '@/generated/prisma/enums'

export const PHASE_ORDER: PhaseKind[] = [
  'IDEAS_PUBLISHED',
  'APPLICATIONS_OPEN',
  'APPLICATIONS_CLOSE',
  'REVIEW',
  'SLOT_REQUEST',
  'SLOTS_KNOWN',
  'ACCEPTED_ANNOUNCED',
  'CODING',
  'EVALUATIONS',
]

export const PHASE_LABEL: Record<PhaseKind, string> = {
  IDEAS_PUBLISHED: 'Ideas published',
  APPLICATIONS_OPEN: 'Applications open',
  APPLICATIONS_CLOSE: 'Applications close',
  REVIEW: 'Proposal review',
  SLOT_REQUEST: 'Slot requests',
  SLOTS_KNOWN: 'Slots known',
  ACCEPTED_ANNOUNCED: 'Accepted students announced',
  CODING: 'Coding',
  EVALUATIONS: 'Evaluations',
}

export type Phase = { kind: PhaseKind; startsAt: Date; endsAt: Date | null; note?: string }

export type PhaseState = 'past' | 'current' | 'upcoming'

export function sortPhases<T extends Phase>(phases: T[]): T[] {
  return [...phases].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || PHASE_ORDER.indexOf(a.kind) - PHASE_ORDER.indexOf(b.kind),
  )
}

/**
 * A window (with endsAt) is current while now is inside it; a point in time is "current" from its instant
 * until the next phase starts. Several windows can be current at once (review and slot requests overlap).
 */
export function phaseState(phase: Phase, all: Phase[], now: Date): PhaseState {
  const t = now.getTime()
  if (t < phase.startsAt.getTime()) return 'upcoming'
  if (phase.endsAt) return t <= phase.endsAt.getTime() ? 'current' : 'past'
  const next = sortPhases(all).find((p) => p.startsAt.getTime() > phase.startsAt.getTime())
  return next && t >= next.startsAt.getTime() ? 'past' : 'current'
}

/** Whether students may still submit and edit proposals: between applications opening and closing. */
export function applicationsOpen(phases: Phase[], now: Date): boolean {
  const open = phases.find((p) => p.kind === 'APPLICATIONS_OPEN')
  const close = phases.find((p) => p.kind === 'APPLICATIONS_CLOSE')
  if (!open || !close) return false
  return now.getTime() >= open.startsAt.getTime() && now.getTime() < close.startsAt.getTime()
}

/** A short line for the season's current state, e.g. "Coding" or "Season complete". */
export function seasonStatusLine(phases: Phase[], now: Date): string {
  const sorted = sortPhases(phases)
  if (sorted.length === 0) return 'Timeline not published yet'
  const first = sorted[0]!
  if (now.getTime() < first.startsAt.getTime()) return `Starts with: ${PHASE_LABEL[first.kind]}`
  const last = sorted.reduce((a, b) => ((a.endsAt ?? a.startsAt) > (b.endsAt ?? b.startsAt) ? a : b))
  if (now.getTime() > (last.endsAt ?? last.startsAt).getTime()) return 'Season complete'
  const current = sorted.filter((p) => phaseState(p, sorted, now) === 'current')
  return current.length ? current.map((p) => PHASE_LABEL[p.kind]).join(' · ') : 'Between phases'
}
