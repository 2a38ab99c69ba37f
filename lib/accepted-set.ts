// The accepted-set solver: from the rank list and the granted slots, which proposals the organization accepts,
// with a primary and a backup mentor for each, and why every other proposal is not taken. Pure: no I/O.
//
// The rules a set must satisfy ("valid"): at most `slots` proposals; at most one per student; none of a student
// lost to another organization; at most an idea's capacity per idea; and the proposals can be given distinct
// primary mentors — each one a willing, unconflicted mentor of the proposal, no mentor primary for more than their
// capacity. The last is a bipartite matching (a b-matching: a mentor of capacity c is c copies of one vertex).
//
// Among valid sets we want the lexicographically best by rank: of two sets, the better is the one holding the
// best-ranked proposal that is in one and not the other. Greedy in rank order — take proposal k when the taken set
// plus k is still valid — finds it, and the reason needs no matroid: valid sets are closed under removal (drop a
// proposal and every rule still holds), and that is enough. Let G be the greedy set and T any other valid set, and
// k the best-ranked proposal in exactly one of them. Above k they agree (call that A). If k were in T, then A + k
// is a subset of T, so valid, and greedy — which held exactly A when it reached k — would have taken k. So k is in
// G: G beats T. (Greedy can take fewer proposals than the largest valid set — e.g. a student's rank-1 proposal
// filling an idea that two lower-ranked proposals wanted — which is what "follow the ranking" asks for.)
//
// The test "taken set plus k is valid" is exact for the mentors too: we keep a matching of the taken set and look
// for an augmenting path from k (Berge: a larger matching exists if and only if one does). When a search fails,
// every mentor it reached is full and every proposal placed on them has only mentors among them; later
// augmentations never enter that closed set, so those mentors are marked dead and never searched again. Each
// success costs O(edges) and happens at most `slots` times; failures cost O(edges) in total.

export type RankedProposal = {
  id: string
  studentId: string
  /** null for a proposal on the student's own topic: no idea capacity applies. */
  ideaId: string | null
  /** Mentors who said they are willing and are not conflicted, in order of preference for primary. */
  mentorIds: ReadonlyArray<string>
}

export type AcceptedSetInput = {
  /** The rank list, best first. */
  proposals: ReadonlyArray<RankedProposal>
  slots: number
  /** Most students a mentor can be primary for; a mentor not listed has `defaultMentorCapacity`. */
  mentorCapacity?: Readonly<Record<string, number>>
  /** Default 1. */
  defaultMentorCapacity?: number
  /** Most accepted proposals per idea; an idea not listed has no limit. */
  ideaCapacity?: Readonly<Record<string, number>>
  /** Students who accepted another organization's offer (cross-organization duplicates, as Google reports them). */
  lostStudentIds?: Iterable<string>
}

export type RejectionReason = 'lost-to-other-organization' | 'student-already-accepted' | 'below-cut' | 'idea-full' | 'no-available-mentor'

export const REJECTION_REASON_LABEL: Record<RejectionReason, string> = {
  'lost-to-other-organization': 'Student lost to another organization',
  'student-already-accepted': "The student's better-ranked proposal was taken",
  'below-cut': 'Below the cut',
  'idea-full': 'Idea full',
  'no-available-mentor': 'No available mentor',
}

export type AcceptedProposal = { proposalId: string; rank: number; primaryMentorId: string; backupMentorId: string | null }
export type RejectedProposal = { proposalId: string; rank: number; reason: RejectionReason }

export type AcceptedSet = {
  /** In rank order. */
  accepted: AcceptedProposal[]
  /** In rank order, every proposal not accepted. */
  rejected: RejectedProposal[]
}

