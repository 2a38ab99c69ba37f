// The accepted set of a season as its admins see it: the solver's input read from the rank list (lib/ranking),
// the mentors' capacities and the ideas', the students lost to other organizations; the working draft with every
// rule re-checked; why each other proposal is out; the slot scenarios. null for anyone but the season's admins.
import 'server-only'
import { checkAcceptedSet, compareAcceptedSets, slotScenarios, solveAcceptedSet, type AcceptedSetInput, type HandPick } from '@/lib/accepted-set'
import { db } from '@/lib/db'
import { seasonRanking } from '@/lib/ranking/queries'
import { isConflicted, reviewerContext, type Viewer } from '@/lib/reviews/queries'
import { currentSlots } from '@/lib/slots/queries'
import { NOT_TAKEN_LABEL, notTaken, type NotTakenReason } from './not-taken'
import { DraftPicks, type DraftPick } from './schema'

type Tx = Pick<typeof db, 'acceptedSetDraft'>

/** The stored working draft; a row whose JSON does not parse reads as none. */
export async function readDraft(seasonId: string, client: Tx = db) {
  const row = await client.acceptedSetDraft.findUnique({ where: { seasonId } })
  if (!row) return null
  const picks = DraftPicks.safeParse(row.picks)
  if (!picks.success) return null
  return { picks: picks.data, slots: row.slots, version: row.version, updatedAt: row.updatedAt, updatedById: row.updatedById }
}

/** The draft's version for optimistic concurrency (0: none yet), also when its JSON is malformed. */
export async function draftVersion(seasonId: string) {
  return (await db.acceptedSetDraft.findUnique({ where: { seasonId }, select: { version: true } }))?.version ?? 0
}

/**
 * Everything the solver needs for a season, whoever asks (callers scope it), with the names the page shows. Every
 * rankable proposal in rank order; its candidates are its willing, unconflicted reviewers, the idea's own mentors
 * first. `slots` is the latest grant (0 when none is recorded yet).
 */
export async function solverData(seasonId: string) {
  const [ranking, roles, ideas, lost, slots] = await Promise.all([
    seasonRanking(seasonId),
    db.seasonRole.findMany({ where: { seasonId, role: 'MENTOR' }, select: { userId: true, capacity: true } }),
    db.idea.findMany({ where: { seasonId }, select: { id: true, capacity: true, mentors: { select: { userId: true } } } }),
    db.lostStudent.findMany({
      where: { seasonId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, studentId: true, note: true, createdAt: true, student: { select: { name: true } }, recordedBy: { select: { name: true } } },
    }),
    currentSlots(seasonId),
  ])
  const ideaMentors = new Map(ideas.map((i) => [i.id, new Set(i.mentors.map((m) => m.userId))]))
  const mentorIdsOf = (r: (typeof ranking.ordered)[number]) => {
    const own = r.ideaId ? (ideaMentors.get(r.ideaId) ?? new Set<string>()) : new Set<string>()
    return [...r.willingIds].sort((a, b) => Number(own.has(b)) - Number(own.has(a)))
  }
  const input: AcceptedSetInput = {
    proposals: ranking.ordered.map((r) => ({ id: r.id, studentId: r.studentId, ideaId: r.ideaId, mentorIds: mentorIdsOf(r) })),
    slots: slots.allocation?.granted ?? 0,
    mentorCapacity: Object.fromEntries(roles.filter((r) => r.capacity !== null).map((r) => [r.userId, r.capacity!])),
    defaultMentorCapacity: 1,
    ideaCapacity: Object.fromEntries(ideas.map((i) => [i.id, i.capacity])),
    lostStudentIds: lost.map((l) => l.studentId),
  }
  const mentorIds = [...new Set(input.proposals.flatMap((p) => p.mentorIds))]
  const people = await db.user.findMany({ where: { id: { in: mentorIds } }, select: { id: true, name: true } })
  const mentorName = new Map(people.map((p) => [p.id, p.name ?? 'A mentor']))
  const rows = new Map(ranking.ordered.map((r, index) => [r.id, { id: r.id, rank: index + 1, title: r.title, student: r.student, studentId: r.studentId, idea: r.idea, ideaId: r.ideaId }]))
  return { input, rows, mentorName, lost, request: slots.request, allocation: slots.allocation, unrankable: ranking.unrankable }
}

export type SolverData = Awaited<ReturnType<typeof solverData>>

/**
 * The titles of the season's proposals among `picks` that are no longer on the rank list (withdrawn since, their
 * mentors gone): the rank list does not name them, the page and the violations still should.
 */
