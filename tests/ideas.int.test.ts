// Idea administration and mentors' proposals: who may do what, what bad input is refused, and that a refused
// call changes nothing (the idea, its mentors and the audit log stay as they were).
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { archiveIdea, createIdea, proposeIdea, publishIdea, restoreIdea, updateIdea, updateProposedIdea, type IdeaSaved } from '@/lib/ideas/actions'
import { getIdeaForEdit, listIdeasForAdmin, listMentorIdeas } from '@/lib/ideas/admin-queries'
import { getPublishedIdea, listPublishedIdeas } from '@/lib/ideas/queries'
import { db } from '@/lib/db'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, signInAs, signOut } from './support/session'

let f: SeasonFixture
let other: SeasonFixture // a second season: its admin and ideas must not reach into the first one

beforeAll(async () => {
  f = await createSeasonFixture()
  other = await createSeasonFixture()
})
afterEach(() => signOut())

type Fields = Record<string, string | number | string[] | undefined>
const fields = (overrides: Fields = {}): Fields => ({
  seasonId: f.season.id,
  title: 'Port the toolstack to a new hypervisor interface',
  summary: 'Teach the toolstack the new interface, with tests.',
  description: 'A **Markdown** description.\n\n- one\n- two',
  skills: 'C, OCaml, c',
  difficulty: 'MEDIUM',
  expectedHours: 350,
  capacity: 2,
  mentorIds: [f.mentor.id],
  ...overrides,
})

const call = (action: (prev: ActionResult<IdeaSaved>, data: FormData) => Promise<ActionResult<IdeaSaved>>, data: Fields) =>
  action(initialActionState, form(data))

const as = async (who: { email: string | null } | null) => (who ? signInAs(who.email!) : signOut())

/** Everything a refused call must leave alone. */
async function state(seasonId = f.season.id) {
  const [ideas, audit] = await Promise.all([
    db.idea.findMany({ where: { seasonId }, include: { mentors: { orderBy: { userId: 'asc' } } }, orderBy: { id: 'asc' } }),
    db.auditLog.count({ where: { entity: 'Idea' } }),
  ])
  return { ideas, audit }
}

/** A fresh idea in the fixture season, written straight to the database. */
async function seedIdea(data: { status?: 'DRAFT' | 'PROPOSED' | 'PUBLISHED' | 'ARCHIVED'; proposedById?: string; mentorIds?: string[]; season?: SeasonFixture } = {}) {
  const season = data.season ?? f
  const n = Math.random().toString(36).slice(2, 10)
  return db.idea.create({
    data: {
      seasonId: season.season.id,
      slug: `seeded-${n}`,
      title: `Seeded idea ${n}`,
      summary: 'Seeded for a test.',
      status: data.status ?? 'DRAFT',
      proposedById: data.proposedById ?? null,
      mentors: { create: (data.mentorIds ?? [season.mentor.id]).map((userId) => ({ userId })) },
    },
  })
}

const lastAudit = (entityId: string) => db.auditLog.findFirst({ where: { entity: 'Idea', entityId }, orderBy: { id: 'desc' } })

function errorsOf(result: ActionResult<IdeaSaved>, field: string): string {
  return (!result.ok && result.fieldErrors?.[field]?.join(' ')) || ''
}

// ---------------------------------------------------------------- createIdea

