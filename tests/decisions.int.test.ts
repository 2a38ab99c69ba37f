// A season's decisions stay secret until its "Accepted students announced" phase starts by the app's clock:
// the public figures, the news (list, archive, permalink, feed) and the student's own pages and actions all
// read as if nothing were decided. Before the announcement a decided proposal is "submitted" to its student,
// who may edit and withdraw it like any other while applications are open; withdrawing voids the decision.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { getPublishedAnnouncement, listAnnouncementsInMonth, listArchiveMonths, listPublishedAnnouncements } from '@/lib/announcements/queries'
import { db } from '@/lib/db'
import { saveProposal, submitProposal, withdrawProposal } from '@/lib/proposals/actions'
import { getMyProposal, listMyProposals } from '@/lib/proposals/queries'
import { getSeasonStats } from '@/lib/stats/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, setClock, signInAs, signOut } from './support/session'

const DAY = 24 * 60 * 60 * 1000

let f: SeasonFixture
let announceAt: Date
const slug = () => `accepted-students-${f.tag}`

beforeAll(async () => {
  // Applications open now; the decisions are announced in 20 days.
  f = await createSeasonFixture()
  announceAt = new Date(Date.now() + 20 * DAY)
  await db.seasonPhase.create({ data: { seasonId: f.season.id, kind: 'ACCEPTED_ANNOUNCED', startsAt: announceAt } })
})
afterEach(async () => {
  signOut()
  await setClock(null)
})
afterAll(async () => {
  // Other files count the whole database's proposals and announcements (the seed's figures).
  await db.announcement.deleteMany({ where: { slug: slug() } })
  await db.proposal.deleteMany({ where: { seasonId: f.season.id } })
})

const save = (fields: Record<string, string | undefined>) => saveProposal(initialActionState, form(fields))
const submit = (fields: Record<string, string | undefined>) => submitProposal(initialActionState, form(fields))
const withdraw = (proposalId: string) => withdrawProposal(initialActionState, form({ proposalId }))
const row = (id: string) => db.proposal.findUniqueOrThrow({ where: { id } })

/** A submitted proposal of `student` on which a decision was recorded 2 days ago (an acceptance when accepted). */
async function decided(student: { id: string }, status: 'ACCEPTED' | 'REJECTED', title = `${status} ${Math.random()}`) {
  const submittedAt = new Date(Date.now() - 4 * DAY)
  const decidedAt = new Date(Date.now() - 2 * DAY)
  const proposal = await db.proposal.create({
    data: { seasonId: f.season.id, studentId: student.id, ideaId: f.idea.id, title, abstract: 'An abstract.', links: [], status, submittedAt, decidedAt, createdAt: submittedAt },
  })
  if (status === 'ACCEPTED') await db.acceptance.create({ data: { seasonId: f.season.id, proposalId: proposal.id, studentId: student.id, mentorId: f.mentor.id } })
  // As a decision written by the app would leave it: the row changed at the decision's moment.
  await db.$executeRaw`UPDATE "Proposal" SET "updatedAt" = ${decidedAt} WHERE id = ${proposal.id}`
  return row(proposal.id)
}

async function newStudent(tag: string) {
  const user = await db.user.create({ data: { name: `Student ${tag} ${f.tag}`, email: `student-${tag}-${f.tag}@example.test` } })
  await db.seasonRole.create({ data: { userId: user.id, seasonId: f.season.id, role: 'STUDENT' } })
  return user
}

