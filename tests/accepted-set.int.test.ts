// The accepted set on Postgres: the solver fed from the rank list, the working draft (solve, hand edits with every
// rule re-checked, optimistic concurrency), confirming the decisions (once: a second confirm changes nothing),
// students lost to other organizations, the demo's replay of 2011, for every role; and the demo seed, which at
// 6 slots yields exactly the six students Xen.org accepted in 2011.
import { readFileSync } from 'node:fs'
import { revalidateTag } from 'next/cache'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { solveAcceptedSet } from '@/lib/accepted-set'
import { confirmAcceptedSet, editDraft, recordLostStudent, removeLostStudent, replayDecisions, solveDraft } from '@/lib/accepted/actions'
import { REPLAY_CLOCK } from '@/lib/accepted/schema'
import { getAcceptedSetView, solverData } from '@/lib/accepted/queries'
import { db } from '@/lib/db'
import { listMyProposals } from '@/lib/proposals/queries'
import { tags } from '@/lib/public-cache'
import { afterConfirm, resetSeasonClose } from '@/lib/season-close/after-confirm'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { ALL_BUT, expectRefusedForRoles } from './support/matrix'
import { form, setClock, signInAs, signOut } from './support/session'

vi.mock('@/lib/season-close/after-confirm', () => ({ afterConfirm: vi.fn(async () => {}), resetSeasonClose: vi.fn(async () => {}) }))

const facts = JSON.parse(readFileSync(new URL('../prisma/seed/xen-2011-facts.json', import.meta.url), 'utf8'))
const DAY = 24 * 60 * 60 * 1000
const seasons: string[] = []
const ok = { ok: true } as const

type World = Awaited<ReturnType<typeof world>>

let n = 0
/**
 * A season ranked A, B, C, D (E cannot be ranked): A (student, idea of capacity 1: mentor and otherMentor
 * willing), B (otherStudent, idea2: otherMentor), C (student's second, idea2: otherMentor), D (third student,
 * idea: mentor). mentor takes 1, otherMentor 2. A slot request of 1 to 4, 2 slots granted.
 */
async function world() {
  const s = await createSeasonFixture({ applications: 'closed' })
  seasons.push(s.season.id)
  const third = await db.user.create({ data: { name: `Third ${s.tag}`, email: `third-${s.tag}@example.test` } })
  await db.seasonRole.create({ data: { seasonId: s.season.id, userId: third.id, role: 'STUDENT' } })
  const idea2 = await db.idea.create({
    data: { seasonId: s.season.id, slug: `idea2-${s.tag}`, title: `Idea two ${s.tag}`, summary: 'Second idea.', status: 'PUBLISHED', capacity: 2, mentors: { create: [{ userId: s.otherMentor.id }] } },
  })
  const proposal = async (title: string, studentId: string, ideaId: string, reviews: [{ id: string }, number, boolean][]) => {
    n += 1
    const p = await db.proposal.create({
      data: { seasonId: s.season.id, studentId, ideaId, title, abstract: `Abstract of ${title}.`, links: [], status: 'SUBMITTED', submittedAt: new Date(Date.now() - 3 * DAY + n) },
    })
    for (const [reviewer, overallScore, willingToMentor] of reviews) await db.review.create({ data: { proposalId: p.id, reviewerId: reviewer.id, overallScore, willingToMentor } })
    return p
  }
  const a = await proposal('A', s.student.id, s.idea.id, [[s.mentor, 5, true], [s.otherMentor, 5, true]])
  const b = await proposal('B', s.otherStudent.id, idea2.id, [[s.otherMentor, 4, true]])
  const c = await proposal('C', s.student.id, idea2.id, [[s.otherMentor, 3, true]])
  const d = await proposal('D', third.id, s.idea.id, [[s.mentor, 3, true]])
  const e = await proposal('E', third.id, idea2.id, [[s.mentor, 2, false]])
  await db.rankOrder.create({ data: { seasonId: s.season.id, proposalIds: [a.id, b.id, c.id, d.id], version: 1 } })
  await db.slotRequest.create({ data: { seasonId: s.season.id, minSlots: 1, maxSlots: 4, requestedById: s.admin.id } })
  await db.slotAllocation.create({ data: { seasonId: s.season.id, granted: 2, recordedById: s.admin.id } })
  return { s, third, idea2, a, b, c, d, e }
}

