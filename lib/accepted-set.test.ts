import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { largeRankList } from '@/tests/support/planted-seasons'
import { type AcceptedSet, type AcceptedSetInput, checkAcceptedSet, compareAcceptedSets, type RankedProposal, slotScenarios, solveAcceptedSet } from './accepted-set'

const proposal = (id: string, studentId: string, ideaId: string | null, mentorIds: string[]): RankedProposal => ({ id, studentId, ideaId, mentorIds })
const acceptedIds = (result: AcceptedSet) => result.accepted.map((a) => a.proposalId)
const reasonOf = (result: AcceptedSet, id: string) => result.rejected.find((r) => r.proposalId === id)?.reason

describe('solveAcceptedSet', () => {
  it('takes the best-ranked proposals up to the slots; the rest are below the cut', () => {
    const result = solveAcceptedSet({
      proposals: ['a', 'b', 'c', 'd'].map((id, i) => proposal(id, `s${i}`, null, [`m${i}`])),
      slots: 2,
    })
    expect(acceptedIds(result)).toEqual(['a', 'b'])
    expect(result.accepted[0]).toEqual({ proposalId: 'a', rank: 1, primaryMentorId: 'm0', backupMentorId: null })
    expect(result.rejected).toEqual([
      { proposalId: 'c', rank: 3, reason: 'below-cut' },
      { proposalId: 'd', rank: 4, reason: 'below-cut' },
    ])
  })

  it("accepts a student once, with their best-ranked proposal that can be staffed", () => {
    const result = solveAcceptedSet({
      proposals: [
        proposal('s1-first', 's1', 'x', []), // nobody willing
        proposal('s1-second', 's1', 'y', ['m1']),
        proposal('s1-third', 's1', 'z', ['m2']),
        proposal('s2', 's2', 'z', ['m2']),
      ],
      slots: 5,
    })
    expect(acceptedIds(result)).toEqual(['s1-second', 's2'])
    expect(reasonOf(result, 's1-first')).toBe('no-available-mentor')
    expect(reasonOf(result, 's1-third')).toBe('student-already-accepted')
  })

  it('moves a mentor to a flexible proposal so that a lower-ranked one can be staffed (augmenting path)', () => {
    // Naive greedy would give a the first mentor, m1, and leave b without one.
    const result = solveAcceptedSet({
      proposals: [proposal('a', 's1', null, ['m1', 'm2']), proposal('b', 's2', null, ['m1']), proposal('c', 's3', null, ['m2'])],
      slots: 3,
    })
    expect(result.accepted.map((a) => [a.proposalId, a.primaryMentorId])).toEqual([
      ['a', 'm2'],
      ['b', 'm1'],
    ])
    expect(reasonOf(result, 'c')).toBe('no-available-mentor')
  })

  it('respects mentor capacity and idea capacity', () => {
    const result = solveAcceptedSet({
      proposals: [
        proposal('a', 's1', 'idea', ['busy']),
        proposal('b', 's2', 'idea', ['busy', 'other']),
        proposal('c', 's3', 'idea', ['other']),
        proposal('d', 's4', null, ['busy']),
        proposal('e', 's5', null, ['busy']),
      ],
      slots: 10,
      mentorCapacity: { busy: 2 },
      ideaCapacity: { idea: 2 },
    })
    expect(acceptedIds(result)).toEqual(['a', 'b', 'd'])
    expect(reasonOf(result, 'c')).toBe('idea-full')
    expect(reasonOf(result, 'e')).toBe('no-available-mentor')
    expect(result.accepted.find((a) => a.proposalId === 'b')!.primaryMentorId).toBe('other')
  })

  it('leaves out students lost to another organization, and their slot goes to the next', () => {
    const input: AcceptedSetInput = {
      proposals: [proposal('a', 's1', null, ['m1']), proposal('b', 's2', null, ['m2']), proposal('c', 's3', null, ['m3'])],
      slots: 2,
    }
    expect(acceptedIds(solveAcceptedSet(input))).toEqual(['a', 'b'])
    const result = solveAcceptedSet({ ...input, lostStudentIds: ['s1'] })
    expect(acceptedIds(result)).toEqual(['b', 'c'])
    expect(reasonOf(result, 'a')).toBe('lost-to-other-organization')
  })

  it('follows the ranking even when that accepts fewer: rank 1 over ranks 2 and 3 together', () => {
    // a and b are one student's; a and c share an idea of capacity 1. {b, c} is larger, {a} ranks better.
    const result = solveAcceptedSet({
      proposals: [proposal('a', 's1', 'i', ['m1']), proposal('b', 's1', 'j', ['m2']), proposal('c', 's2', 'i', ['m3'])],
      slots: 2,
      ideaCapacity: { i: 1 },
    })
    expect(acceptedIds(result)).toEqual(['a'])
    expect(reasonOf(result, 'b')).toBe('student-already-accepted')
    expect(reasonOf(result, 'c')).toBe('idea-full')
  })

  it('gives a backup mentor where another is willing, spreading the load; never a mentor of capacity 0', () => {
    const result = solveAcceptedSet({
      proposals: [
        proposal('a', 's1', null, ['m1', 'm2', 'm3']),
        proposal('b', 's2', null, ['m2', 'm1', 'm3']),
        proposal('c', 's3', null, ['m3', 'off']),
        proposal('d', 's4', null, ['m4']),
      ],
      slots: 4,
      mentorCapacity: { off: 0 },
    })
    const [a, b, c, d] = result.accepted
    expect(a).toMatchObject({ primaryMentorId: 'm1', backupMentorId: 'm2' })
    expect(b).toMatchObject({ primaryMentorId: 'm2', backupMentorId: 'm1' })
    expect(c).toMatchObject({ primaryMentorId: 'm3', backupMentorId: null })
    expect(d).toMatchObject({ primaryMentorId: 'm4', backupMentorId: null })
  })

  it('refuses malformed input with a clear message', () => {
    const one = [proposal('a', 's1', null, ['m1'])]
    expect(() => solveAcceptedSet({ proposals: one, slots: -1 })).toThrow(/slots must be a whole number/)
    expect(() => solveAcceptedSet({ proposals: one, slots: 1.5 })).toThrow(/slots must be a whole number/)
    expect(() => solveAcceptedSet({ proposals: one, slots: 1, mentorCapacity: { m1: -2 } })).toThrow(/capacity of mentor m1/)
    expect(() => solveAcceptedSet({ proposals: one, slots: 1, ideaCapacity: { x: Number.NaN } })).toThrow(/capacity of idea x/)
    expect(() => solveAcceptedSet({ proposals: [...one, ...one], slots: 1 })).toThrow(/appears twice/)
    expect(solveAcceptedSet({ proposals: [], slots: 3 })).toEqual({ accepted: [], rejected: [] })
  })

  // Its speed is the benchmark's business (npm run bench:pure); here, only that a large season comes out whole.
  it('solves a season of 10,000 proposals, giving each one a place or a reason', () => {
    const input = largeRankList(10_000, 42)
    const result = solveAcceptedSet(input)
    expect(result.accepted.length).toBe(input.slots)
    expect(result.accepted.length + result.rejected.length).toBe(10_000)
  })
})