describe('createIdea', () => {
  it('lets the admin create a draft with a slug from the title, its mentors, clean skills, and audits it', async () => {
    await as(f.admin)
    const title = `Créer un idée ${f.tag}`
    const result = await call(createIdea, fields({ title, mentorIds: [f.mentor.id, f.otherMentor.id] }))
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/draft/) })
    const saved = result.ok ? result.data! : null
    const idea = await db.idea.findUniqueOrThrow({ where: { id: saved!.id }, include: { mentors: true } })
    expect(idea).toMatchObject({ seasonId: f.season.id, slug: `creer-un-idee-${f.tag}`, status: 'DRAFT', capacity: 2, expectedHours: 350, proposedById: null })
    expect(idea.skills).toEqual(['C', 'OCaml'])
    expect(idea.mentors.map((m) => m.userId).sort()).toEqual([f.mentor.id, f.otherMentor.id].sort())
    const audit = await lastAudit(idea.id)
    expect(audit).toMatchObject({ action: 'idea.create', actorId: f.admin.id, seasonId: f.season.id, before: null })
    expect(audit?.after).toMatchObject({ slug: idea.slug, status: 'DRAFT', mentorIds: expect.arrayContaining([f.mentor.id, f.otherMentor.id]) })
    // A draft is not public.
    expect(await getPublishedIdea(f.season.id, idea.slug)).toBeNull()
    expect((await listPublishedIdeas(f.season.id)).map((i) => i.id)).not.toContain(idea.id)
  })

  it('takes a slug the admin gives, and numbers a derived slug that is already taken', async () => {
    await as(f.admin)
    const mine = await call(createIdea, fields({ title: 'Anything', slug: `given-${f.tag}` }))
    expect(mine.ok && mine.data?.slug).toBe(`given-${f.tag}`)
    const first = await call(createIdea, fields({ title: `Twin ${f.tag}` }))
    const second = await call(createIdea, fields({ title: `Twin ${f.tag}` }))
    expect(first.ok && first.data?.slug).toBe(`twin-${f.tag}`)
    expect(second.ok && second.data?.slug).toBe(`twin-${f.tag}-2`)
  })

  it('accepts an idea with no mentor yet and a blank description', async () => {
    await as(f.admin)
    const result = await call(createIdea, fields({ title: `Lonely ${f.tag}`, mentorIds: undefined, description: '', skills: '' }))
    expect(result.ok).toBe(true)
    const idea = await db.idea.findFirstOrThrow({ where: { seasonId: f.season.id, slug: `lonely-${f.tag}` }, include: { mentors: true } })
    expect(idea.mentors).toEqual([])
    expect(idea.skills).toEqual([])
  })

  it('refuses mentors, students, outsiders and signed-out visitors, and changes nothing', async () => {
    const before = await state()
    for (const who of [f.mentor, f.student, f.outsider]) {
      await as(who)
      expect(await call(createIdea, fields({ title: `Not allowed ${f.tag}` }))).toMatchObject({ ok: false, error: 'forbidden' })
    }
    await as(null)
    expect(await call(createIdea, fields({ title: `Not allowed ${f.tag}` }))).toMatchObject({ ok: false, error: 'unauthenticated' })
    // An admin of another season is nobody here.
    await as(other.admin)
    expect(await call(createIdea, fields({ title: `Not allowed ${f.tag}` }))).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await state()).toEqual(before)
  })

  const bad: [string, Fields, string, RegExp][] = [
    ['an empty title', { title: '   ' }, 'title', /Enter a title/],
    ['a missing title', { title: undefined }, 'title', /Enter a title/],
    ['a 121-character title', { title: 'x'.repeat(121) }, 'title', /at most 120/],
    ['a slug with capitals and spaces', { slug: 'Not A Slug' }, 'slug', /lower-case/],
    ['a slug with a double hyphen', { slug: 'a--b' }, 'slug', /lower-case/],
    ['a slug of 101 characters', { slug: 'a'.repeat(101) }, 'slug', /at most 100/],
    ['the slug "page", which names the pages of the ideas list', { slug: 'page' }, 'slug', /pages of the ideas list/],
    ['an empty summary', { summary: '' }, 'summary', /summary/],
    ['a 201-character summary', { summary: 'y'.repeat(201) }, 'summary', /at most 200/],
    ['HTML in the summary', { summary: 'Hello <b>world</b>' }, 'summary', /plain text/],
    ['a script in the Markdown', { description: 'Hi <script>alert(1)</script>' }, 'description', /script/],
    ['a javascript: link in the Markdown', { description: '[x](javascript:alert(1))' }, 'description', /javascript/],
    ['a description over 20,000 characters', { description: 'z'.repeat(20_001) }, 'description', /20,000/],
    // These overflowed the renderer: once stored, every page showing the idea answered 500.
    ['1,900 nested quotes', { description: '>'.repeat(1900) }, 'description', /nested more than 16 levels/],
    ['a "- - -" chain of nested lists', { description: '- '.repeat(1000) + 'x' }, 'description', /nested more than 16 levels/],
    ['eleven skills', { skills: Array.from({ length: 11 }, (_, i) => `s${i}`).join(',') }, 'skills', /at most 10/],
    ['a 41-character skill', { skills: `C, ${'k'.repeat(41)}` }, 'skills', /at most 40/],
    ['an unknown difficulty', { difficulty: 'EXTREME' }, 'difficulty', /difficulty/],
    ['49 hours', { expectedHours: 49 }, 'expectedHours', /at least 50/],
    ['601 hours', { expectedHours: 601 }, 'expectedHours', /at most 600/],
    ['hours that are not a number', { expectedHours: 'lots' }, 'expectedHours', /number/],
    ['capacity 0', { capacity: 0 }, 'capacity', /at least 1/],
    ['capacity 11', { capacity: 11 }, 'capacity', /at most 10/],
    ['capacity 1.5', { capacity: '1.5' }, 'capacity', /whole number/],
  ]
  for (const [what, overrides, field, message] of bad) {
    it(`refuses ${what} with a message on the field, and changes nothing`, async () => {
      await as(f.admin)
      const before = await state()
      const result = await call(createIdea, fields({ title: `Bad input ${f.tag}`, ...overrides }))
      expect(result).toMatchObject({ ok: false, error: 'invalid' })
      expect(errorsOf(result, field)).toMatch(message)
      expect(await state()).toEqual(before)
    })
  }

  it('refuses a slug another idea of the season already has, but not one of another season', async () => {
    await as(f.admin)
    const before = await state()
    const result = await call(createIdea, fields({ slug: f.idea.slug }))
    expect(result).toMatchObject({ ok: false, error: 'invalid' })
    expect(errorsOf(result, 'slug')).toMatch(/already uses this slug/)
    expect(await state()).toEqual(before)
    expect((await call(createIdea, fields({ slug: other.idea.slug }))).ok).toBe(true)
  })

  it('refuses a mentor who is not a MENTOR of this season (forged ids included), and changes nothing', async () => {
    await as(f.admin)
    const before = await state()
    for (const forged of [f.student.id, f.outsider.id, other.mentor.id, f.admin.id, 'no-such-user']) {
      const result = await call(createIdea, fields({ mentorIds: [f.mentor.id, forged] }))
      expect(result).toMatchObject({ ok: false, error: 'invalid' })
      expect(errorsOf(result, 'mentorIds')).toMatch(/this season’s list of mentors/)
    }
    expect(await state()).toEqual(before)
  })
})

