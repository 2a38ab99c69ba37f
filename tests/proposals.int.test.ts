// A student's proposals: starting (and joining the season), saving, submitting within the cap, withdrawing,
// the deadline, and the reads that show a student only their own rows.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { db } from '@/lib/db'
import { saveProposal, startProposal, submitProposal, withdrawProposal } from '@/lib/proposals/actions'
import { getMyProposal, listMyProposals } from '@/lib/proposals/queries'
import { OWN_TOPIC } from '@/lib/proposals/schema'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, setClock, signInAs, signOut } from './support/session'

const DAY = 24 * 60 * 60 * 1000

let f: SeasonFixture
let other: SeasonFixture

// Every season this file builds, so the proposals written here can be removed again: other files count the
// proposals of the whole database (the seed's figures). Seasons and people stay: the audit log refers to them.
const seasons: string[] = []
async function fixture(options?: Parameters<typeof createSeasonFixture>[0]) {
  const built = await createSeasonFixture(options)
  seasons.push(built.season.id)
  return built
}

beforeAll(async () => {
  f = await fixture()
  other = await fixture()
})
afterEach(async () => {
  signOut()
  await setClock(null)
})
afterAll(async () => {
  await db.proposal.deleteMany({ where: { seasonId: { in: seasons } } })
})

const start = (fields: Record<string, string>) => startProposal(initialActionState, form(fields))
const save = (fields: Record<string, string | undefined>) => saveProposal(initialActionState, form(fields))
const submit = (fields: Record<string, string | undefined>) => submitProposal(initialActionState, form(fields))
const withdraw = (proposalId: string) => withdrawProposal(initialActionState, form({ proposalId }))

const complete = { title: 'Faster xenstore', abstract: 'Make xenstore faster.', plan: '## Plan\n\nMeasure first.', timeline: '- Week 1: read', hoursPerWeek: '30', links: 'https://example.org/me' }

/** The whole row, to prove a refused call changed nothing. */
const row = (id: string) => db.proposal.findUniqueOrThrow({ where: { id } })
const auditCount = (entityId: string) => db.auditLog.count({ where: { entityId } })

async function draftFor(fixture: SeasonFixture, student: { id: string }, data: Partial<{ title: string; abstract: string; status: 'DRAFT' | 'SUBMITTED' | 'WITHDRAWN'; ideaId: string | null }> = {}) {
  return db.proposal.create({
    data: { seasonId: fixture.season.id, studentId: student.id, ideaId: fixture.idea.id, title: '', links: [], ...data },
  })
}

async function newUser(tag: string) {
  return db.user.create({ data: { name: `Newcomer ${tag}`, email: `newcomer-${tag}-${Math.random().toString(36).slice(2)}@example.test` } })
}