const solve = (w: World, version = 0) => solveDraft(ok, form({ seasonId: w.s.season.id, version }))
const version = async (w: World) => (await db.acceptedSetDraft.findUnique({ where: { seasonId: w.s.season.id } }))?.version ?? 0
const edit = async (w: World, fields: Record<string, string>) => editDraft(ok, form({ seasonId: w.s.season.id, version: await version(w), ...fields }))
const confirm = async (w: World) => confirmAcceptedSet(ok, form({ seasonId: w.s.season.id, version: await version(w) }))
const draft = (w: World) => db.acceptedSetDraft.findUnique({ where: { seasonId: w.s.season.id }, select: { picks: true, version: true } })
const decisions = (w: World) =>
  Promise.all([
    db.proposal.findMany({ where: { seasonId: w.s.season.id }, select: { id: true, title: true, status: true, decidedAt: true, decisionReason: true }, orderBy: { title: 'asc' } }),
    db.acceptance.findMany({ where: { seasonId: w.s.season.id }, orderBy: { proposalId: 'asc' } }),
    draft(w),
  ])
const picksOf = async (w: World) => ((await draft(w))?.picks ?? []) as { proposalId: string; primaryMentorId: string; backupMentorId: string | null }[]

let w: World
let other: World

beforeAll(async () => {
  w = await world()
  other = await world()
})
beforeEach(() => vi.mocked(afterConfirm).mockClear())
afterEach(async () => {
  signOut()
  await setClock(null)
})
afterAll(async () => {
  await setClock(null)
  await db.acceptance.deleteMany({ where: { seasonId: { in: seasons } } })
  await db.proposal.deleteMany({ where: { seasonId: { in: seasons } } })
})

describe('the demo seed', () => {
  it('at 6 slots, the solver takes exactly the six students Xen.org accepted in 2011, each with a mentor', async () => {
    const season = await db.season.findFirstOrThrow({ where: { slug: '2011' } })
    const data = await solverData(season.id)
    const solved = solveAcceptedSet({ ...data.input, slots: 6 })
    const students = solved.accepted.map((a) => data.rows.get(a.proposalId)!.student).sort()
    expect(students).toEqual(facts.acceptedProjects.map((p: { student: string }) => p.student).sort())
    expect(new Set(solved.accepted.map((a) => a.primaryMentorId)).size).toBe(6)
    // The scenarios around it buy something: a seventh slot takes one more proposal.
    expect(solveAcceptedSet({ ...data.input, slots: 7 }).accepted).toHaveLength(7)
  })
})

describe('the accepted-set view', () => {
  it('previews the solver’s set with reasons for the others, the scenarios of the request, for admins only', async () => {
    const fresh = await world()
    const view = await getAcceptedSetView(fresh.s.admin, fresh.s.season.id)
    expect(view!.draft).toBeNull()
    expect(view!.set.map((r) => [r.title, r.primaryMentor, r.backupMentor])).toEqual([
      ['A', fresh.s.mentor.name, fresh.s.otherMentor.name],
      ['B', fresh.s.otherMentor.name, null],
    ])
    expect(view!.notTaken.map((r) => [r.title, r.reason])).toEqual([
      ['C', "The student's better-ranked proposal was taken"],
      ['D', 'Below the cut'],
    ])
    expect(view!.unrankable.map((r) => r.title)).toEqual(['E'])
    expect(view!.scenarios.map((s) => [s.slots, s.added])).toEqual([
      [1, ['A']],
      [2, ['B']],
      [3, []], // D's only mentor is A's primary, C's student is taken
      [4, []],
    ])
    for (const viewer of [fresh.s.mentor, fresh.s.student, fresh.s.outsider, other.s.admin]) expect(await getAcceptedSetView(viewer, fresh.s.season.id)).toBeNull()
  })
})