// ---------------------------------------------------------------- updateIdea

describe('updateIdea', () => {
  const edit = (ideaId: string, overrides: Fields = {}) => fields({ ideaId, ...overrides })

  it('lets the admin change every field, the slug and the mentors, and audits before and after', async () => {
    const idea = await seedIdea({ mentorIds: [f.mentor.id] })
    await as(f.admin)
    const result = await call(
      updateIdea,
      edit(idea.id, { title: 'A better title', slug: `better-${f.tag}`, difficulty: 'HARD', expectedHours: 600, capacity: 10, skills: 'Go', mentorIds: [f.otherMentor.id], version: idea.updatedAt.toISOString() }),
    )
    expect(result).toMatchObject({ ok: true, data: { id: idea.id, slug: `better-${f.tag}` } })
    const after = await db.idea.findUniqueOrThrow({ where: { id: idea.id }, include: { mentors: true } })
    expect(after).toMatchObject({ title: 'A better title', slug: `better-${f.tag}`, difficulty: 'HARD', expectedHours: 600, capacity: 10, skills: ['Go'], status: 'DRAFT' })
    expect(after.mentors.map((m) => m.userId)).toEqual([f.otherMentor.id])
    const audit = await lastAudit(idea.id)
    expect(audit).toMatchObject({ action: 'idea.update', actorId: f.admin.id })
    expect(audit?.before).toMatchObject({ title: idea.title, slug: idea.slug, mentorIds: [f.mentor.id] })
    expect(audit?.after).toMatchObject({ title: 'A better title', mentorIds: [f.otherMentor.id] })
  })

  it('keeps its own slug, derives a new one when the slug is cleared, and may rename a published idea', async () => {
    const idea = await seedIdea({ status: 'PUBLISHED' })
    await as(f.admin)
    expect((await call(updateIdea, edit(idea.id, { title: idea.title, slug: idea.slug }))).ok).toBe(true)
    const cleared = await call(updateIdea, edit(idea.id, { title: `Renamed ${f.tag}`, slug: '' }))
    expect(cleared).toMatchObject({ ok: true, data: { slug: `renamed-${f.tag}` } })
    expect(await getPublishedIdea(f.season.id, idea.slug)).toBeNull()
    expect((await getPublishedIdea(f.season.id, `renamed-${f.tag}`))?.id).toBe(idea.id)
  })

  it('refuses a taken slug, a forged mentor, a script and a stale version, and changes nothing', async () => {
    const idea = await seedIdea()
    await as(f.admin)
    const before = await state()
    const taken = await call(updateIdea, edit(idea.id, { slug: f.idea.slug }))
    expect(errorsOf(taken, 'slug')).toMatch(/already uses/)
    expect(errorsOf(await call(updateIdea, edit(idea.id, { mentorIds: [f.student.id] })), 'mentorIds')).toMatch(/mentors/)
    expect(errorsOf(await call(updateIdea, edit(idea.id, { description: '<SCRIPT src=x>' })), 'description')).toMatch(/script/)
    expect(await call(updateIdea, edit(idea.id, { version: new Date(0).toISOString() }))).toMatchObject({ ok: false, error: 'conflict' })
    expect(await state()).toEqual(before)
  })

  it('keeps a mentor whose MENTOR role is gone when they stay ticked, but never adds one', async () => {
    const idea = await seedIdea({ mentorIds: [f.otherStudent.id] })
    await as(f.admin)
    expect((await call(updateIdea, edit(idea.id, { mentorIds: [f.otherStudent.id, f.mentor.id] }))).ok).toBe(true)
    const mentors = await db.ideaMentor.findMany({ where: { ideaId: idea.id } })
    expect(mentors.map((m) => m.userId).sort()).toEqual([f.otherStudent.id, f.mentor.id].sort())
    expect(errorsOf(await call(updateIdea, edit(idea.id, { mentorIds: [f.otherStudent.id, f.student.id] })), 'mentorIds')).toMatch(/mentors/)
  })

  it('answers not found for an idea of another season or an unknown id, and changes nothing', async () => {
    const foreign = await seedIdea({ season: other })
    await as(f.admin)
    const before = [await state(), await state(other.season.id)]
    expect(await call(updateIdea, edit(foreign.id))).toMatchObject({ ok: false, error: 'not_found' })
    expect(await call(updateIdea, edit('no-such-idea'))).toMatchObject({ ok: false, error: 'not_found' })
    expect([await state(), await state(other.season.id)]).toEqual(before)
  })

  it('refuses mentors (even on ideas they mentor or proposed), students, outsiders and signed-out visitors', async () => {
    const idea = await seedIdea({ status: 'PROPOSED', proposedById: f.mentor.id })
    const before = await state()
    for (const who of [f.mentor, f.otherMentor, f.student, f.outsider]) {
      await as(who)
      expect(await call(updateIdea, edit(idea.id, { title: 'Hijacked' }))).toMatchObject({ ok: false, error: 'forbidden' })
    }
    await as(null)
    expect(await call(updateIdea, edit(idea.id, { title: 'Hijacked' }))).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await state()).toEqual(before)
  })
})