export async function offListTitles(seasonId: string, data: SolverData, picks: ReadonlyArray<{ proposalId: string }>): Promise<Map<string, string>> {
  const ids = picks.map((p) => p.proposalId).filter((id) => !data.rows.has(id))
  if (!ids.length) return new Map()
  const rows = await db.proposal.findMany({ where: { seasonId, id: { in: ids } }, select: { id: true, title: true } })
  return new Map(rows.map((r) => [r.id, r.title]))
}

/** checkAcceptedSet's messages name ids; these put the names in their place (`offList`: see offListTitles). */
export function nameViolations(data: SolverData, violations: ReturnType<typeof checkAcceptedSet>, offList: Map<string, string> = new Map()) {
  const names = new Map<string, string>()
  for (const [id, title] of offList) names.set(id, `“${title}”`)
  for (const [id, row] of data.rows) {
    names.set(id, `“${row.title}”`)
    names.set(row.studentId, row.student)
    if (row.ideaId) names.set(row.ideaId, `“${row.idea}”`)
  }
  for (const [id, name] of data.mentorName) names.set(id, name)
  return violations.map((v) => ({ ...v, message: v.message.replace(/[A-Za-z0-9_-]{8,64}/g, (token) => names.get(token) ?? token) }))
}

/**
 * Why each ranked proposal outside `picks` is out: the solver's own reasons when the picks are its set, else the
 * reasons that hold for the edited set (lib/accepted/not-taken.ts).
 */
export function reasonsOutside(input: AcceptedSetInput, picks: ReadonlyArray<HandPick>): { proposalId: string; rank: number; reason: NotTakenReason }[] {
  const solved = solveAcceptedSet(input)
  const same = solved.accepted.length === picks.length && solved.accepted.every((a) => picks.some((p) => p.proposalId === a.proposalId))
  return same ? solved.rejected : notTaken(input, picks)
}

