import { describe, expect, it } from 'vitest'
import { solveAcceptedSet, type AcceptedSetInput } from '@/lib/accepted-set'
import { notTaken } from './not-taken'

const input: AcceptedSetInput = {
  slots: 2,
  proposals: [
    { id: 'a', studentId: 's1', ideaId: 'i1', mentorIds: ['m1', 'm2'] },
    { id: 'b', studentId: 's1', ideaId: 'i2', mentorIds: ['m2'] },
    { id: 'c', studentId: 's2', ideaId: 'i1', mentorIds: ['m2'] },
    { id: 'd', studentId: 's3', ideaId: 'i3', mentorIds: ['m1'] },
    { id: 'e', studentId: 's4', ideaId: 'i4', mentorIds: ['m3'] },
    { id: 'f', studentId: 's5', ideaId: null, mentorIds: ['m4'] },
  ],
  ideaCapacity: { i1: 1 },
  lostStudentIds: ['s4'],
}

describe('why a proposal is out of a working set', () => {
  it("lists the same proposals as the solver for the solver's own set, in rank order", () => {
    const solved = solveAcceptedSet(input)
    const picks = solved.accepted.map((a) => ({ proposalId: a.proposalId, primaryMentorId: a.primaryMentorId }))
    const out = notTaken(input, picks)
    expect(out.map((r) => [r.proposalId, r.rank])).toEqual(solved.rejected.map((r) => [r.proposalId, r.rank]))
    // c was not full-set material when the solver met it (idea full), but the set is full now: below the cut.
    expect(out.find((r) => r.proposalId === 'c')!.reason).toBe('below-cut')
  })
  it('names the reasons that hold after a hand edit, and "left out" when none does', () => {
    const picks = [{ proposalId: 'a', primaryMentorId: 'm1' }]
    expect(Object.fromEntries(notTaken(input, picks).map((r) => [r.proposalId, r.reason]))).toEqual({
      b: 'student-already-accepted',
      c: 'idea-full',
      d: 'no-available-mentor', // m1 is primary for a, capacity 1
      e: 'lost-to-other-organization',
      f: 'left-out',
    })
  })
})