describe('startProposal', () => {
  it('lets a user with no role start a draft, joining the season as a student in the same transaction', async () => {
    const newcomer = await newUser('join')
    await signInAs(newcomer.email!)
    const result = await start({ seasonId: f.season.id, idea: f.idea.id })
    expect(result).toMatchObject({ ok: true, message: 'Your draft is started.', data: { id: expect.any(String) } })
    const id = result.ok ? result.data!.id : ''
    expect(await row(id)).toMatchObject({ studentId: newcomer.id, seasonId: f.season.id, ideaId: f.idea.id, status: 'DRAFT', title: '' })
    const roles = await db.seasonRole.findMany({ where: { userId: newcomer.id, seasonId: f.season.id } })
    expect(roles.map((r) => r.role)).toEqual(['STUDENT'])
    const audit = await db.auditLog.findMany({ where: { actorId: newcomer.id }, orderBy: { id: 'asc' } })
    expect(audit.map((a) => a.action)).toEqual(['season.join', 'proposal.create'])
    expect(audit[0]).toMatchObject({ entity: 'SeasonRole', entityId: roles[0]!.id, seasonId: f.season.id })
  })

  it('lets a student of the season start one without joining again, and reopens it when started twice', async () => {
    const student = await newUser('student')
    await db.seasonRole.create({ data: { userId: student.id, seasonId: f.season.id, role: 'STUDENT' } })
    await signInAs(student.email!)
    const first = await start({ seasonId: f.season.id, idea: f.idea.id })
    expect(first).toMatchObject({ ok: true })
    const again = await start({ seasonId: f.season.id, idea: f.idea.id })
    expect(again).toMatchObject({ ok: true, message: /already have a proposal for this idea/, data: { id: first.ok ? first.data!.id : '' } })
    expect(await db.proposal.count({ where: { studentId: student.id } })).toBe(1)
    expect(await db.seasonRole.count({ where: { userId: student.id } })).toBe(1)
    expect(await db.auditLog.count({ where: { actorId: student.id, action: 'season.join' } })).toBe(0)
  })

  it('refuses mentors and admins of the season (conflict of interest) and changes nothing', async () => {
    for (const who of [f.mentor, f.otherMentor, f.admin]) {
      await signInAs(who.email!)
      const result = await start({ seasonId: f.season.id, idea: f.idea.id })
      expect(result).toMatchObject({ ok: false, error: 'forbidden', message: /conflict of interest/ })
      expect(await db.proposal.count({ where: { studentId: who.id } })).toBe(0)
      expect(await db.seasonRole.count({ where: { userId: who.id, role: 'STUDENT' } })).toBe(0)
    }
  })

  it('refuses a signed-out visitor', async () => {
    const before = await db.proposal.count({ where: { seasonId: f.season.id } })
    expect(await start({ seasonId: f.season.id, idea: f.idea.id })).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await db.proposal.count({ where: { seasonId: f.season.id } })).toBe(before)
  })

  it('refuses an idea of another season, an unpublished idea, an unknown season and a missing choice', async () => {
    const newcomer = await newUser('bad-idea')
    await signInAs(newcomer.email!)
    const draftIdea = await db.idea.create({ data: { seasonId: f.season.id, slug: `draft-${f.tag}`, title: 'Draft idea', summary: 'Not public', status: 'DRAFT' } })
    const proposed = await db.idea.create({ data: { seasonId: f.season.id, slug: `proposed-${f.tag}`, title: 'Proposed idea', summary: 'Waiting', status: 'PROPOSED' } })
    for (const idea of [other.idea.id, draftIdea.id, proposed.id, 'no-such-idea']) {
      const result = await start({ seasonId: f.season.id, idea })
      expect(result).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { idea: [expect.stringMatching(/published ideas of this season/)] } })
    }
    expect(await start({ seasonId: 'no-such-season', idea: f.idea.id })).toMatchObject({ ok: false, error: 'not_found' })
    const missing = await start({ seasonId: f.season.id, idea: '' })
    expect(missing).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { idea: [expect.stringMatching(/Choose the idea/)] } })
    expect(await db.proposal.count({ where: { studentId: newcomer.id } })).toBe(0)
    expect(await db.seasonRole.count({ where: { userId: newcomer.id } })).toBe(0)
  })

  it('takes own topics only where the season allows them', async () => {
    const newcomer = await newUser('own')
    await signInAs(newcomer.email!)
    expect(await start({ seasonId: f.season.id, idea: OWN_TOPIC })).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { idea: [expect.stringMatching(/published ideas only/)] } })
    expect(await db.proposal.count({ where: { studentId: newcomer.id } })).toBe(0)
    const open = await fixture({ allowOwnTopics: true })
    const result = await start({ seasonId: open.season.id, idea: OWN_TOPIC })
    expect(result).toMatchObject({ ok: true })
    expect(await row(result.ok ? result.data!.id : '')).toMatchObject({ ideaId: null, status: 'DRAFT' })
  })

  it('refuses before applications open and after they close, and changes nothing', async () => {
    const newcomer = await newUser('late')
    await signInAs(newcomer.email!)
    const closed = await fixture({ applications: 'closed' })
    const notYet = await fixture({ applications: 'not-yet' })
    expect(await start({ seasonId: closed.season.id, idea: closed.idea.id })).toMatchObject({ ok: false, error: 'closed', message: /Applications closed on .* UTC/ })
    expect(await start({ seasonId: notYet.season.id, idea: notYet.idea.id })).toMatchObject({ ok: false, error: 'closed', message: /Applications open on/ })
    await setClock(new Date(Date.now() + 11 * DAY))
    expect(await start({ seasonId: f.season.id, idea: f.idea.id })).toMatchObject({ ok: false, error: 'closed' })
    expect(await db.proposal.count({ where: { studentId: newcomer.id } })).toBe(0)
    expect(await db.seasonRole.count({ where: { userId: newcomer.id } })).toBe(0)
  })
})