/**
 * Solves for the accepted set (see the top of this file for the rules and why greedy is right). Ranks are 1-based
 * positions in `proposals`. When several reasons apply to a proposal not taken, the first in this order is given:
 * lost to another organization, the student's better-ranked proposal taken, below the cut, idea full, no mentor.
 * Backup mentors do not use capacity (they step in only when the primary cannot): the backup is the proposal's
 * willing mentor, other than the primary and with a capacity above 0, who is backing up or mentoring least so far.
 * Throws a RangeError on a malformed input (duplicate proposal id, negative or fractional slot or capacity).
 */
export function solveAcceptedSet(input: AcceptedSetInput): AcceptedSet {
  const { proposals, slots } = input
  assertCount(slots, 'slots')
  const defaultCapacity = input.defaultMentorCapacity ?? 1
  assertCount(defaultCapacity, 'defaultMentorCapacity')
  for (const [id, capacity] of Object.entries(input.mentorCapacity ?? {})) assertCount(capacity, `capacity of mentor ${id}`)
  for (const [id, capacity] of Object.entries(input.ideaCapacity ?? {})) assertCount(capacity, `capacity of idea ${id}`)
  const lost = new Set(input.lostStudentIds ?? [])

  // Mentors as integers; each proposal's distinct mentors as an index list.
  const mentorIndex = new Map<string, number>()
  const mentorNames: string[] = []
  const edges: number[][] = []
  const ids = new Set<string>()
  for (const proposal of proposals) {
    if (ids.has(proposal.id)) throw new RangeError(`proposal ${proposal.id} appears twice in the rank list`)
    ids.add(proposal.id)
    const list: number[] = []
    for (const mentorId of proposal.mentorIds) {
      let m = mentorIndex.get(mentorId)
      if (m === undefined) {
        m = mentorNames.length
        mentorIndex.set(mentorId, m)
        mentorNames.push(mentorId)
      }
      if (!list.includes(m)) list.push(m)
    }
    edges.push(list)
  }
  const M = mentorNames.length
  const capacity = mentorNames.map((id) => input.mentorCapacity?.[id] ?? defaultCapacity)
  const assigned: number[][] = mentorNames.map(() => []) // proposals (indexes) each mentor is primary for
  const primaryOf = new Int32Array(proposals.length).fill(-1)
  const dead = new Uint8Array(M)
  const stamp = new Int32Array(M) // which search last visited a mentor
  const via = new Int32Array(M) // the proposal that would move onto this mentor
  let search = 0
  const queue = new Int32Array(M)

  // BFS for an augmenting path from proposal k; applies it and returns true, or marks what it reached dead.
  const augment = (k: number): boolean => {
    search++
    let head = 0
    let tail = 0
    for (const m of edges[k]!) {
      if (dead[m] || stamp[m] === search) continue
      stamp[m] = search
      via[m] = k
      queue[tail++] = m
    }
    while (head < tail) {
      const m = queue[head++]!
      if (assigned[m]!.length < capacity[m]!) {
        // Walk back: each proposal on the path moves to the mentor after it; k takes the first.
        let mentor = m
        for (;;) {
          const p = via[mentor]!
          const previous = primaryOf[p]!
          assigned[mentor]!.push(p)
          primaryOf[p] = mentor
          if (previous === -1) return true
          const list = assigned[previous]!
          list.splice(list.indexOf(p), 1)
          mentor = previous
        }
      }
      for (const p of assigned[m]!) {
        for (const next of edges[p]!) {
          if (dead[next] || stamp[next] === search) continue
          stamp[next] = search
          via[next] = p
          queue[tail++] = next
        }
      }
    }
    for (let i = 0; i < tail; i++) dead[queue[i]!] = 1
    return false
  }

  const studentTaken = new Set<string>()
  const ideaTaken = new Map<string, number>()
  const taken: number[] = []
  const rejected: RejectedProposal[] = []
  proposals.forEach((proposal, k) => {
    const reject = (reason: RejectionReason) => rejected.push({ proposalId: proposal.id, rank: k + 1, reason })
    if (lost.has(proposal.studentId)) return reject('lost-to-other-organization')
    if (studentTaken.has(proposal.studentId)) return reject('student-already-accepted')
    if (taken.length >= slots) return reject('below-cut')
    const ideaCapacity = proposal.ideaId === null ? undefined : input.ideaCapacity?.[proposal.ideaId]
    if (ideaCapacity !== undefined && (ideaTaken.get(proposal.ideaId!) ?? 0) >= ideaCapacity) return reject('idea-full')
    if (!augment(k)) return reject('no-available-mentor')
    taken.push(k)
    studentTaken.add(proposal.studentId)
    if (proposal.ideaId !== null) ideaTaken.set(proposal.ideaId, (ideaTaken.get(proposal.ideaId) ?? 0) + 1)
  })

  // Backups, best-ranked first, spreading the load.
  const load = assigned.map((list) => list.length)
  const accepted = taken.map((k): AcceptedProposal => {
    const primary = primaryOf[k]!
    let backup = -1
    for (const m of edges[k]!) {
      if (m === primary || capacity[m] === 0) continue
      if (backup === -1 || load[m]! < load[backup]!) backup = m
    }
    if (backup !== -1) load[backup]!++
    return {
      proposalId: proposals[k]!.id,
      rank: k + 1,
      primaryMentorId: mentorNames[primary]!,
      backupMentorId: backup === -1 ? null : mentorNames[backup]!,
    }
  })
  return { accepted, rejected }
}

