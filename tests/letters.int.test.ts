// The season's close on Postgres: afterConfirm stages one held letter per applicant and a notice per mentor and
// drafts the accepted-students post; templates (unknown merge fields refused); scheduling the post (admin's zone,
// past or malformed refused) moves the announcement phase and the letters' release; the dispatcher releases only
// due mail, each once even with two runs at once; the status post; every action for every role.
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { generateStatusPost, saveAnnouncement } from '@/lib/announcements/actions'
import { getPublishedAnnouncement } from '@/lib/announcements/queries'
import { db } from '@/lib/db'
import { saveLetterTemplate, stageSeasonLetters } from '@/lib/letters/actions'
import { letterKey, mentorNoticeKey } from '@/lib/letters/stage'
import { claimDueMail, dispatchDueMail } from '@/lib/outbox/dispatch'
import { getMyProposal } from '@/lib/proposals/queries'
import { afterConfirm, resetSeasonClose } from '@/lib/season-close/after-confirm'
import { toLocalInput } from '@/lib/seasons/schema'
import { getSeasonStats } from '@/lib/stats/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { ALL_BUT, expectRefusedForRoles } from './support/matrix'
import { form, setClock, signInAs, signOut } from './support/session'

// Delivery through SMTP is counted, not performed: each sendMail is one mail that left.
const sent = vi.hoisted(() => ({ to: [] as string[] }))
vi.mock('nodemailer', () => ({
  createTransport: () => ({
    sendMail: async (mail: { to: string }) => {
      sent.to.push(mail.to)
      return {}
    },
  }),
}))

const DAY = 24 * 60 * 60 * 1000
const seasons: string[] = []
let f: SeasonFixture
let other: SeasonFixture
let accepted: { id: string }
let rejectedA: { id: string }

async function season() {
  const built = await createSeasonFixture({ applications: 'closed' })
  seasons.push(built.season.id)
  return built
}

/** A confirmed season: the student accepted (primary mentor f.mentor), the other student's two proposals not. */
async function confirmed(s: SeasonFixture) {
  const submittedAt = new Date(Date.now() - 10 * DAY)
  const decidedAt = new Date(Date.now() - DAY)
  const make = (studentId: string, title: string, status: 'ACCEPTED' | 'REJECTED') =>
    db.proposal.create({ data: { seasonId: s.season.id, studentId, ideaId: s.idea.id, title, abstract: `Abstract of ${title}.`, links: [], status, submittedAt, decidedAt } })
  const a = await make(s.student.id, `Accepted ${s.tag}`, 'ACCEPTED')
  await db.acceptance.create({ data: { seasonId: s.season.id, proposalId: a.id, studentId: s.student.id, mentorId: s.mentor.id, announcementAbstract: 'The project, in the post’s words.' } })
  const b = await make(s.otherStudent.id, `Not taken one ${s.tag}`, 'REJECTED')
  const c = await make(s.otherStudent.id, `Not taken two ${s.tag}`, 'REJECTED')
  await db.comment.create({ data: { proposalId: b.id, authorId: s.mentor.id, body: 'Shared: a clear plan, but the timeline was thin.', visibility: 'SHARED' } })
  await db.comment.create({ data: { proposalId: b.id, authorId: s.mentor.id, body: 'Among mentors only: weaker than the others.', visibility: 'MENTORS' } })
  return { a, b, c }
}

const ctx = (s: SeasonFixture) => ({ seasonId: s.season.id, actorId: s.admin.id, now: new Date() })
const confirmNow = (s: SeasonFixture) => db.$transaction((tx) => afterConfirm(tx, ctx(s)))
const staged = (s: SeasonFixture) =>
  db.outboxMail.findMany({ where: { seasonId: s.season.id, held: true }, orderBy: { dedupeKey: 'asc' } })
const acceptedPost = (s: SeasonFixture) => db.announcement.findFirst({ where: { seasonId: s.season.id, kind: 'ACCEPTED_STUDENTS' } })
const saveTemplate = (fields: Record<string, string>) => saveLetterTemplate(initialActionState, form(fields))
const save = (fields: Record<string, string>) => saveAnnouncement(initialActionState, form(fields))