describe('slotScenarios', () => {
  it('says what each extra slot buys', () => {
    const input: AcceptedSetInput = {
      proposals: [
        proposal('a', 's1', null, ['m1']),
        proposal('b', 's1', null, ['m2']),
        proposal('c', 's2', null, ['m1']),
        proposal('d', 's3', null, ['m2']),
        proposal('e', 's4', null, ['m3']),
      ],
      slots: 0,
    }
    const scenarios = slotScenarios(input, 1, 4)
    expect(scenarios.map((s) => [s.slots, s.added, acceptedIds(s.result)])).toEqual([
      [1, ['a'], ['a']],
      [2, ['d'], ['a', 'd']],
      [3, ['e'], ['a', 'd', 'e']],
      [4, [], ['a', 'd', 'e']], // nothing more can be staffed
    ])
    expect(scenarios.every((s) => s.removed.length === 0)).toBe(true)
    // What changes if a student is lost to another organization.
    const lost = slotScenarios({ ...input, lostStudentIds: ['s1'] }, 1, 2)
    expect(lost.map((s) => acceptedIds(s.result))).toEqual([['c'], ['c', 'd']])
    expect(compareAcceptedSets(scenarios[1]!.result, lost[1]!.result)).toEqual({ added: ['c'], removed: ['a'], mentorsChanged: [] })
    expect(() => slotScenarios(input, 3, 2)).toThrow(/below minSlots/)
  })
})