describe('solveDraft', () => {
  it('is refused for everyone but the season’s admins, and nothing changes', async () => {
    await expectRefusedForRoles({ f: w.s, other: other.s, roles: ALL_BUT('admin'), call: () => solve(w), state: () => draft(w) })
  })

  it('is refused until slots are granted', async () => {
    const fresh = await world()
    await db.slotAllocation.deleteMany({ where: { seasonId: fresh.s.season.id } })
    await signInAs(fresh.s.admin.email!)
    expect(await solve(fresh)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/slots granted first/) })
    expect(await draft(fresh)).toBeNull()
  })

  it('saves the solver’s set as the working draft; a stale version is refused', async () => {
    await signInAs(w.s.admin.email!)
    expect(await solve(w)).toMatchObject({ ok: true })
    expect(await picksOf(w)).toEqual([
      { proposalId: w.a.id, primaryMentorId: w.s.mentor.id, backupMentorId: w.s.otherMentor.id },
      { proposalId: w.b.id, primaryMentorId: w.s.otherMentor.id, backupMentorId: null },
    ])
    expect(await solve(w, 0)).toMatchObject({ ok: false, error: 'conflict' })
    expect((await draft(w))!.version).toBe(1)
  })
})

describe('editDraft', () => {
  beforeAll(async () => {
    await signInAs(w.s.admin.email!)
    if (!(await draft(w))) await solve(w)
  })

  it('is refused for everyone but the season’s admins, and nothing changes', async () => {
    await expectRefusedForRoles({
      f: w.s,
      other: other.s,
      roles: ALL_BUT('admin'),
      call: () => edit(w, { op: 'mentors', proposalId: w.a.id, primaryMentorId: w.s.otherMentor.id, backupMentorId: w.s.mentor.id }),
      state: () => draft(w),
    })
  })

  it('swaps a proposal’s mentors when every rule still holds', async () => {
    await signInAs(w.s.admin.email!)
    expect(await edit(w, { op: 'mentors', proposalId: w.a.id, primaryMentorId: w.s.otherMentor.id, backupMentorId: w.s.mentor.id })).toMatchObject({ ok: true })
    expect((await picksOf(w))[0]).toEqual({ proposalId: w.a.id, primaryMentorId: w.s.otherMentor.id, backupMentorId: w.s.mentor.id })
    expect(await db.auditLog.count({ where: { seasonId: w.s.season.id, action: 'acceptedSet.mentors' } })).toBe(1)
    // And back.
    expect(await edit(w, { op: 'mentors', proposalId: w.a.id, primaryMentorId: w.s.mentor.id, backupMentorId: w.s.otherMentor.id })).toMatchObject({ ok: true })
  })

  it('refuses an unwilling mentor, a mentor over capacity, a student twice, a full set, a proposal of another season; nothing saved', async () => {
    await signInAs(w.s.admin.email!)
    const before = await draft(w)
    const refused = async (fields: Record<string, string>, field: string, message: RegExp) => {
      const result = await edit(w, fields)
      expect(result, JSON.stringify(fields)).toMatchObject({ ok: false, error: 'invalid' })
      expect(!result.ok && result.fieldErrors?.[field]?.join(' '), JSON.stringify(result)).toMatch(message)
      expect(await draft(w)).toEqual(before)
    }
    // mentor did not say they would mentor B.
    await refused({ op: 'mentors', proposalId: w.b.id, primaryMentorId: w.s.mentor.id, backupMentorId: '' }, 'primaryMentorId', new RegExp(`${w.s.mentor.name} is not a willing`))
    await refused({ op: 'mentors', proposalId: w.b.id, primaryMentorId: w.s.otherMentor.id, backupMentorId: w.s.otherMentor.id }, 'backupMentorId', /someone other than the primary/)
    // The set is full (2 slots).
    await refused({ op: 'add', proposalId: w.d.id, primaryMentorId: w.s.mentor.id }, 'proposalId', /2 slots/)
    await refused({ op: 'add', proposalId: other.a.id, primaryMentorId: other.s.mentor.id }, 'proposalId', /not on this season’s rank list/)
    await refused({ op: 'add', proposalId: w.e.id, primaryMentorId: w.s.mentor.id }, 'proposalId', /not on this season’s rank list/)

    // With B out, a slot is free: C would give the student a second project; D would put mentor over capacity.
    expect(await edit(w, { op: 'remove', proposalId: w.b.id })).toMatchObject({ ok: true })
    const freed = await draft(w)
    const stillRefused = async (fields: Record<string, string>, field: string, message: RegExp) => {
      const result = await edit(w, fields)
      expect(result).toMatchObject({ ok: false, error: 'invalid' })
      expect(!result.ok && result.fieldErrors?.[field]?.join(' ')).toMatch(message)
      expect(await draft(w)).toEqual(freed)
    }
    await stillRefused({ op: 'add', proposalId: w.c.id, primaryMentorId: w.s.otherMentor.id }, 'proposalId', new RegExp(`${w.s.student.name} already has proposal “A” accepted`))
    await stillRefused({ op: 'add', proposalId: w.d.id, primaryMentorId: w.s.mentor.id }, 'primaryMentorId', new RegExp(`${w.s.mentor.name} can be primary for at most 1`))
    expect(await edit(w, { op: 'add', proposalId: w.b.id, primaryMentorId: w.s.otherMentor.id })).toMatchObject({ ok: true })
    expect((await picksOf(w)).map((p) => p.proposalId)).toEqual([w.a.id, w.b.id])
  })

  it('refuses a stale version', async () => {
    await signInAs(w.s.admin.email!)
    const current = await version(w)
    const result = await editDraft(ok, form({ seasonId: w.s.season.id, version: current - 1, op: 'remove', proposalId: w.b.id }))
    expect(result).toMatchObject({ ok: false, error: 'conflict' })
    expect(await version(w)).toBe(current)
  })

  it('does not let a conflicted admin pick or change a proposal they are conflicted with', async () => {
    const conflict = await db.conflict.create({ data: { seasonId: w.s.season.id, mentorId: w.s.admin.id, proposalId: w.b.id, source: 'ADMIN', recordedById: w.s.admin.id } })
    try {
      await signInAs(w.s.admin.email!)
      const before = await draft(w)
      expect(await edit(w, { op: 'remove', proposalId: w.b.id })).toMatchObject({ ok: false, error: 'forbidden', message: expect.stringMatching(/conflict of interest/) })
      expect(await edit(w, { op: 'mentors', proposalId: w.b.id, primaryMentorId: w.s.otherMentor.id, backupMentorId: '' })).toMatchObject({ ok: false, error: 'forbidden' })
      expect(await draft(w)).toEqual(before)
      const view = await getAcceptedSetView(w.s.admin, w.s.season.id)
      expect(view!.set.find((r) => r.proposalId === w.b.id)).toMatchObject({ conflicted: true, rank: null, mentorOptions: [] })
    } finally {
      await db.conflict.delete({ where: { id: conflict.id } })
    }
  })
})