beforeAll(async () => {
  f = await season()
  other = await season()
  ;({ a: accepted, b: rejectedA } = await confirmed(f))
  await db.user.update({ where: { id: f.admin.id }, data: { timeZone: 'Europe/Berlin' } })
})
afterEach(async () => {
  signOut()
  await setClock(null)
  delete process.env.SMTP_URL
})
afterAll(async () => {
  // Other files count the whole database's announcements, proposals and mail (the seed's figures).
  await db.announcement.deleteMany({ where: { seasonId: { in: seasons } } })
  await db.outboxMail.deleteMany({ where: { seasonId: { in: seasons } } })
  await db.proposal.deleteMany({ where: { seasonId: { in: seasons } } })
})

describe('afterConfirm', () => {
  it('holds one letter per applicant and one notice per mentor, and drafts the accepted-students post', async () => {
    await confirmNow(f)
    const mails = await staged(f)
    expect(mails.map((m) => m.dedupeKey).sort()).toEqual(
      [letterKey(f.season.id, f.student.id), letterKey(f.season.id, f.otherStudent.id), mentorNoticeKey(f.season.id, f.mentor.id)].sort(),
    )
    expect(mails.every((m) => m.held && m.releaseAt === null && m.sentAt === null && m.releasedAt === null)).toBe(true)
    const byKey = new Map(mails.map((m) => [m.dedupeKey, m]))
    const yes = byKey.get(letterKey(f.season.id, f.student.id))!
    expect(yes).toMatchObject({ to: f.student.email, subject: expect.stringContaining('accepted') })
    expect(yes.body).toContain(`Dear ${f.student.name}`)
    expect(yes.body).toContain(`“Accepted ${f.tag}” (${f.idea.title})`)
    expect(yes.body).toContain('among 3 applications')
    expect(yes.body).toContain(`${f.mentor.name} will mentor you`)
    const no = byKey.get(letterKey(f.season.id, f.otherStudent.id))!
    expect(no.body).toContain(`“Not taken one ${f.tag} and Not taken two ${f.tag}”`)
    expect(no.body).toContain('a clear plan, but the timeline was thin')
    expect(no.body).not.toContain('Among mentors only')
    const notice = byKey.get(mentorNoticeKey(f.season.id, f.mentor.id))!
    expect(notice).toMatchObject({ to: f.mentor.email })
    expect(notice.body).toContain(`“Accepted ${f.tag}” by ${f.student.name} <${f.student.email}>: you are the primary mentor, on your own for now.`)

    const post = await acceptedPost(f)
    expect(post).toMatchObject({ publishAt: null, title: `Welcome to our ${f.season.title} students`, slug: `gsoc-${f.season.slug}-accepted-students` })
    expect(post!.body).toContain(`### Accepted ${f.tag}\n\n**Student:** ${f.student.name}\n\n**Mentor:** ${f.mentor.name}\n\nThe project, in the post’s words.`)
  })

  it('is idempotent: a second call writes nothing, and the admin’s edit of the draft stays', async () => {
    await confirmNow(f)
    const post = await acceptedPost(f)
    await db.announcement.update({ where: { id: post!.id }, data: { body: `${post!.body}\nEdited by hand.` } })
    const [before, audits] = [await staged(f), await db.auditLog.count({ where: { seasonId: f.season.id } })]
    await confirmNow(f)
    await confirmNow(f)
    expect(await staged(f)).toEqual(before)
    expect((await acceptedPost(f))!.body).toContain('Edited by hand.')
    expect(await db.auditLog.count({ where: { seasonId: f.season.id } })).toBe(audits)
  })
})