describe('saveProposal', () => {
  it('saves an incomplete draft for its student, audits the changed fields, and skips saves that change nothing', async () => {
    const draft = await draftFor(f, f.student)
    await signInAs(f.student.email!)
    const result = await save({ proposalId: draft.id, title: '  Half a title ', plan: 'Line one\r\nLine two', links: 'https://a.example\n\nhttps://b.example\nhttps://a.example' })
    expect(result).toMatchObject({ ok: true, message: 'Saved.', data: { id: draft.id, status: 'DRAFT' } })
    const saved = await row(draft.id)
    expect(saved).toMatchObject({ title: 'Half a title', abstract: '', plan: 'Line one\nLine two', links: ['https://a.example', 'https://b.example'], hoursPerWeek: null })
    expect(result.ok && result.data!.updatedAt).toBe(saved.updatedAt.toISOString())
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: draft.id, action: 'proposal.update' } })
    expect(audit.actorId).toBe(f.student.id)
    expect(Object.keys(audit.after as object).sort()).toEqual(['links', 'plan', 'title'])

    const count = await auditCount(draft.id)
    expect(await save({ proposalId: draft.id, title: 'Half a title', plan: 'Line one\nLine two', links: 'https://a.example\nhttps://b.example' })).toMatchObject({ ok: true })
    expect(await auditCount(draft.id)).toBe(count)
  })

  it('refuses bad input with a message on each field and changes nothing', async () => {
    const draft = await draftFor(f, f.student, { title: 'Kept' })
    await signInAs(f.student.email!)
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ title: 'x'.repeat(121) }, 'title', /at most 120/],
      [{ abstract: 'I <b>really</b> want this' }, 'abstract', /plain text: remove the HTML “<b>”/],
      [{ abstract: '<script>alert(1)</script>' }, 'abstract', /plain text/],
      [{ abstract: 'x'.repeat(1501) }, 'abstract', /at most 1,500/],
      [{ plan: 'Hello <script>alert(1)</script>' }, 'plan', /<script> tag/],
      [{ plan: '[x](javascript:alert(1))' }, 'plan', /javascript:/],
      [{ plan: 'x'.repeat(20_001) }, 'plan', /at most 20,000/],
      [{ timeline: '> '.repeat(1000) + 'x' }, 'timeline', /nested more than 16 levels/],
      [{ timeline: '<iframe src="https://evil.example">' }, 'timeline', /embedded HTML/],
      [{ timeline: 'x'.repeat(10_001) }, 'timeline', /at most 10,000/],
      [{ hoursPerWeek: '0' }, 'hoursPerWeek', /from 1 to 60/],
      [{ hoursPerWeek: '61' }, 'hoursPerWeek', /from 1 to 60/],
      [{ hoursPerWeek: 'twenty' }, 'hoursPerWeek', /from 1 to 60/],
      [{ hoursPerWeek: '12.5' }, 'hoursPerWeek', /from 1 to 60/],
      [{ links: 'https://1.example\nhttps://2.example\nhttps://3.example\nhttps://4.example\nhttps://5.example\nhttps://6.example' }, 'links', /at most 5 links/],
      [{ links: 'ftp://files.example/x' }, 'links', /not a web address/],
      [{ links: 'javascript:alert(1)' }, 'links', /not a web address/],
      [{ links: 'github.com/me' }, 'links', /must start with https:\/\//],
    ]
    const before = await row(draft.id)
    for (const [fields, field, message] of cases) {
      const result = await save({ proposalId: draft.id, ...fields })
      expect(result, JSON.stringify(fields).slice(0, 80)).toMatchObject({ ok: false, error: 'invalid' })
      expect(!result.ok && result.fieldErrors?.[field]?.join(' ')).toMatch(message)
    }
    expect(await row(draft.id)).toEqual(before)
    expect(await auditCount(draft.id)).toBe(0)
  })

  it('accepts text at the limits, counting a line break as one character', async () => {
    const draft = await draftFor(f, f.student)
    await signInAs(f.student.email!)
    const plan = 'x'.repeat(19_998) + '\r\ny'
    const result = await save({ proposalId: draft.id, title: 't'.repeat(120), abstract: 'a < b, and <3'.padEnd(1500, '.'), plan, hoursPerWeek: '60' })
    expect(result).toMatchObject({ ok: true })
    expect((await row(draft.id)).plan).toHaveLength(20_000)
  })

  it('treats a proposal of another student, or an unknown id, as not found; mentors, admins and signed-out visitors cannot save it', async () => {
    const draft = await draftFor(f, f.otherStudent, { title: 'Theirs' })
    const before = await row(draft.id)
    for (const who of [f.student, f.mentor, f.admin, f.outsider]) {
      await signInAs(who.email!)
      expect(await save({ proposalId: draft.id, title: 'Mine now' })).toMatchObject({ ok: false, error: 'not_found', message: /among yours/ })
    }
    await signInAs(f.student.email!)
    expect(await save({ proposalId: 'cl0000000000000000000000', title: 'x' })).toMatchObject({ ok: false, error: 'not_found' })
    signOut()
    expect(await save({ proposalId: draft.id, title: 'x' })).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await row(draft.id)).toEqual(before)
  })

  it('refuses a student who has since become a mentor of the season (conflict of interest)', async () => {
    const student = await newUser('turned-mentor')
    await db.seasonRole.createMany({ data: [{ userId: student.id, seasonId: f.season.id, role: 'STUDENT' }, { userId: student.id, seasonId: f.season.id, role: 'MENTOR' }] })
    const draft = await draftFor(f, student, { title: 'Before' })
    await signInAs(student.email!)
    expect(await save({ proposalId: draft.id, title: 'After' })).toMatchObject({ ok: false, error: 'forbidden', message: /conflict of interest/ })
    expect(await submit({ proposalId: draft.id, ...complete })).toMatchObject({ ok: false, error: 'forbidden' })
    expect((await row(draft.id)).title).toBe('Before')
  })

  it('refuses a save based on an older version (another tab saved since) and changes nothing', async () => {
    const draft = await draftFor(f, f.student, { title: 'v1' })
    await signInAs(f.student.email!)
    const first = await save({ proposalId: draft.id, version: draft.updatedAt.toISOString(), title: 'v2' })
    expect(first).toMatchObject({ ok: true })
    const stale = await save({ proposalId: draft.id, version: draft.updatedAt.toISOString(), title: 'v3 from an old tab' })
    expect(stale).toMatchObject({ ok: false, error: 'conflict', message: /another tab/ })
    expect((await row(draft.id)).title).toBe('v2')
    expect(await save({ proposalId: draft.id, version: first.ok ? first.data!.updatedAt : '', title: 'v3' })).toMatchObject({ ok: true })
  })

  it('keeps a submitted proposal complete: no saving it without a title or an abstract', async () => {
    const proposal = await draftFor(f, f.student, { title: 'Submitted', abstract: 'Text', status: 'SUBMITTED' })
    await signInAs(f.student.email!)
    const result = await save({ proposalId: proposal.id, title: '', abstract: 'Text' })
    expect(result).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { title: [expect.any(String)] } })
    expect((await row(proposal.id)).title).toBe('Submitted')
    expect(await save({ proposalId: proposal.id, title: 'Submitted, then edited', abstract: 'Text' })).toMatchObject({ ok: true })
    expect(await row(proposal.id)).toMatchObject({ title: 'Submitted, then edited', status: 'SUBMITTED' })
  })

  it('refuses after the deadline and for a decided proposal, changing nothing', async () => {
    const draft = await draftFor(f, f.student, { title: 'On time' })
    // A decision binds once it is announced (tests/decisions.int.test.ts: before, it is "submitted" to the student).
    const announced = await fixture()
    await db.seasonPhase.create({ data: { seasonId: announced.season.id, kind: 'ACCEPTED_ANNOUNCED', startsAt: new Date(Date.now() - DAY) } })
    const accepted = await draftFor(announced, announced.student, { title: 'Accepted', abstract: 'x', status: 'SUBMITTED' })
    await db.proposal.update({ where: { id: accepted.id }, data: { status: 'ACCEPTED' } })
    await signInAs(announced.student.email!)
    expect(await save({ proposalId: accepted.id, title: 'Changed' })).toMatchObject({ ok: false, error: 'conflict', message: /decision/ })
    expect(await withdraw(accepted.id)).toMatchObject({ ok: false, error: 'conflict', message: /decision has been made/ })
    await signInAs(f.student.email!)
    const before = await row(draft.id)
    await setClock(new Date(Date.now() + 11 * DAY))
    expect(await save({ proposalId: draft.id, title: 'Too late' })).toMatchObject({ ok: false, error: 'closed', message: /Applications closed on/ })
    expect(await row(draft.id)).toEqual(before)
    expect((await row(accepted.id)).title).toBe('Accepted')
  })
})