describe('confirmAcceptedSet', () => {
  it('is refused for everyone but the season’s admins, and nothing changes', async () => {
    await signInAs(w.s.admin.email!)
    if (!(await draft(w))) await solve(w)
    await expectRefusedForRoles({ f: w.s, other: other.s, roles: ALL_BUT('admin'), call: () => confirm(w), state: () => decisions(w) })
    expect(afterConfirm).not.toHaveBeenCalled()
  })

  it('decides every submitted proposal in one go, with acceptances and reasons; a second confirm changes nothing', async () => {
    const x = await world()
    await signInAs(x.s.admin.email!)
    await solve(x)
    await setClock('2030-04-20T10:00:00Z')
    expect(await confirm(x)).toMatchObject({ ok: true, message: expect.stringMatching(/2 accepted, 3 not selected/) })
    const [proposals, acceptances] = await decisions(x)
    const at = new Date('2030-04-20T10:00:00Z')
    expect(proposals.map((p) => [p.title, p.status, p.decisionReason, p.decidedAt?.toISOString()])).toEqual([
      ['A', 'ACCEPTED', null, at.toISOString()],
      ['B', 'ACCEPTED', null, at.toISOString()],
      ['C', 'REJECTED', 'student-already-accepted', at.toISOString()],
      ['D', 'REJECTED', 'below-cut', at.toISOString()],
      ['E', 'REJECTED', 'no-available-mentor', at.toISOString()],
    ])
    expect(acceptances.map((a) => [a.proposalId, a.studentId, a.mentorId, a.backupMentorId, a.announcementAbstract]).sort()).toEqual(
      [
        [x.a.id, x.s.student.id, x.s.mentor.id, x.s.otherMentor.id, 'Abstract of A.'],
        [x.b.id, x.s.otherStudent.id, x.s.otherMentor.id, null, 'Abstract of B.'],
      ].sort(),
    )
    expect(afterConfirm).toHaveBeenCalledTimes(1)
    expect(vi.mocked(afterConfirm).mock.calls[0]![1]).toEqual({ seasonId: x.s.season.id, actorId: x.s.admin.id, now: at })
    expect(await db.auditLog.count({ where: { seasonId: x.s.season.id, action: 'proposal.decide' } })).toBe(5)
    // The student learns nothing until the accepted students are announced (lib/decisions.ts).
    const mine = async () => (await listMyProposals(x.s.student)).filter((p) => p.id === x.a.id || p.id === x.c.id).map((p) => [p.title, p.status])
    expect(await mine()).toEqual(expect.arrayContaining([['A', 'SUBMITTED'], ['C', 'SUBMITTED']]))
    await db.seasonPhase.create({ data: { seasonId: x.s.season.id, kind: 'ACCEPTED_ANNOUNCED', startsAt: new Date('2030-04-20T12:00:00Z') } })
    expect(await mine()).toEqual(expect.arrayContaining([['A', 'SUBMITTED'], ['C', 'SUBMITTED']]))
    await setClock('2030-04-20T12:00:00Z')
    expect(await mine()).toEqual(expect.arrayContaining([['A', 'ACCEPTED'], ['C', 'REJECTED']]))
    const audits = await db.auditLog.count({ where: { seasonId: x.s.season.id } })

    // Twice: nothing changes, not even the audit log.
    await setClock('2030-04-21T10:00:00Z')
    const snapshot = await decisions(x)
    expect(await confirm(x)).toMatchObject({ ok: true, message: expect.stringMatching(/Nothing changed/) })
    expect(await decisions(x)).toEqual(snapshot)
    expect(await db.auditLog.count({ where: { seasonId: x.s.season.id } })).toBe(audits)

    // A changed set re-decides only what changed: B out, D in (the idea takes two now, and A's mentors swap to
    // free D's only mentor).
    await db.idea.update({ where: { id: x.s.idea.id }, data: { capacity: 2 } })
    await edit(x, { op: 'mentors', proposalId: x.a.id, primaryMentorId: x.s.otherMentor.id, backupMentorId: x.s.mentor.id })
    await edit(x, { op: 'remove', proposalId: x.b.id })
    expect(await edit(x, { op: 'add', proposalId: x.d.id, primaryMentorId: x.s.mentor.id })).toMatchObject({ ok: true })
    // The page says what a confirm would change now.
    const view = async () => (await getAcceptedSetView(x.s.admin, x.s.season.id))!
    expect(await view()).toMatchObject({ decided: true, matchesConfirmed: false, sinceConfirmed: { added: ['D'], removed: ['B'], mentors: ['A'], undecided: 0 } })
    expect(await confirm(x)).toMatchObject({ ok: true })
    expect(await view()).toMatchObject({ decided: true, matchesConfirmed: true, sinceConfirmed: { added: [], removed: [], mentors: [], undecided: 0 } })
    const [after, acceptancesAfter] = await decisions(x)
    expect(after.map((p) => [p.title, p.status, p.decisionReason])).toEqual([
      ['A', 'ACCEPTED', null],
      ['B', 'REJECTED', 'below-cut'],
      ['C', 'REJECTED', 'student-already-accepted'],
      ['D', 'ACCEPTED', null],
      ['E', 'REJECTED', 'no-available-mentor'],
    ])
    expect(after.find((p) => p.title === 'C')!.decidedAt!.toISOString()).toBe(at.toISOString())
    expect(acceptancesAfter.find((a) => a.proposalId === x.a.id)).toMatchObject({ mentorId: x.s.otherMentor.id, backupMentorId: x.s.mentor.id })
    expect(acceptancesAfter.map((a) => a.proposalId).sort()).toEqual([x.a.id, x.d.id].sort())
  })

  it('revalidates the public announcements after its transaction commits (a scheduled post may have been rewritten)', async () => {
    const x = await world()
    await signInAs(x.s.admin.email!)
    await solve(x)
    const announcementsRevalidated = () => vi.mocked(revalidateTag).mock.calls.some(([tag]) => tag === tags.announcements)
    let duringTransaction: boolean | null = null
    vi.mocked(afterConfirm).mockImplementationOnce(async () => {
      duringTransaction = announcementsRevalidated()
    })
    vi.mocked(revalidateTag).mockClear()
    expect(await confirm(x)).toMatchObject({ ok: true })
    expect(duringTransaction).toBe(false)
    expect(announcementsRevalidated()).toBe(true)
  })

  it('after a confirmed student withdraws: the set is refused until the pick is taken out, and the stale acceptance goes', async () => {
    const x = await world()
    await signInAs(x.s.admin.email!)
    await solve(x)
    await confirm(x)
    await db.proposal.update({ where: { id: x.b.id }, data: { status: 'WITHDRAWN' } })
    // Named by its title, not its id.
    expect(await confirm(x)).toMatchObject({ ok: false, error: 'invalid', message: 'Not confirmed: Proposal “B” is not on the rank list.' })
    const view = (await getAcceptedSetView(x.s.admin, x.s.season.id))!
    expect(view.set.find((r) => r.proposalId === x.b.id)).toMatchObject({ title: 'B', problems: ['Proposal “B” is not on the rank list.'] })
    expect(await edit(x, { op: 'remove', proposalId: x.b.id })).toMatchObject({ ok: true })
    expect(await confirm(x)).toMatchObject({ ok: true, message: expect.stringMatching(/^Confirmed: 1 accepted/) })
    expect((await db.acceptance.findMany({ where: { seasonId: x.s.season.id } })).map((a) => a.proposalId)).toEqual([x.a.id])
    expect((await db.proposal.findUniqueOrThrow({ where: { id: x.b.id } })).status).toBe('WITHDRAWN')
  })

  it('refuses a set that breaks a rule now (a mentor no longer willing), and a stale version', async () => {
    const x = await world()
    await signInAs(x.s.admin.email!)
    await solve(x)
    await db.review.updateMany({ where: { proposalId: x.b.id, reviewerId: x.s.otherMentor.id }, data: { willingToMentor: false } })
    const before = await decisions(x)
    expect(await confirm(x)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringMatching(/Not confirmed/) })
    expect(await confirmAcceptedSet(ok, form({ seasonId: x.s.season.id, version: 0 }))).toMatchObject({ ok: false, error: 'conflict' })
    expect(await decisions(x)).toEqual(before)
  })
})