describe('letter templates', () => {
  it('refuses anyone but the season’s admin, and changes nothing', async () => {
    await expectRefusedForRoles({
      f,
      other,
      roles: ALL_BUT('admin'),
      call: () => saveTemplate({ seasonId: f.season.id, kind: 'ACCEPTED', subject: 'Hi', body: 'Dear {{student_name}}' }),
      state: () => Promise.all([db.letterTemplate.findMany({ where: { seasonId: f.season.id } }), staged(f)]),
    })
  })

  it('refuses an unknown merge field beside the field, and comments in the accepted letter; nothing saved', async () => {
    await signInAs(f.admin.email!)
    const result = await saveTemplate({ seasonId: f.season.id, kind: 'ACCEPTED', subject: 'Hello {{student}}', body: 'Dear {{student_name}}, {{shared_comments}}' })
    expect(result).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { subject: [expect.stringContaining('Unknown merge field {{student}}')], body: [expect.stringContaining('{{shared_comments}}')] } })
    expect(await saveTemplate({ seasonId: f.season.id, kind: 'LATER', subject: 'x', body: 'y' })).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { kind: expect.any(Array) } })
    expect(await db.letterTemplate.count({ where: { seasonId: f.season.id } })).toBe(0)
  })

  it('saves the admin’s wording and rewrites the held letters in it', async () => {
    await signInAs(f.admin.email!)
    const result = await saveTemplate({ seasonId: f.season.id, kind: 'NOT_SELECTED', subject: 'About {{proposal_title}}', body: 'Dear {{student_name}}, not this time. {{shared_comments}}' })
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining('1 held letter was written again') })
    const letter = await db.outboxMail.findUniqueOrThrow({ where: { dedupeKey: letterKey(f.season.id, f.otherStudent.id) } })
    expect(letter.body).toMatch(new RegExp(`^Dear ${f.otherStudent.name}, not this time\\.`))
    expect(letter.subject).toBe(`About Not taken one ${f.tag} and Not taken two ${f.tag}`)
    expect(await db.auditLog.count({ where: { seasonId: f.season.id, action: 'letters.template' } })).toBe(1)
    // The same text again changes nothing.
    expect(await saveTemplate({ seasonId: f.season.id, kind: 'NOT_SELECTED', subject: 'About {{proposal_title}}', body: 'Dear {{student_name}}, not this time. {{shared_comments}}' })).toMatchObject({
      ok: true,
      message: expect.stringContaining('unchanged'),
    })
  })

  it('writing the letters: admins only, and only once there are decisions', async () => {
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => stageSeasonLetters(initialActionState, form({ seasonId: f.season.id })), state: () => staged(f) })
    await signInAs(other.admin.email!)
    expect(await stageSeasonLetters(initialActionState, form({ seasonId: other.season.id }))).toMatchObject({ ok: false, error: 'conflict' })
    await signInAs(f.admin.email!)
    expect(await stageSeasonLetters(initialActionState, form({ seasonId: f.season.id }))).toMatchObject({ ok: true, message: expect.stringContaining('2 letters') })
  })
})