describe('public figures', () => {
  it('count the accepted students only from the announcement on', async () => {
    const student = await newStudent('figures')
    await decided(student, 'ACCEPTED')
    expect((await getSeasonStats(f.season.id)).figures.acceptedStudents).toBeNull()
    await setClock(new Date(announceAt.getTime() - 1))
    expect((await getSeasonStats(f.season.id)).figures.acceptedStudents).toBeNull()
    await setClock(announceAt)
    expect((await getSeasonStats(f.season.id)).figures.acceptedStudents).toBe(1)
    // The other figures do not depend on decisions and are there all along.
    await setClock(null)
    expect((await getSeasonStats(f.season.id)).figures.applications).toBeGreaterThanOrEqual(1)
  })

  it('hide the demo season’s six accepted students until 25 April 2011, 19:00 UTC', async () => {
    const season = await db.season.findFirstOrThrow({ where: { slug: '2011' } })
    await setClock(new Date('2011-04-20T00:00:00Z'))
    const before = (await getSeasonStats(season.id)).figures
    expect(before.acceptedStudents).toBeNull()
    expect(before.applications).toBe(30)
    await setClock(new Date('2011-04-25T19:00:00Z'))
    expect((await getSeasonStats(season.id)).figures.acceptedStudents).toBe(6)
  })
})

describe('announcements', () => {
  it('keep an accepted-students post scheduled early hidden everywhere until the season announces', async () => {
    const publishAt = new Date(Date.now() - DAY) // published yesterday, but the decisions are out in 20 days
    await db.announcement.create({
      data: { organizationId: f.org.id, seasonId: f.season.id, slug: slug(), title: 'Our accepted students', body: 'Congratulations to …', kind: 'ACCEPTED_STUDENTS', publishAt },
    })
    const visible = async () => ({
      permalink: (await getPublishedAnnouncement(slug())) !== null,
      list: (await listPublishedAnnouncements()).some((a) => a.slug === slug()),
      month: (await listAnnouncementsInMonth(publishAt.getUTCFullYear(), publishAt.getUTCMonth() + 1)).some((a) => a.slug === slug()),
      archive: (await listArchiveMonths()).some((m) => m.year === publishAt.getUTCFullYear() && m.month === publishAt.getUTCMonth() + 1),
    })
    expect(await visible()).toEqual({ permalink: false, list: false, month: false, archive: false })
    await setClock(announceAt)
    expect(await visible()).toEqual({ permalink: true, list: true, month: true, archive: true })
  })

  it('leave other kinds of post to their own publish time', async () => {
    await setClock(new Date('2011-04-20T00:00:00Z'))
    const slugs = (await listPublishedAnnouncements()).map((a) => a.slug)
    expect(slugs).toContain('gsoc-2011-applications-closed')
    expect(slugs).not.toContain('gsoc-2011-accepted-students')
  })
})