// ---------------------------------------------------------------- publish, archive, restore

describe('publishing, archiving and restoring', () => {
  const ref = (ideaId: string, seasonId = f.season.id) => ({ seasonId, ideaId })

  it('takes a draft through published, archived and back to draft, public only while published, audited', async () => {
    const idea = await seedIdea()
    await as(f.admin)
    expect(await call(publishIdea, ref(idea.id))).toMatchObject({ ok: true, message: /Published/ })
    expect((await getPublishedIdea(f.season.id, idea.slug))?.id).toBe(idea.id)
    expect(await lastAudit(idea.id)).toMatchObject({ action: 'idea.publish', before: { status: 'DRAFT' }, after: { status: 'PUBLISHED' } })

    expect(await call(archiveIdea, ref(idea.id))).toMatchObject({ ok: true, message: /Archived/ })
    expect(await getPublishedIdea(f.season.id, idea.slug)).toBeNull()
    expect((await listPublishedIdeas(f.season.id)).map((i) => i.id)).not.toContain(idea.id)
    expect(await lastAudit(idea.id)).toMatchObject({ action: 'idea.archive', before: { status: 'PUBLISHED' }, after: { status: 'ARCHIVED' } })

    expect(await call(restoreIdea, ref(idea.id))).toMatchObject({ ok: true, message: /Restored/ })
    expect((await db.idea.findUniqueOrThrow({ where: { id: idea.id } })).status).toBe('DRAFT')
    expect(await lastAudit(idea.id)).toMatchObject({ action: 'idea.restore', before: { status: 'ARCHIVED' }, after: { status: 'DRAFT' } })
    expect(await getPublishedIdea(f.season.id, idea.slug)).toBeNull()
  })

  it('approves a proposed idea (publish) or rejects it (archive)', async () => {
    const approved = await seedIdea({ status: 'PROPOSED', proposedById: f.mentor.id })
    const rejected = await seedIdea({ status: 'PROPOSED', proposedById: f.mentor.id })
    await as(f.admin)
    expect(await call(publishIdea, ref(approved.id))).toMatchObject({ ok: true, message: /Approved and published/ })
    expect(await call(archiveIdea, ref(rejected.id))).toMatchObject({ ok: true, message: /Rejected/ })
    expect((await getPublishedIdea(f.season.id, approved.slug))?.id).toBe(approved.id)
    expect(await getPublishedIdea(f.season.id, rejected.slug)).toBeNull()
  })

  it('refuses changes that make no sense for the current status, and changes nothing', async () => {
    const archived = await seedIdea({ status: 'ARCHIVED' })
    const published = await seedIdea({ status: 'PUBLISHED' })
    const draft = await seedIdea()
    await as(f.admin)
    const before = await state()
    expect(await call(publishIdea, ref(archived.id))).toMatchObject({ ok: false, error: 'conflict', message: /restore/ })
    expect(await call(archiveIdea, ref(archived.id))).toMatchObject({ ok: false, error: 'conflict' })
    expect(await call(publishIdea, ref(published.id))).toMatchObject({ ok: false, error: 'conflict', message: /already published/ })
    expect(await call(restoreIdea, ref(published.id))).toMatchObject({ ok: false, error: 'conflict' })
    expect(await call(restoreIdea, ref(draft.id))).toMatchObject({ ok: false, error: 'conflict' })
    expect(await state()).toEqual(before)
  })

  it('refuses mentors (the proposer too), students, outsiders and signed-out visitors, and changes nothing', async () => {
    const proposed = await seedIdea({ status: 'PROPOSED', proposedById: f.mentor.id })
    const published = await seedIdea({ status: 'PUBLISHED' })
    const archived = await seedIdea({ status: 'ARCHIVED' })
    const before = await state()
    for (const who of [f.mentor, f.otherMentor, f.student, f.outsider, null]) {
      await as(who)
      const error = who ? 'forbidden' : 'unauthenticated'
      expect(await call(publishIdea, ref(proposed.id))).toMatchObject({ ok: false, error })
      expect(await call(archiveIdea, ref(published.id))).toMatchObject({ ok: false, error })
      expect(await call(restoreIdea, ref(archived.id))).toMatchObject({ ok: false, error })
    }
    expect(await state()).toEqual(before)
  })

  it('answers not found for an idea of another season, even to that idea’s own admin acting here', async () => {
    const foreign = await seedIdea({ season: other })
    const before = await state(other.season.id)
    await as(f.admin)
    for (const action of [publishIdea, archiveIdea, restoreIdea]) {
      expect(await call(action, ref(foreign.id))).toMatchObject({ ok: false, error: 'not_found' })
    }
    // The other season's admin, naming this season: not an admin here.
    await as(other.admin)
    expect(await call(publishIdea, ref(foreign.id))).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await state(other.season.id)).toEqual(before)
  })

  it('refuses a malformed request', async () => {
    await as(f.admin)
    expect(await call(publishIdea, { seasonId: f.season.id })).toMatchObject({ ok: false, error: 'invalid' })
  })
})