describe('submitProposal', () => {
  it('submits a complete draft with its text, at the app’s clock, and audits it', async () => {
    const draft = await draftFor(f, f.student)
    await signInAs(f.student.email!)
    const at = new Date(Date.now() - DAY)
    await setClock(at)
    const result = await submit({ proposalId: draft.id, version: draft.updatedAt.toISOString(), ...complete })
    expect(result).toMatchObject({ ok: true, message: /submitted\. You can still change or withdraw it until .* UTC/, data: { status: 'SUBMITTED' } })
    expect(await row(draft.id)).toMatchObject({ status: 'SUBMITTED', submittedAt: at, title: 'Faster xenstore', hoursPerWeek: 30, links: ['https://example.org/me'] })
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: draft.id, action: 'proposal.submit' } })
    expect(audit.after).toMatchObject({ status: 'SUBMITTED', title: 'Faster xenstore' })
    expect(audit.before).toMatchObject({ status: 'DRAFT' })
  })

  it('asks for the title and the abstract, reports malformed fields with them, and changes nothing', async () => {
    const draft = await draftFor(f, f.student, { title: 'Only a title' })
    await signInAs(f.student.email!)
    const before = await row(draft.id)
    const result = await submit({ proposalId: draft.id, title: '', abstract: '   ', plan: '<script>x</script>' })
    expect(result).toMatchObject({ ok: false, error: 'invalid', message: /Not submitted/ })
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['abstract', 'plan', 'title'])
    expect(await row(draft.id)).toEqual(before)
  })

  it('refuses a proposal that is already submitted', async () => {
    const proposal = await draftFor(f, f.student, { title: 'Sent', abstract: 'x', status: 'SUBMITTED' })
    await signInAs(f.student.email!)
    expect(await submit({ proposalId: proposal.id, ...complete })).toMatchObject({ ok: false, error: 'conflict', message: /already submitted/ })
    expect((await row(proposal.id)).title).toBe('Sent')
  })

  it('refuses other students, mentors, admins and signed-out visitors', async () => {
    const draft = await draftFor(f, f.otherStudent)
    for (const who of [f.student, f.mentor, f.admin]) {
      await signInAs(who.email!)
      expect(await submit({ proposalId: draft.id, ...complete })).toMatchObject({ ok: false, error: 'not_found' })
    }
    signOut()
    expect(await submit({ proposalId: draft.id, ...complete })).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await row(draft.id)).toMatchObject({ status: 'DRAFT', title: '' })
  })

  it('refuses after the deadline (a season whose applications closed) and changes nothing', async () => {
    const closed = await fixture({ applications: 'closed' })
    const draft = await draftFor(closed, closed.student)
    await signInAs(closed.student.email!)
    expect(await submit({ proposalId: draft.id, ...complete })).toMatchObject({ ok: false, error: 'closed', message: /proposals can no longer be submitted/ })
    expect(await row(draft.id)).toEqual(draft)
  })

  it('enforces the cap on applications per student, counting only submitted ones', async () => {
    const capped = await fixture({ maxProposalsPerStudent: 1 })
    const second = await db.idea.create({ data: { seasonId: capped.season.id, slug: `second-${capped.tag}`, title: 'Second idea', summary: 'x', status: 'PUBLISHED' } })
    const a = await draftFor(capped, capped.student)
    const b = await draftFor(capped, capped.student, { ideaId: second.id })
    await signInAs(capped.student.email!)
    expect(await submit({ proposalId: a.id, ...complete })).toMatchObject({ ok: true })
    const over = await submit({ proposalId: b.id, ...complete, title: 'Second one' })
    expect(over).toMatchObject({ ok: false, error: 'conflict', message: /at most 1 proposal\. Withdraw one/ })
    expect(await row(b.id)).toEqual(b)

    // Withdrawing frees the place; the withdrawn one then cannot come back over the cap.
    expect(await withdraw(a.id)).toMatchObject({ ok: true })
    expect(await submit({ proposalId: b.id, ...complete, title: 'Second one' })).toMatchObject({ ok: true })
    const withdrawn = await row(a.id)
    expect(await submit({ proposalId: a.id, ...complete })).toMatchObject({ ok: false, error: 'conflict' })
    expect(await row(a.id)).toEqual(withdrawn)
  })
})