/** What changes from one accepted set to another (another slot count, a student lost to another organization). */
export function compareAcceptedSets(before: AcceptedSet, after: AcceptedSet): { added: string[]; removed: string[]; mentorsChanged: string[] } {
  const old = new Map(before.accepted.map((a) => [a.proposalId, a]))
  const now = new Set(after.accepted.map((a) => a.proposalId))
  return {
    added: after.accepted.filter((a) => !old.has(a.proposalId)).map((a) => a.proposalId),
    removed: before.accepted.filter((a) => !now.has(a.proposalId)).map((a) => a.proposalId),
    mentorsChanged: after.accepted
      .filter((a) => {
        const was = old.get(a.proposalId)
        return was !== undefined && (was.primaryMentorId !== a.primaryMentorId || was.backupMentorId !== a.backupMentorId)
      })
      .map((a) => a.proposalId),
  }
}

export type SlotScenario = {
  slots: number
  result: AcceptedSet
  /** Proposals this slot count takes that one slot fewer does not: what the extra slot buys. */
  added: string[]
  /** Proposals one slot fewer takes that this count does not (always empty: the sets grow with the slots). */
  removed: string[]
}

/**
 * The accepted set for every slot count from minSlots to maxSlots. Greedy takes the same proposals in the same
 * order until the slots run out, so each extra slot adds at most one proposal (none when nothing more can be
 * staffed); mentors may be reassigned between counts. The first scenario compares with minSlots − 1.
 */
export function slotScenarios(input: AcceptedSetInput, minSlots: number, maxSlots: number): SlotScenario[] {
  assertCount(minSlots, 'minSlots')
  assertCount(maxSlots, 'maxSlots')
  if (maxSlots < minSlots) throw new RangeError('maxSlots is below minSlots')
  if (maxSlots - minSlots > 1000) throw new RangeError('at most 1,000 slot counts at once')
  const scenarios: SlotScenario[] = []
  let previous: AcceptedSet = minSlots > 0 ? solveAcceptedSet({ ...input, slots: minSlots - 1 }) : { accepted: [], rejected: [] }
  for (let slots = minSlots; slots <= maxSlots; slots++) {
    const result = solveAcceptedSet({ ...input, slots })
    const { added, removed } = compareAcceptedSets(previous, result)
    scenarios.push({ slots, result, added, removed })
    previous = result
  }
  return scenarios
}

export type HandPick = { proposalId: string; primaryMentorId: string; backupMentorId?: string | null }