// ---------------------------------------------------------------- mentors propose

describe('proposeIdea', () => {
  it('lets a mentor propose an idea: PROPOSED, proposed by them, them as mentor, not public, audited', async () => {
    await as(f.mentor)
    const result = await call(proposeIdea, fields({ title: `Mentor idea ${f.tag}`, mentorIds: [f.otherMentor.id], slug: 'ignored-slug' }))
    expect(result).toMatchObject({ ok: true, message: /admins/ })
    const idea = await db.idea.findUniqueOrThrow({ where: { id: result.ok ? result.data!.id : '' }, include: { mentors: { orderBy: { createdAt: 'asc' } } } })
    expect(idea).toMatchObject({ status: 'PROPOSED', proposedById: f.mentor.id, slug: `mentor-idea-${f.tag}` })
    expect(idea.mentors.map((m) => m.userId).sort()).toEqual([f.mentor.id, f.otherMentor.id].sort())
    expect(await getPublishedIdea(f.season.id, idea.slug)).toBeNull()
    expect(await lastAudit(idea.id)).toMatchObject({ action: 'idea.propose', actorId: f.mentor.id, after: { status: 'PROPOSED', proposedById: f.mentor.id } })
    // It shows on the mentor's own list and first on the admin list.
    expect((await listMentorIdeas(f.season.id, f.mentor.id)).map((i) => i.id)).toContain(idea.id)
    expect((await listIdeasForAdmin(f.season.id)).awaiting.map((i) => i.id)).toContain(idea.id)
  })

  it('lets an admin propose too, and attaches them as mentor', async () => {
    await as(f.admin)
    const result = await call(proposeIdea, fields({ title: `Admin proposal ${f.tag}`, mentorIds: undefined }))
    expect(result.ok).toBe(true)
    const idea = await db.idea.findUniqueOrThrow({ where: { id: result.ok ? result.data!.id : '' }, include: { mentors: true } })
    expect(idea.mentors.map((m) => m.userId)).toEqual([f.admin.id])
  })

  it('refuses students, outsiders and signed-out visitors, and changes nothing', async () => {
    const before = await state()
    for (const who of [f.student, f.outsider, other.mentor]) {
      await as(who)
      expect(await call(proposeIdea, fields())).toMatchObject({ ok: false, error: 'forbidden' })
    }
    await as(null)
    expect(await call(proposeIdea, fields())).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await state()).toEqual(before)
  })

  it('refuses bad input and forged co-mentors, and changes nothing', async () => {
    await as(f.mentor)
    const before = await state()
    expect(errorsOf(await call(proposeIdea, fields({ title: '' })), 'title')).toMatch(/Enter a title/)
    expect(errorsOf(await call(proposeIdea, fields({ capacity: 11 })), 'capacity')).toMatch(/at most 10/)
    expect(errorsOf(await call(proposeIdea, fields({ description: '<script>x</script>' })), 'description')).toMatch(/script/)
    expect(errorsOf(await call(proposeIdea, fields({ mentorIds: [f.student.id] })), 'mentorIds')).toMatch(/mentors/)
    expect(await state()).toEqual(before)
  })
})