describe('scheduling the accepted-students post', () => {
  it('refuses anyone but the season’s admin, and another season’s post', async () => {
    const post = (await acceptedPost(f))!
    const later = toLocalInput(new Date(Date.now() + 5 * DAY), 'Europe/Berlin')
    const state = () => Promise.all([acceptedPost(f), db.seasonPhase.findMany({ where: { seasonId: f.season.id } }), staged(f)])
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => save({ seasonId: f.season.id, id: post.id, title: post.title, body: post.body, publishAt: later }), state })
    // An admin of the other season naming this season's post under their own season: not found.
    await signInAs(other.admin.email!)
    const before = await state()
    expect(await save({ seasonId: other.season.id, id: post.id, title: 'Mine now', body: 'x', publishAt: later })).toMatchObject({ ok: false, error: 'not_found' })
    expect(await state()).toEqual(before)
  })

  it('refuses a malformed or past publish time beside the field, nothing saved', async () => {
    const post = (await acceptedPost(f))!
    await signInAs(f.admin.email!)
    for (const publishAt of ['next tuesday', '2031-02-30T10:00', toLocalInput(new Date(Date.now() - DAY), 'Europe/Berlin')]) {
      const result = await save({ seasonId: f.season.id, id: post.id, title: post.title, body: post.body, publishAt })
      expect(result, publishAt).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { publishAt: [expect.any(String)] } })
    }
    // After the coding period starts: the timeline would be out of order.
    const coding = await db.seasonPhase.create({ data: { seasonId: f.season.id, kind: 'CODING', startsAt: new Date(Date.now() + 10 * DAY), endsAt: new Date(Date.now() + 90 * DAY) } })
    try {
      const late = await save({ seasonId: f.season.id, id: post.id, title: post.title, body: post.body, publishAt: toLocalInput(new Date(Date.now() + 20 * DAY), 'Europe/Berlin') })
      expect(late).toMatchObject({ ok: false, fieldErrors: { publishAt: [expect.stringMatching(/^The students are announced with this post: .*must not come after Coding/)] } })
    } finally {
      await db.seasonPhase.delete({ where: { id: coding.id } })
    }
    expect(await acceptedPost(f)).toEqual(post)
    expect(await db.seasonPhase.count({ where: { seasonId: f.season.id, kind: 'ACCEPTED_ANNOUNCED' } })).toBe(0)
  })

  it('stores the time typed in the admin’s zone in UTC, moves the announcement phase and the letters’ release', async () => {
    const post = (await acceptedPost(f))!
    await signInAs(f.admin.email!)
    const at = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 3, 25, 17, 30)) // 19:30 in Berlin (summer time)
    const result = await save({ seasonId: f.season.id, id: post.id, title: post.title, body: post.body, publishAt: toLocalInput(at, 'Europe/Berlin') })
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining('3 held mails go out at that time') })
    expect(toLocalInput(at, 'Europe/Berlin')).toMatch(/T19:30$/)
    expect((await acceptedPost(f))!.publishAt).toEqual(at)
    expect(await db.seasonPhase.findUnique({ where: { seasonId_kind: { seasonId: f.season.id, kind: 'ACCEPTED_ANNOUNCED' } } })).toMatchObject({ startsAt: at })
    expect((await staged(f)).map((m) => m.releaseAt)).toEqual([at, at, at])
    // Going back to draft would leave the decisions due at the old time: refused.
    expect(await save({ seasonId: f.season.id, id: post.id, title: post.title, body: post.body, publishAt: '' })).toMatchObject({ ok: false, fieldErrors: { publishAt: [expect.stringContaining('cannot go back to draft')] } })
  })

  it('keeps the post, the decision and the figures hidden until then; the student sees the decision from then on', async () => {
    const post = (await acceptedPost(f))!
    const at = post.publishAt!
    const student = await db.user.findUniqueOrThrow({ where: { id: f.student.id } })
    await setClock(new Date(at.getTime() - 1))
    expect(await getPublishedAnnouncement(post.slug)).toBeNull()
    expect(await getMyProposal(student, accepted.id)).toMatchObject({ status: 'SUBMITTED' })
    expect((await getSeasonStats(f.season.id)).figures).toMatchObject({ acceptedStudents: null, acceptanceRate: null })
    await setClock(at)
    expect((await getPublishedAnnouncement(post.slug))?.title).toBe(post.title)
    expect(await getMyProposal(student, accepted.id)).toMatchObject({ status: 'ACCEPTED' })
    expect(await getMyProposal(await db.user.findUniqueOrThrow({ where: { id: f.otherStudent.id } }), rejectedA.id)).toMatchObject({ status: 'REJECTED' })
    expect((await getSeasonStats(f.season.id)).figures).toMatchObject({ applications: 3, acceptedStudents: 1, acceptanceRate: 33.3 })
  })
})