describe('checkAcceptedSet', () => {
  const input: AcceptedSetInput = {
    proposals: [
      proposal('a', 's1', 'i', ['m1', 'm2']),
      proposal('b', 's1', 'j', ['m2']),
      proposal('c', 's2', 'i', ['m1', 'zero']),
      proposal('d', 's3', null, ['m3']),
    ],
    slots: 2,
    ideaCapacity: { i: 1 },
    mentorCapacity: { zero: 0 },
    lostStudentIds: ['s3'],
  }
  const codes = (picks: Parameters<typeof checkAcceptedSet>[1]) => checkAcceptedSet(input, picks).map((v) => [v.code, v.proposalId])

  it("accepts the solver's own set, and a valid hand-made swap", () => {
    const solved = solveAcceptedSet(input).accepted
    expect(checkAcceptedSet(input, solved)).toEqual([])
    expect(checkAcceptedSet(input, [{ proposalId: 'a', primaryMentorId: 'm2', backupMentorId: 'm1' }])).toEqual([])
  })

  it('names every broken rule', () => {
    expect(codes([{ proposalId: 'a', primaryMentorId: 'm1' }, { proposalId: 'b', primaryMentorId: 'm2' }, { proposalId: 'd', primaryMentorId: 'm3' }])).toEqual([
      ['over-slots', null],
      ['student-twice', 'b'],
      ['student-lost', 'd'],
    ])
    expect(codes([{ proposalId: 'a', primaryMentorId: 'm1' }, { proposalId: 'c', primaryMentorId: 'm1' }])).toEqual([
      ['idea-full', 'c'],
      ['primary-over-capacity', 'c'],
    ])
    expect(codes([{ proposalId: 'a', primaryMentorId: 'm3', backupMentorId: 'm9' }])).toEqual([
      ['primary-not-willing', 'a'],
      ['backup-not-willing', 'a'],
    ])
    expect(codes([{ proposalId: 'c', primaryMentorId: 'm1', backupMentorId: 'm1' }])).toEqual([['backup-is-primary', 'c']])
    expect(codes([{ proposalId: 'c', primaryMentorId: 'm1', backupMentorId: 'zero' }])).toEqual([['backup-no-capacity', 'c']])
    expect(codes([{ proposalId: 'x', primaryMentorId: 'm1' }, { proposalId: 'a', primaryMentorId: 'm1' }, { proposalId: 'a', primaryMentorId: 'm2' }])).toEqual([
      ['over-slots', null],
      ['unknown-proposal', 'x'],
      ['picked-twice', 'a'],
    ])
    expect(checkAcceptedSet(input, [{ proposalId: 'a', primaryMentorId: 'm3' }])[0]!.message).toBe(
      'Mentor m3 is not a willing, unconflicted mentor of this proposal.',
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Property tests: random small seasons against brute force; random larger seasons against the rules.

/** A random season; mentor and idea capacities sometimes left out (default 1, unlimited). */
const season = (maxProposals: number) =>
  fc
    .record({
      students: fc.integer({ min: 1, max: 5 }),
      mentors: fc.integer({ min: 1, max: 5 }),
      ideas: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ students, mentors, ideas }) =>
      fc.record({
        proposals: fc.array(
          fc.record({
            student: fc.integer({ min: 0, max: students - 1 }),
            idea: fc.option(fc.integer({ min: 0, max: ideas - 1 }), { nil: null }),
            mentors: fc.uniqueArray(fc.integer({ min: 0, max: mentors - 1 }), { maxLength: 3 }),
          }),
          { maxLength: maxProposals },
        ),
        slots: fc.integer({ min: 0, max: maxProposals }),
        mentorCapacity: fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), { minLength: mentors, maxLength: mentors }),
        ideaCapacity: fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), { minLength: ideas, maxLength: ideas }),
        lost: fc.uniqueArray(fc.integer({ min: 0, max: students - 1 }), { maxLength: 2 }),
      }),
    )
    .map(
      (s): AcceptedSetInput => ({
        proposals: s.proposals.map((p, k) => proposal(`p${k}`, `s${p.student}`, p.idea === null ? null : `i${p.idea}`, p.mentors.map((m) => `m${m}`))),
        slots: s.slots,
        mentorCapacity: Object.fromEntries(s.mentorCapacity.flatMap((c, m) => (c === undefined ? [] : [[`m${m}`, c]]))),
        ideaCapacity: Object.fromEntries(s.ideaCapacity.flatMap((c, i) => (c === undefined ? [] : [[`i${i}`, c]]))),
        lostStudentIds: s.lost.map((st) => `s${st}`),
      }),
    )