describe('updateProposedIdea', () => {
  const edit = (ideaId: string, overrides: Fields = {}) => fields({ ideaId, ...overrides })

  it('lets the proposer change their idea while it awaits approval, keeping them as mentor and the slug', async () => {
    const idea = await seedIdea({ status: 'PROPOSED', proposedById: f.mentor.id })
    await as(f.mentor)
    const result = await call(updateProposedIdea, edit(idea.id, { title: 'Sharper title', mentorIds: [f.otherMentor.id], slug: 'sneaky', version: idea.updatedAt.toISOString() }))
    expect(result).toMatchObject({ ok: true, data: { slug: idea.slug } })
    const after = await db.idea.findUniqueOrThrow({ where: { id: idea.id }, include: { mentors: true } })
    expect(after).toMatchObject({ title: 'Sharper title', slug: idea.slug, status: 'PROPOSED' })
    expect(after.mentors.map((m) => m.userId).sort()).toEqual([f.mentor.id, f.otherMentor.id].sort())
    expect(await lastAudit(idea.id)).toMatchObject({ action: 'idea.update', actorId: f.mentor.id, before: { title: idea.title }, after: { title: 'Sharper title' } })
  })

  it('refuses others’ ideas, published or archived ones, and admins’ drafts, and changes nothing', async () => {
    const othersProposal = await seedIdea({ status: 'PROPOSED', proposedById: f.otherMentor.id, mentorIds: [f.otherMentor.id, f.mentor.id] })
    const published = await seedIdea({ status: 'PUBLISHED', proposedById: f.mentor.id })
    const archived = await seedIdea({ status: 'ARCHIVED', proposedById: f.mentor.id })
    const adminDraft = await seedIdea({ mentorIds: [f.mentor.id] })
    await as(f.mentor)
    const before = await state()
    expect(await call(updateProposedIdea, edit(othersProposal.id))).toMatchObject({ ok: false, error: 'forbidden', message: /you proposed/ })
    expect(await call(updateProposedIdea, edit(published.id))).toMatchObject({ ok: false, error: 'forbidden', message: /admins/ })
    expect(await call(updateProposedIdea, edit(archived.id))).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await call(updateProposedIdea, edit(adminDraft.id))).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await state()).toEqual(before)
  })

  it('refuses students, outsiders and signed-out visitors, bad input, and ideas of another season', async () => {
    const idea = await seedIdea({ status: 'PROPOSED', proposedById: f.mentor.id })
    const foreign = await seedIdea({ status: 'PROPOSED', proposedById: other.mentor.id, season: other })
    const before = await state()
    for (const who of [f.student, f.outsider]) {
      await as(who)
      expect(await call(updateProposedIdea, edit(idea.id))).toMatchObject({ ok: false, error: 'forbidden' })
    }
    await as(null)
    expect(await call(updateProposedIdea, edit(idea.id))).toMatchObject({ ok: false, error: 'unauthenticated' })
    await as(f.mentor)
    expect(errorsOf(await call(updateProposedIdea, edit(idea.id, { title: 'x'.repeat(121) })), 'title')).toMatch(/at most 120/)
    expect(await call(updateProposedIdea, edit(foreign.id))).toMatchObject({ ok: false, error: 'not_found' })
    expect(await state()).toEqual(before)
  })
})

// ---------------------------------------------------------------- reads

describe('admin and mentor reads', () => {
  it('lists proposals apart, filters by status and counts every status', async () => {
    const list = await listIdeasForAdmin(f.season.id)
    expect(list.awaiting.every((i) => i.status === 'PROPOSED')).toBe(true)
    expect(list.ideas.every((i) => i.status !== 'PROPOSED')).toBe(true)
    expect(list.total).toBe(await db.idea.count({ where: { seasonId: f.season.id } }))
    const archived = await listIdeasForAdmin(f.season.id, 'ARCHIVED')
    expect(archived.ideas.length).toBe(list.byStatus.ARCHIVED)
    expect(archived.ideas.every((i) => i.status === 'ARCHIVED')).toBe(true)
  })

  it('never returns another season’s idea for editing', async () => {
    expect(await getIdeaForEdit(f.season.id, other.idea.id)).toBeNull()
    expect((await getIdeaForEdit(f.season.id, f.idea.id))?.id).toBe(f.idea.id)
    expect(await getIdeaForEdit(f.season.id, '../../etc')).toBeNull()
  })
})