describe('the dispatcher', () => {
  it('releases only due letters, each once; two runs at once send each mail once', async () => {
    const at = (await acceptedPost(f))!.publishAt!
    process.env.SMTP_URL = 'smtp://localhost:1'
    sent.to = []
    // Another held mail, due only later: it must stay held.
    const later = await db.outboxMail.create({ data: { seasonId: f.season.id, to: 'later@example.test', subject: 's', body: 'b', held: true, releaseAt: new Date(at.getTime() + DAY) } })
    await setClock(new Date(at.getTime() - 1))
    await dispatchDueMail()
    expect(sent.to.filter((to) => to.endsWith('.test'))).toEqual([])
    await setClock(at)
    const runs = await Promise.all([dispatchDueMail(), dispatchDueMail()])
    const ours = sent.to.filter((to) => [f.student.email, f.otherStudent.email, f.mentor.email, 'later@example.test'].includes(to))
    expect(ours.sort()).toEqual([f.student.email, f.otherStudent.email, f.mentor.email].sort())
    expect(runs.reduce((n, r) => n + r.released, 0)).toBeGreaterThanOrEqual(3)
    const mails = await staged(f)
    expect(mails.filter((m) => m.id !== later.id).every((m) => m.sentAt && m.releasedAt)).toBe(true)
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ sentAt: null, releasedAt: null })
    // Publishing again (another run, the clock moved on a little) sends nothing twice.
    await setClock(new Date(at.getTime() + 60_000))
    await dispatchDueMail()
    expect(sent.to.filter((to) => [f.student.email, f.otherStudent.email, f.mentor.email].includes(to))).toHaveLength(3)
    await db.outboxMail.delete({ where: { id: later.id } })
  })

  it('skips a row another connection holds, and takes over a claim whose lease ran out', async () => {
    const now = new Date('2040-01-01T00:00:00Z')
    const make = (to: string, claimedAt: Date | null) =>
      db.outboxMail.create({ data: { seasonId: other.season.id, to, subject: 's', body: 'b', held: true, releaseAt: new Date('2039-01-01T00:00:00Z'), claimedAt } })
    const locked = await make('locked@example.test', null)
    const crashed = await make('crashed@example.test', new Date(Date.now() - 10 * 60_000))
    const fresh = await make('fresh@example.test', new Date())
    const second = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await second.connect()
    try {
      await second.query('BEGIN')
      await second.query('SELECT "id" FROM "OutboxMail" WHERE "id" = $1 FOR UPDATE', [locked.id])
      const claimed = await claimDueMail(now, 500)
      expect(claimed).toContain(crashed.id)
      expect(claimed).not.toContain(locked.id)
      expect(claimed).not.toContain(fresh.id)
      await second.query('COMMIT')
      expect(await claimDueMail(now, 500)).toContain(locked.id)
      expect(await claimDueMail(now, 500)).not.toContain(locked.id)
    } finally {
      await second.end()
      await db.outboxMail.deleteMany({ where: { id: { in: [locked.id, crashed.id, fresh.id] } } })
    }
  })

  it('works through every due mail batch by batch in one run', async () => {
    const due = new Date(Date.now() - 1000)
    const rows = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => db.outboxMail.create({ data: { seasonId: other.season.id, to: `batch-${n}@example.test`, subject: 's', body: 'b', held: true, releaseAt: due } })),
    )
    try {
      await dispatchDueMail({ limit: 2 })
      expect((await db.outboxMail.findMany({ where: { id: { in: rows.map((r) => r.id) } } })).every((m) => m.releasedAt)).toBe(true)
    } finally {
      await db.outboxMail.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } })
    }
  })

  it('without a mail server a released letter counts as released, no longer held', async () => {
    const mail = await db.outboxMail.create({ data: { seasonId: other.season.id, to: 'demo@example.test', subject: 's', body: 'b', held: true, releaseAt: new Date(Date.now() - 1000) } })
    sent.to = []
    await dispatchDueMail()
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({ sentAt: null, releasedAt: expect.any(Date) })
    expect(sent.to).toEqual([])
    await db.outboxMail.delete({ where: { id: mail.id } })
  })
})