describe('students lost to other organizations', () => {
  const record = (x: World, studentId: string, note = 'Accepted by another org') => recordLostStudent(ok, form({ seasonId: x.s.season.id, studentId, note }))
  const lost = (x: World) => db.lostStudent.findMany({ where: { seasonId: x.s.season.id } })

  it('an admin records one: the solver leaves their proposals out and the scenarios show the difference; removable', async () => {
    const x = await world()
    await signInAs(x.s.admin.email!)
    expect(await record(x, x.s.student.id)).toMatchObject({ ok: true })
    const view = await getAcceptedSetView(x.s.admin, x.s.season.id)
    expect(view!.lost).toEqual([expect.objectContaining({ student: x.s.student.name, note: 'Accepted by another org', recordedBy: x.s.admin.name })])
    expect(view!.set.map((r) => r.title)).toEqual(['B', 'D'])
    expect(view!.notTaken.map((r) => [r.title, r.reason])).toEqual([
      ['A', 'Student lost to another organization'],
      ['C', 'Student lost to another organization'],
    ])
    expect(view!.scenarios.find((s) => s.slots === 2)!.lostChange).toEqual({ added: ['D'], removed: ['A'] })
    // Twice is refused beside the field.
    expect(await record(x, x.s.student.id)).toMatchObject({ ok: false, fieldErrors: { studentId: [expect.stringMatching(/already recorded/)] } })
    // Someone with no application here.
    expect(await record(x, x.s.outsider.id)).toMatchObject({ ok: false, fieldErrors: { studentId: [expect.stringMatching(/no application/)] } })
    expect(await record(x, other.s.otherStudent.id)).toMatchObject({ ok: false, fieldErrors: { studentId: [expect.any(String)] } })
    const [row] = await lost(x)
    expect(await removeLostStudent(ok, form({ lostStudentId: row!.id }))).toMatchObject({ ok: true })
    expect(await lost(x)).toEqual([])
    expect(await db.auditLog.count({ where: { seasonId: x.s.season.id, action: { in: ['lostStudent.record', 'lostStudent.remove'] } } })).toBe(2)
  })

  it('recording and removing are refused for everyone but the season’s admins, and nothing changes', async () => {
    await expectRefusedForRoles({ f: w.s, other: other.s, roles: ALL_BUT('admin'), call: () => record(w, w.third.id), state: () => lost(w) })
    const row = await db.lostStudent.create({ data: { seasonId: w.s.season.id, studentId: w.third.id, recordedById: w.s.admin.id, createdAt: new Date() } })
    await expectRefusedForRoles({
      f: w.s,
      other: other.s,
      roles: ALL_BUT('admin', 'signedOut'),
      error: 'not_found',
      call: () => removeLostStudent(ok, form({ lostStudentId: row.id })),
      state: () => lost(w),
    })
    await db.lostStudent.delete({ where: { id: row.id } })
  })
})