const mentorCapacity = (input: AcceptedSetInput, mentorId: string) => input.mentorCapacity?.[mentorId] ?? input.defaultMentorCapacity ?? 1

/** Can these proposals get distinct primary mentors within capacity? Simple augmenting-path matching (Kuhn). */
function staffable(input: AcceptedSetInput, indexes: number[]): boolean {
  const load = new Map<string, number[]>()
  const tryPlace = (k: number, seen: Set<string>): boolean => {
    for (const m of input.proposals[k]!.mentorIds) {
      if (seen.has(m)) continue
      seen.add(m)
      const on = load.get(m) ?? []
      if (on.length < mentorCapacity(input, m)) {
        load.set(m, [...on, k])
        return true
      }
      for (const other of on) {
        if (tryPlace(other, seen)) {
          load.set(m, [...(load.get(m) ?? []).filter((x) => x !== other), k])
          return true
        }
      }
    }
    return false
  }
  return indexes.every((k) => tryPlace(k, new Set()))
}

/** Every rule, checked on a subset of proposal indexes (without mentors). */
function validWithoutMentors(input: AcceptedSetInput, indexes: number[]): boolean {
  if (indexes.length > input.slots) return false
  const lost = new Set(input.lostStudentIds ?? [])
  const students = new Set<string>()
  const ideas = new Map<string, number>()
  for (const k of indexes) {
    const p = input.proposals[k]!
    if (lost.has(p.studentId) || students.has(p.studentId)) return false
    students.add(p.studentId)
    if (p.ideaId !== null) {
      const count = (ideas.get(p.ideaId) ?? 0) + 1
      if (count > (input.ideaCapacity?.[p.ideaId] ?? Infinity)) return false
      ideas.set(p.ideaId, count)
    }
  }
  return true
}