export type SetViolationCode =
  | 'unknown-proposal'
  | 'picked-twice'
  | 'over-slots'
  | 'student-twice'
  | 'student-lost'
  | 'idea-full'
  | 'primary-not-willing'
  | 'primary-over-capacity'
  | 'backup-is-primary'
  | 'backup-not-willing'
  | 'backup-no-capacity'

export type SetViolation = { code: SetViolationCode; proposalId: string | null; mentorId?: string; message: string }

/**
 * Re-checks every rule on a set an admin edited by hand (swapped a proposal or a mentor): the same rules the
 * solver keeps, but with the mentors as given instead of matched. Returns every violation (empty when valid),
 * each with a message an admin can act on; ids stand for names, which the caller may substitute.
 */
export function checkAcceptedSet(input: AcceptedSetInput, picks: ReadonlyArray<HandPick>): SetViolation[] {
  const violations: SetViolation[] = []
  const byId = new Map(input.proposals.map((p) => [p.id, p]))
  const lost = new Set(input.lostStudentIds ?? [])
  const capacityOf = (mentorId: string) => input.mentorCapacity?.[mentorId] ?? input.defaultMentorCapacity ?? 1
  const seen = new Set<string>()
  const students = new Map<string, string>()
  const ideas = new Map<string, number>()
  const primaries = new Map<string, number>()
  if (picks.length > input.slots) {
    violations.push({ code: 'over-slots', proposalId: null, message: `${picks.length} proposals picked for ${input.slots} slots.` })
  }
  for (const pick of picks) {
    const proposal = byId.get(pick.proposalId)
    const add = (code: SetViolationCode, message: string, mentorId?: string) =>
      violations.push({ code, proposalId: pick.proposalId, ...(mentorId === undefined ? {} : { mentorId }), message })
    if (!proposal) {
      add('unknown-proposal', `Proposal ${pick.proposalId} is not on the rank list.`)
      continue
    }
    if (seen.has(proposal.id)) {
      add('picked-twice', `Proposal ${proposal.id} is picked twice.`)
      continue
    }
    seen.add(proposal.id)
    if (lost.has(proposal.studentId)) add('student-lost', `Student ${proposal.studentId} was lost to another organization.`)
    const other = students.get(proposal.studentId)
    if (other !== undefined) add('student-twice', `Student ${proposal.studentId} already has proposal ${other} accepted.`)
    else students.set(proposal.studentId, proposal.id)
    if (proposal.ideaId !== null) {
      const count = (ideas.get(proposal.ideaId) ?? 0) + 1
      ideas.set(proposal.ideaId, count)
      const cap = input.ideaCapacity?.[proposal.ideaId]
      if (cap !== undefined && count > cap) add('idea-full', `Idea ${proposal.ideaId} takes at most ${cap}.`)
    }
    const willing = new Set(proposal.mentorIds)
    if (!willing.has(pick.primaryMentorId)) {
      add('primary-not-willing', `Mentor ${pick.primaryMentorId} is not a willing, unconflicted mentor of this proposal.`, pick.primaryMentorId)
    } else {
      const count = (primaries.get(pick.primaryMentorId) ?? 0) + 1
      primaries.set(pick.primaryMentorId, count)
      const cap = capacityOf(pick.primaryMentorId)
      if (count > cap) add('primary-over-capacity', `Mentor ${pick.primaryMentorId} can be primary for at most ${cap}.`, pick.primaryMentorId)
    }
    const backup = pick.backupMentorId ?? null
    if (backup !== null) {
      if (backup === pick.primaryMentorId) add('backup-is-primary', 'The backup mentor must be someone other than the primary.', backup)
      else if (!willing.has(backup)) add('backup-not-willing', `Mentor ${backup} is not a willing, unconflicted mentor of this proposal.`, backup)
      else if (capacityOf(backup) === 0) add('backup-no-capacity', `Mentor ${backup} takes no students this season.`, backup)
    }
  }
  return violations
}

function assertCount(value: number, name: string) {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number, 0 or more (got ${value})`)
}