describe('a decision not yet announced, as its student meets it', () => {
  it('reads as submitted, with no trace of the decision or of when it was made', async () => {
    const student = await newStudent('reads')
    const rejected = await decided(student, 'REJECTED', 'Rejected, not yet announced')
    const mine = await getMyProposal(student, rejected.id)
    expect(mine).toMatchObject({ status: 'SUBMITTED', changedAt: rejected.submittedAt })
    expect(JSON.stringify(mine)).not.toMatch(/REJECTED|decidedAt/)
    expect(JSON.stringify(await listMyProposals(student))).not.toMatch(/REJECTED|decidedAt/)
    await setClock(announceAt)
    expect(await getMyProposal(student, rejected.id)).toMatchObject({ status: 'REJECTED', changedAt: rejected.updatedAt })
  })

  it('can be edited like any submitted proposal, and the answer does not give the decision away', async () => {
    const student = await newStudent('edits')
    for (const status of ['ACCEPTED', 'REJECTED'] as const) {
      const proposal = await decided(student, status)
      await signInAs(student.email!)
      const result = await save({ proposalId: proposal.id, version: proposal.updatedAt.toISOString(), title: 'Edited before the announcement', abstract: 'Still complete.' })
      expect(result).toMatchObject({ ok: true, data: { status: 'SUBMITTED' } })
      expect(JSON.stringify(result)).not.toMatch(/ACCEPTED|REJECTED|decision/i)
      // The decision itself stays for the admins until the student withdraws.
      expect(await row(proposal.id)).toMatchObject({ status, title: 'Edited before the announcement' })
      // Like any submitted proposal: it keeps its title, and it is already submitted.
      expect(await save({ proposalId: proposal.id, title: '', abstract: 'x' })).toMatchObject({ ok: false, error: 'invalid', message: /needs a title/ })
      expect(await submit({ proposalId: proposal.id, title: 'x', abstract: 'x' })).toMatchObject({ ok: false, error: 'conflict', message: 'This proposal is already submitted.' })
    }
  })

  it('can be withdrawn, which voids the decision and its acceptance in one audited write; submitted again it waits for a new one', async () => {
    const student = await newStudent('withdraws')
    const accepted = await decided(student, 'ACCEPTED')
    await signInAs(student.email!)
    const result = await withdraw(accepted.id)
    expect(result).toMatchObject({ ok: true, message: /withdrawn/, data: { status: 'WITHDRAWN' } })
    expect(await row(accepted.id)).toMatchObject({ status: 'WITHDRAWN', decidedAt: null, withdrawnAt: expect.any(Date) })
    expect(await db.acceptance.count({ where: { proposalId: accepted.id } })).toBe(0)
    const audit = await db.auditLog.findMany({ where: { entityId: accepted.id, action: 'proposal.withdraw' } })
    expect(audit).toHaveLength(1)
    expect(audit[0]!.before).toMatchObject({ status: 'ACCEPTED', acceptance: { proposalId: accepted.id } })
    expect(await submit({ proposalId: accepted.id, title: 'Again', abstract: 'Again.' })).toMatchObject({ ok: true, data: { status: 'SUBMITTED' } })
    expect(await row(accepted.id)).toMatchObject({ status: 'SUBMITTED', decidedAt: null })
  })

  it('is withdrawn once when two tabs withdraw at the same moment', async () => {
    const student = await newStudent('race')
    const accepted = await decided(student, 'ACCEPTED')
    await signInAs(student.email!)
    const results = await Promise.all([withdraw(accepted.id), withdraw(accepted.id)])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ error: 'conflict', message: 'This proposal is already withdrawn.' })
    expect(await db.auditLog.count({ where: { entityId: accepted.id, action: 'proposal.withdraw' } })).toBe(1)
  })

  it('is refused to everyone but its student, and to bad input, changing nothing', async () => {
    const student = await newStudent('owner')
    const accepted = await decided(student, 'ACCEPTED')
    const otherSeason = await createSeasonFixture()
    try {
      for (const who of [f.otherStudent, f.mentor, f.admin, otherSeason.admin]) {
        await signInAs(who.email!)
        expect(await save({ proposalId: accepted.id, title: 'Hijacked', abstract: 'x' })).toMatchObject({ ok: false, error: 'not_found' })
        expect(await withdraw(accepted.id)).toMatchObject({ ok: false, error: 'not_found' })
      }
      signOut()
      expect(await withdraw(accepted.id)).toMatchObject({ ok: false, error: 'unauthenticated' })
      await signInAs(student.email!)
      expect(await withdraw('../../etc')).toMatchObject({ ok: false, error: 'not_found' })
      expect(await withdraw('')).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { proposalId: ['This proposal does not exist.'] } })
      expect(await save({ proposalId: accepted.id, title: 'x'.repeat(100_000), abstract: 'x' })).toMatchObject({ ok: false, error: 'invalid' })
      expect(await row(accepted.id)).toEqual(accepted)
      expect(await db.acceptance.count({ where: { proposalId: accepted.id } })).toBe(1)
      expect(await db.auditLog.count({ where: { entityId: accepted.id } })).toBe(0)
    } finally {
      await db.proposal.deleteMany({ where: { seasonId: otherSeason.season.id } })
    }
  })

  it('is closed after the deadline like any other proposal, in the same words', async () => {
    const student = await newStudent('announced')
    const rejected = await decided(student, 'REJECTED')
    await signInAs(student.email!)
    await setClock(new Date(Date.now() + 11 * DAY))
    expect(await save({ proposalId: rejected.id, title: 'Late', abstract: 'x' })).toMatchObject({ ok: false, error: 'closed', message: /Applications closed on/ })
    expect(await withdraw(rejected.id)).toMatchObject({ ok: false, error: 'closed', message: /Applications closed on/ })
    expect(await row(rejected.id)).toEqual(rejected)
  })
})