/** The returned set obeys every rule, with the primaries and backups it names; every proposal is decided once. */
function checkRules(input: AcceptedSetInput, result: AcceptedSet) {
  const rankOf = new Map(input.proposals.map((p, k) => [p.id, k]))
  const indexes = result.accepted.map((a) => rankOf.get(a.proposalId)!)
  expect(validWithoutMentors(input, indexes)).toBe(true)
  expect([...result.accepted.map((a) => a.rank), ...result.rejected.map((r) => r.rank)].sort((x, y) => x - y)).toEqual(input.proposals.map((_, k) => k + 1))
  const primaries = new Map<string, number>()
  for (const a of result.accepted) {
    const p = input.proposals[a.rank - 1]!
    expect(p.id).toBe(a.proposalId)
    expect(p.mentorIds).toContain(a.primaryMentorId)
    primaries.set(a.primaryMentorId, (primaries.get(a.primaryMentorId) ?? 0) + 1)
    const others = p.mentorIds.filter((m) => m !== a.primaryMentorId && mentorCapacity(input, m) > 0)
    if (others.length === 0) expect(a.backupMentorId).toBeNull()
    else expect(others).toContain(a.backupMentorId)
  }
  for (const [m, count] of primaries) expect(count).toBeLessThanOrEqual(mentorCapacity(input, m))
  expect(result.accepted.map((a) => a.rank)).toEqual([...indexes].map((k) => k + 1).sort((x, y) => x - y))
}

/** Each reason is true of the proposals taken above it (better-ranked). */
function checkReasons(input: AcceptedSetInput, result: AcceptedSet) {
  const lost = new Set(input.lostStudentIds ?? [])
  for (const r of result.rejected) {
    const p = input.proposals[r.rank - 1]!
    const above = result.accepted.filter((a) => a.rank < r.rank).map((a) => a.rank - 1)
    const abovePlusThis = [...above, r.rank - 1]
    switch (r.reason) {
      case 'lost-to-other-organization':
        expect(lost.has(p.studentId)).toBe(true)
        break
      case 'student-already-accepted':
        expect(lost.has(p.studentId)).toBe(false)
        expect(above.some((k) => input.proposals[k]!.studentId === p.studentId)).toBe(true)
        break
      case 'below-cut':
        expect(above.length).toBe(input.slots)
        break
      case 'idea-full':
        expect(above.length).toBeLessThan(input.slots)
        expect(above.filter((k) => input.proposals[k]!.ideaId === p.ideaId).length).toBe(input.ideaCapacity![p.ideaId!])
        break
      case 'no-available-mentor':
        expect(validWithoutMentors(input, abovePlusThis)).toBe(true)
        expect(staffable(input, abovePlusThis)).toBe(false)
        break
    }
    // Whatever the reason, the final set cannot take it too (the set is maximal).
    const all = [...result.accepted.map((a) => a.rank - 1), r.rank - 1]
    expect(validWithoutMentors(input, all) && staffable(input, all)).toBe(false)
  }
}

describe('solveAcceptedSet, property-based', () => {
  it('returns a set that obeys every rule, with right reasons (seasons of up to 40 proposals)', () => {
    fc.assert(
      fc.property(season(40), (input) => {
        const result = solveAcceptedSet(input)
        checkRules(input, result)
        checkReasons(input, result)
        expect(checkAcceptedSet(input, result.accepted)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('no valid set is lexicographically better by rank (brute force on up to 9 proposals)', () => {
    fc.assert(
      fc.property(season(9), (input) => {
        const n = input.proposals.length
        // A subset as a bit mask with rank 1 the most significant bit: the largest valid mask is the best set.
        let best = 0
        for (let mask = 0; mask < 1 << n; mask++) {
          if (mask <= best) continue
          const indexes = input.proposals.map((_, k) => k).filter((k) => mask & (1 << (n - 1 - k)))
          if (validWithoutMentors(input, indexes) && staffable(input, indexes)) best = mask
        }
        const solved = solveAcceptedSet(input).accepted.reduce((mask, a) => mask | (1 << (n - a.rank)), 0)
        expect(solved).toBe(best)
      }),
      { numRuns: 400 },
    )
  })

  it('slot scenarios only ever add, one proposal a slot at most', () => {
    fc.assert(
      fc.property(season(15), (input) => {
        const scenarios = slotScenarios(input, 0, 8)
        for (const s of scenarios) {
          expect(s.removed).toEqual([])
          expect(s.added.length).toBeLessThanOrEqual(1)
          expect(s.result).toEqual(solveAcceptedSet({ ...input, slots: s.slots }))
        }
      }),
      { numRuns: 100 },
    )
  })
})