export async function getAcceptedSetView(viewer: Viewer, seasonId: string) {
  const context = await reviewerContext(viewer, seasonId)
  if (!context.admin) return null
  const [data, draft, confirmed] = await Promise.all([
    solverData(seasonId),
    readDraft(seasonId),
    db.proposal.findMany({
      where: { seasonId, status: { in: ['ACCEPTED', 'REJECTED', 'SUBMITTED'] } },
      select: { id: true, title: true, status: true, decidedAt: true, acceptance: { select: { mentorId: true, backupMentorId: true } } },
    }),
  ])
  const conflicted = (id: string) => {
    const row = data.rows.get(id)
    return row ? isConflicted(context.conflicts, { id, studentId: row.studentId }) : false
  }
  // Before the first solve, the page previews the solver's proposal at the granted slots.
  const picks: DraftPick[] =
    draft?.picks ?? (data.allocation ? solveAcceptedSet(data.input).accepted.map((a) => ({ proposalId: a.proposalId, primaryMentorId: a.primaryMentorId, backupMentorId: a.backupMentorId })) : [])
  const slots = data.input.slots
  const offList = await offListTitles(seasonId, data, picks)
  const violations = nameViolations(data, checkAcceptedSet(data.input, picks), offList)
  const out = reasonsOutside(data.input, picks)
  const mentorOptions = (proposalId: string) => {
    const candidates = data.input.proposals.find((p) => p.id === proposalId)?.mentorIds ?? []
    return candidates.map((id) => ({ id, name: data.mentorName.get(id) ?? 'A mentor', capacity: data.input.mentorCapacity?.[id] ?? 1 }))
  }
  const load = new Map<string, number>()
  for (const p of picks) load.set(p.primaryMentorId, (load.get(p.primaryMentorId) ?? 0) + 1)

  const rankOf = (id: string) => data.rows.get(id)?.rank ?? null
  const set = [...picks]
    .sort((a, b) => (rankOf(a.proposalId) ?? Infinity) - (rankOf(b.proposalId) ?? Infinity))
    .map((p) => {
      const row = data.rows.get(p.proposalId)
      const hidden = conflicted(p.proposalId)
      return {
        proposalId: p.proposalId,
        rank: hidden ? null : (row?.rank ?? null),
        title: row?.title ?? offList.get(p.proposalId) ?? 'A proposal no longer on the rank list',
        offList: !row,
        student: row?.student ?? '',
        idea: row?.idea ?? '',
        primaryMentorId: p.primaryMentorId,
        primaryMentor: data.mentorName.get(p.primaryMentorId) ?? 'A mentor no longer willing',
        backupMentorId: p.backupMentorId,
        backupMentor: p.backupMentorId ? (data.mentorName.get(p.backupMentorId) ?? 'A mentor no longer willing') : null,
        conflicted: hidden,
        mentorOptions: hidden ? [] : mentorOptions(p.proposalId),
        problems: violations.filter((v) => v.proposalId === p.proposalId).map((v) => v.message),
      }
    })
  const notTakenRows = out.map((r) => {
    const row = data.rows.get(r.proposalId)!
    const hidden = conflicted(r.proposalId)
    return {
      proposalId: r.proposalId,
      rank: hidden ? null : r.rank,
      title: row.title,
      student: row.student,
      idea: row.idea,
      reason: NOT_TAKEN_LABEL[r.reason],
      conflicted: hidden,
      mentorOptions: hidden ? [] : mentorOptions(r.proposalId).map((m) => ({ ...m, free: (load.get(m.id) ?? 0) < m.capacity })),
    }
  })

  const decidedRows = confirmed.filter((p) => p.status !== 'SUBMITTED')
  const decided = decidedRows.length > 0
  // What a confirm would change now: proposals in or out of the accepted set, mentors, applications not decided yet.
  const acceptedNow = new Map(decidedRows.filter((p) => p.status === 'ACCEPTED').map((p) => [p.id, p]))
  const titleOf = (id: string) => data.rows.get(id)?.title ?? offList.get(id) ?? confirmed.find((p) => p.id === id)?.title ?? 'A proposal'
  const sinceConfirmed = {
    added: picks.filter((p) => !acceptedNow.has(p.proposalId)).map((p) => titleOf(p.proposalId)),
    removed: [...acceptedNow.keys()].filter((id) => !picks.some((p) => p.proposalId === id)).map(titleOf),
    mentors: picks
      .filter((p) => {
        const a = acceptedNow.get(p.proposalId)?.acceptance
        return a && (a.mentorId !== p.primaryMentorId || (a.backupMentorId ?? null) !== (p.backupMentorId ?? null))
      })
      .map((p) => titleOf(p.proposalId)),
    undecided: confirmed.filter((p) => p.status === 'SUBMITTED').length,
  }
  const unchanged = !sinceConfirmed.added.length && !sinceConfirmed.removed.length && !sinceConfirmed.mentors.length && !sinceConfirmed.undecided
  const matchesConfirmed = decided && unchanged
  const lastDecidedAt = decidedRows.reduce<Date | null>((max, p) => (p.decidedAt && (!max || p.decidedAt > max) ? p.decidedAt : max), null)

  return {
    slots,
    request: data.request,
    allocation: data.allocation,
    draft: draft ? { version: draft.version, slots: draft.slots, updatedAt: draft.updatedAt } : null,
    version: draft?.version ?? (await draftVersion(seasonId)),
    set,
    notTaken: notTakenRows,
    violations: violations.filter((v) => v.proposalId === null).map((v) => v.message),
    valid: violations.length === 0,
    unrankable: data.unrankable.map((r) => ({ id: r.id, title: r.title, student: r.student, reason: r.reason! })),
    lost: data.lost.map((l) => ({ id: l.id, student: l.student.name ?? 'A student', note: l.note, createdAt: l.createdAt, recordedBy: l.recordedBy.name ?? 'An admin' })),
    students: [...new Map([...data.rows.values()].map((r) => [r.studentId, r.student])).entries()]
      .filter(([id]) => !data.lost.some((l) => l.studentId === id))
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    decided,
    matchesConfirmed,
    sinceConfirmed,
    lastDecidedAt,
    scenarios: scenariosOf(data),
  }
}

/**
 * For every slot count of the latest request (min to max): what the solver takes, what the extra slot buys, and
 * what the students lost to other organizations change at that count. Empty without a request.
 */
function scenariosOf(data: SolverData) {
  if (!data.request) return []
  const title = (id: string) => data.rows.get(id)?.title ?? id
  const withLost = slotScenarios(data.input, data.request.minSlots, data.request.maxSlots)
  const withoutLost = data.input.lostStudentIds && [...data.input.lostStudentIds].length ? slotScenarios({ ...data.input, lostStudentIds: [] }, data.request.minSlots, data.request.maxSlots) : null
  return withLost.map((s, i) => {
    const diff = withoutLost ? compareAcceptedSets(withoutLost[i]!.result, s.result) : null
    return {
      slots: s.slots,
      taken: s.result.accepted.map((a) => ({ id: a.proposalId, rank: a.rank, title: title(a.proposalId), student: data.rows.get(a.proposalId)?.student ?? '' })),
      added: s.added.map(title),
      lostChange: diff ? { added: diff.added.map(title), removed: diff.removed.map(title) } : null,
    }
  })
}

export type AcceptedSetView = NonNullable<Awaited<ReturnType<typeof getAcceptedSetView>>>
export type { HandPick }
