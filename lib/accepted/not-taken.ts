// Why each proposal is out of a working set an admin may have edited by hand (the solver says why for its own
// set; after a hand edit its reasons may no longer hold). Pure, no I/O.
import type { AcceptedSetInput, HandPick, RejectionReason } from '@/lib/accepted-set'
import { REJECTION_REASON_LABEL } from '@/lib/accepted-set'

export type NotTakenReason = RejectionReason | 'left-out'

export const NOT_TAKEN_LABEL: Record<NotTakenReason, string> = { ...REJECTION_REASON_LABEL, 'left-out': 'Left out by hand' }

/**
 * For every ranked proposal not picked, in rank order, the first reason that holds (the solver's order): lost to
 * another organization, the student's other proposal taken, the set full (below the cut), the idea full, no
 * willing mentor with room; otherwise an admin left it out by hand.
 */
export function notTaken(input: AcceptedSetInput, picks: ReadonlyArray<HandPick>): { proposalId: string; rank: number; reason: NotTakenReason }[] {
  const picked = new Set(picks.map((p) => p.proposalId))
  const byId = new Map(input.proposals.map((p) => [p.id, p]))
  const lost = new Set(input.lostStudentIds ?? [])
  const students = new Set<string>()
  const ideas = new Map<string, number>()
  const primaries = new Map<string, number>()
  for (const pick of picks) {
    const p = byId.get(pick.proposalId)
    if (!p) continue
    students.add(p.studentId)
    if (p.ideaId !== null) ideas.set(p.ideaId, (ideas.get(p.ideaId) ?? 0) + 1)
    primaries.set(pick.primaryMentorId, (primaries.get(pick.primaryMentorId) ?? 0) + 1)
  }
  const capacityOf = (mentorId: string) => input.mentorCapacity?.[mentorId] ?? input.defaultMentorCapacity ?? 1
  const out: { proposalId: string; rank: number; reason: NotTakenReason }[] = []
  input.proposals.forEach((p, index) => {
    if (picked.has(p.id)) return
    const reason = ((): NotTakenReason => {
      if (lost.has(p.studentId)) return 'lost-to-other-organization'
      if (students.has(p.studentId)) return 'student-already-accepted'
      if (picks.length >= input.slots) return 'below-cut'
      const cap = p.ideaId === null ? undefined : input.ideaCapacity?.[p.ideaId]
      if (cap !== undefined && (ideas.get(p.ideaId!) ?? 0) >= cap) return 'idea-full'
      if (!p.mentorIds.some((m) => (primaries.get(m) ?? 0) < capacityOf(m))) return 'no-available-mentor'
      return 'left-out'
    })()
    out.push({ proposalId: p.id, rank: index + 1, reason })
  })
  return out
}