describe('after the letters went out', () => {
  it('a changed set restages unsent letters only: never a second letter to a student who had one', async () => {
    const before = await db.outboxMail.findUniqueOrThrow({ where: { dedupeKey: letterKey(f.season.id, f.student.id) } })
    // A new applicant decided after the release, and the first student's decision redone.
    const late = await db.user.create({ data: { name: `Late ${f.tag}`, email: `late-${f.tag}@example.test` } })
    await db.proposal.create({ data: { seasonId: f.season.id, studentId: late.id, ideaId: f.idea.id, title: 'Late', links: [], status: 'REJECTED', submittedAt: new Date(), decidedAt: new Date() } })
    await confirmNow(f)
    const letters = await db.outboxMail.findMany({ where: { seasonId: f.season.id, to: f.student.email! } })
    expect(letters).toEqual([before])
    expect(await db.outboxMail.count({ where: { dedupeKey: letterKey(f.season.id, late.id) } })).toBe(1)
  })

  it('the replay’s reset drops the unsent letters and the unpublished post, keeps what was sent', async () => {
    const s = await season()
    await confirmed(s)
    await confirmNow(s)
    expect(await staged(s)).toHaveLength(3)
    await db.outboxMail.update({ where: { dedupeKey: letterKey(s.season.id, s.student.id) }, data: { sentAt: new Date() } })
    await db.$transaction((tx) => resetSeasonClose(tx, ctx(s)))
    expect((await staged(s)).map((m) => m.dedupeKey)).toEqual([letterKey(s.season.id, s.student.id)])
    expect(await acceptedPost(s)).toBeNull()
    expect(await db.auditLog.count({ where: { seasonId: s.season.id, action: 'letters.reset' } })).toBe(1)
  })
})

describe('with a backup mentor', () => {
  it('names both mentors in the letter and the post, and tells each mentor about the other', async () => {
    const s = await season()
    const { a } = await confirmed(s)
    await db.acceptance.update({ where: { proposalId: a.id }, data: { backupMentorId: s.otherMentor.id } })
    await confirmNow(s)
    const mail = async (key: string) => (await db.outboxMail.findUniqueOrThrow({ where: { dedupeKey: key } })).body
    expect(await mail(letterKey(s.season.id, s.student.id))).toContain(`${s.mentor.name} and ${s.otherMentor.name} will mentor you`)
    expect(await mail(mentorNoticeKey(s.season.id, s.mentor.id))).toContain(`you are the primary mentor, with ${s.otherMentor.name}.`)
    expect(await mail(mentorNoticeKey(s.season.id, s.otherMentor.id))).toContain(`you are the backup mentor, with ${s.mentor.name}.`)
    expect((await acceptedPost(s))!.body).toContain(`**Mentors:** ${s.mentor.name}, ${s.otherMentor.name}`)
  })
})

describe('the status post', () => {
  it('admins only; drafted from live figures, once: generating again refreshes the draft', async () => {
    const drafts = () => db.announcement.findMany({ where: { seasonId: f.season.id, kind: 'STATUS' } })
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => generateStatusPost(initialActionState, form({ seasonId: f.season.id })), state: drafts })
    await signInAs(f.admin.email!)
    const result = await generateStatusPost(initialActionState, form({ seasonId: f.season.id }))
    expect(result).toMatchObject({ ok: true, data: { id: expect.any(String) } })
    const [post] = await drafts()
    expect(post).toMatchObject({ publishAt: null, title: `${f.season.title}: 4 applications received` })
    expect(post!.body).toContain('We received **4 applications**. 1 of our 1 ideas drew applications, up to 4 for one idea, and 2 mentors are now reading')
    await generateStatusPost(initialActionState, form({ seasonId: f.season.id }))
    expect(await drafts()).toHaveLength(1)
    // Scheduled like any post; it does not touch the announcement phase.
    const phase = await db.seasonPhase.findUniqueOrThrow({ where: { seasonId_kind: { seasonId: f.season.id, kind: 'ACCEPTED_ANNOUNCED' } } })
    const at = new Date(Date.now() + 3 * DAY)
    expect(await save({ seasonId: f.season.id, id: post!.id, title: post!.title, body: post!.body, publishAt: toLocalInput(at, 'Europe/Berlin') })).toMatchObject({ ok: true })
    expect((await db.announcement.findUniqueOrThrow({ where: { id: post!.id } })).publishAt!.getTime()).toBe(Math.floor(at.getTime() / 60_000) * 60_000)
    expect(await db.seasonPhase.findUniqueOrThrow({ where: { id: phase.id } })).toEqual(phase)
  })
})