describe('withdrawProposal', () => {
  it('withdraws a submitted proposal, which can then be submitted again before the deadline', async () => {
    const student = await newUser('withdraw')
    await db.seasonRole.create({ data: { userId: student.id, seasonId: f.season.id, role: 'STUDENT' } })
    const proposal = await draftFor(f, student, { title: 'Back and forth', abstract: 'x', status: 'SUBMITTED' })
    await signInAs(student.email!)
    const result = await withdraw(proposal.id)
    expect(result).toMatchObject({ ok: true, message: /withdrawn/, data: { status: 'WITHDRAWN' } })
    expect(await row(proposal.id)).toMatchObject({ status: 'WITHDRAWN', withdrawnAt: expect.any(Date) })
    expect(await db.auditLog.count({ where: { entityId: proposal.id, action: 'proposal.withdraw' } })).toBe(1)
    expect(await withdraw(proposal.id)).toMatchObject({ ok: false, error: 'conflict', message: /already withdrawn/ })
    expect(await submit({ proposalId: proposal.id, ...complete })).toMatchObject({ ok: true })
    expect(await row(proposal.id)).toMatchObject({ status: 'SUBMITTED', withdrawnAt: null })
  })

  it('refuses drafts, other people’s proposals, signed-out visitors and late withdrawals', async () => {
    const draft = await draftFor(f, f.student)
    const theirs = await draftFor(f, f.otherStudent, { title: 'x', abstract: 'x', status: 'SUBMITTED' })
    const mine = await draftFor(f, f.student, { title: 'x', abstract: 'x', status: 'SUBMITTED' })
    await signInAs(f.student.email!)
    expect(await withdraw(draft.id)).toMatchObject({ ok: false, error: 'conflict', message: /Only a submitted proposal/ })
    expect(await withdraw(theirs.id)).toMatchObject({ ok: false, error: 'not_found' })
    for (const who of [f.mentor, f.admin]) {
      await signInAs(who.email!)
      expect(await withdraw(mine.id)).toMatchObject({ ok: false, error: 'not_found' })
    }
    signOut()
    expect(await withdraw(mine.id)).toMatchObject({ ok: false, error: 'unauthenticated' })
    await signInAs(f.student.email!)
    await setClock(new Date(Date.now() + 11 * DAY))
    expect(await withdraw(mine.id)).toMatchObject({ ok: false, error: 'closed' })
    expect(await row(mine.id)).toEqual(mine)
    expect(await row(theirs.id)).toEqual(theirs)
    expect(await row(draft.id)).toEqual(draft)
  })
})