describe('replayDecisions', () => {
  /** A 2011 season with its decisions confirmed, a grant after 18 April 2011, a lost student and a post. */
  async function decided2011() {
    const x = await world()
    await db.season.update({ where: { id: x.s.season.id }, data: { year: 2011 } })
    await db.slotAllocation.updateMany({ where: { seasonId: x.s.season.id }, data: { recordedAt: new Date('2011-04-18T19:00:00Z') } })
    await db.slotRequest.updateMany({ where: { seasonId: x.s.season.id }, data: { createdAt: new Date('2011-04-13T09:00:00Z') } })
    await signInAs(x.s.admin.email!)
    await solve(x)
    await confirm(x)
    await db.lostStudent.create({ data: { seasonId: x.s.season.id, studentId: x.third.id, recordedById: x.s.admin.id, createdAt: new Date() } })
    const post = await db.announcement.create({
      data: { organizationId: x.s.org.id, seasonId: x.s.season.id, slug: `accepted-${x.s.tag}`, title: 'Accepted', body: 'Welcome.', kind: 'ACCEPTED_STUDENTS', publishAt: new Date('2011-04-25T19:30:00Z') },
    })
    signOut()
    return { x, post }
  }
  const state = (x: World) =>
    Promise.all([
      decisions(x),
      db.slotAllocation.count({ where: { seasonId: x.s.season.id } }),
      db.lostStudent.count({ where: { seasonId: x.s.season.id } }),
      db.announcement.count({ where: { seasonId: x.s.season.id } }),
      db.organization.findFirst({ orderBy: { createdAt: 'asc' }, select: { clockOverride: true } }),
    ])
  const replay = (x: World) => replayDecisions(ok, form({ seasonId: x.s.season.id }))

  it('in the demo, resets the decisions to before 18 April 2011 and moves the clock to 17 April', async () => {
    const { x, post } = await decided2011()
    await signInAs(x.s.admin.email!)
    expect(await replay(x)).toMatchObject({ ok: true })
    const [[proposals, acceptances, draftRow], grants, lostCount, posts, org] = await state(x)
    expect(proposals.every((p) => p.status === 'SUBMITTED' && p.decidedAt === null && p.decisionReason === null)).toBe(true)
    expect(acceptances).toEqual([])
    expect(draftRow).toBeNull()
    expect(grants).toBe(0)
    expect(await db.slotRequest.count({ where: { seasonId: x.s.season.id } })).toBe(1)
    expect(lostCount).toBe(0)
    expect(posts).toBe(0)
    expect(await db.announcement.findUnique({ where: { id: post.id } })).toBeNull()
    expect(org!.clockOverride!.toISOString()).toBe(REPLAY_CLOCK.toISOString())
    expect(resetSeasonClose).toHaveBeenCalledWith(expect.anything(), { seasonId: x.s.season.id, actorId: x.s.admin.id, now: REPLAY_CLOCK })
    // Then it replays: 2 slots, solve, confirm.
    await db.slotAllocation.create({ data: { seasonId: x.s.season.id, granted: 2, recordedById: x.s.admin.id } })
    expect(await solve(x)).toMatchObject({ ok: true })
    expect(await confirm(x)).toMatchObject({ ok: true })
    expect(await db.acceptance.count({ where: { seasonId: x.s.season.id } })).toBe(2)
  })

  it('is refused outside the demo, for other years, and for everyone but the season’s admins; nothing changes', async () => {
    const { x } = await decided2011()
    await expectRefusedForRoles({ f: x.s, other: other.s, roles: ALL_BUT('admin'), call: () => replay(x), state: () => state(x) })
    await signInAs(x.s.admin.email!)
    const before = await state(x)
    process.env.DEMO_SIGN_IN = 'false'
    try {
      expect(await replay(x)).toMatchObject({ ok: false, error: 'forbidden', message: expect.stringMatching(/only possible in the demo/) })
    } finally {
      process.env.DEMO_SIGN_IN = 'true'
    }
    expect(await state(x)).toEqual(before)
    await signInAs(w.s.admin.email!)
    expect(await replay(w)).toMatchObject({ ok: false, error: 'forbidden', message: expect.stringMatching(/2011/) })
  })
})