describe('what a student can read', () => {
  it('lists only the viewer’s own proposals, with shared comments and without their author or any review', async () => {
    const student = await newUser('reader')
    await db.seasonRole.create({ data: { userId: student.id, seasonId: f.season.id, role: 'STUDENT' } })
    const mine = await draftFor(f, student, { title: 'Mine', abstract: 'x', status: 'SUBMITTED' })
    const theirs = await draftFor(f, f.otherStudent, { title: 'Theirs' })
    await db.comment.createMany({
      data: [
        { proposalId: mine.id, authorId: f.mentor.id, body: 'Please add a timeline.', visibility: 'SHARED' },
        { proposalId: mine.id, authorId: f.mentor.id, body: 'Weak candidate, between us.', visibility: 'MENTORS' },
      ],
    })
    await db.review.create({ data: { proposalId: mine.id, reviewerId: f.mentor.id, overallScore: 2 } })

    const list = await listMyProposals(student)
    expect(list.map((p) => p.id)).toEqual([mine.id])
    expect(list[0]!.comments).toEqual([{ id: expect.any(String), body: 'Please add a timeline.', createdAt: expect.any(Date) }])
    const serialized = JSON.stringify(list)
    expect(serialized).not.toContain('between us')
    expect(serialized).not.toContain(f.mentor.name!)
    expect(serialized).not.toContain('overallScore')
    expect(serialized).not.toContain('Theirs')

    expect(await getMyProposal(student, mine.id)).toMatchObject({ id: mine.id, title: 'Mine' })
    expect(await getMyProposal(student, theirs.id)).toBeNull()
    expect(await getMyProposal(f.mentor, mine.id)).toBeNull()
    expect(await getMyProposal(student, '../etc/passwd')).toBeNull()
  })
})
