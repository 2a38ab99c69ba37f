// The season's review rubric as admins edit it: add, change, reorder and remove criteria with an audit entry
// each; every other role refused; bad input errors beside the fields; refused (nothing saved) once reviews have
// started by the app's clock or anyone has saved a review.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { db } from '@/lib/db'
import { rubricLockedMessage } from '@/lib/reviews/rules'
import { moveCriterion, removeCriterion, saveCriterion } from '@/lib/rubric/actions'
import { getRubricForAdmin } from '@/lib/rubric/queries'
import { criterionKey } from '@/lib/rubric/schema'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { ALL_BUT, expectRefusedForRoles } from './support/matrix'
import { form, setClock, signInAs, signOut } from './support/session'

const DAY = 24 * 60 * 60 * 1000
const seasons: string[] = []
let other: SeasonFixture

/** A season whose applications are open (so reviews have not started), with a rubric of two criteria. */
async function rubricSeason() {
  const s = await createSeasonFixture({ applications: 'open' })
  seasons.push(s.season.id)
  await db.rubricCriterion.createMany({
    data: [
      { seasonId: s.season.id, key: 'plan', label: 'Technical plan', position: 0 },
      { seasonId: s.season.id, key: 'community', label: 'Community interaction', position: 1 },
    ],
  })
  const [plan, community] = await db.rubricCriterion.findMany({ where: { seasonId: s.season.id }, orderBy: { position: 'asc' } })
  return { s, plan: plan!, community: community! }
}

const fields = { label: 'Skills', description: 'Has the student shown they can do it?', minScore: '1', maxScore: '5', weight: '1' }
const save = (seasonId: string, overrides: Record<string, string | undefined> = {}) => saveCriterion(initialActionState, form({ seasonId, ...fields, ...overrides }))
const move = (criterionId: string, direction: string) => moveCriterion(initialActionState, form({ criterionId, direction }))
const remove = (criterionId: string) => removeCriterion(initialActionState, form({ criterionId }))
const rubric = (seasonId: string) =>
  db.rubricCriterion.findMany({ where: { seasonId }, orderBy: { position: 'asc' }, select: { key: true, label: true, description: true, minScore: true, maxScore: true, weight: true, position: true } })
const audits = (seasonId: string) => db.auditLog.findMany({ where: { seasonId, entity: 'RubricCriterion' }, orderBy: { at: 'asc' }, select: { action: true, actorId: true } })

beforeAll(async () => {
  other = (await rubricSeason()).s
})
afterEach(async () => {
  signOut()
  await setClock(null)
})
afterAll(async () => {
  await db.proposal.deleteMany({ where: { seasonId: { in: seasons } } })
})

describe('rubric editing', () => {
  it('lets an admin add, change, reorder and remove criteria, each with an audit entry', async () => {
    const { s, plan, community } = await rubricSeason()
    await signInAs(s.admin.email!)
    expect(await save(s.season.id, { label: 'Technical plan', minScore: '1', maxScore: '10', weight: '2.5' })).toMatchObject({ ok: true, message: '“Technical plan” is added to the rubric.' })
    // A second criterion of the same label gets a key of its own.
    expect((await rubric(s.season.id)).map((c) => c.key)).toEqual(['plan', 'community', 'technical-plan'])
    expect(await save(s.season.id, { criterionId: plan.id, label: 'Plan and scope', description: 'Realistic for a summer?', minScore: '2', maxScore: '6', weight: '0.5' })).toMatchObject({ ok: true })
    expect(await move(community.id, 'up')).toMatchObject({ ok: true, message: '“Community interaction” moved to position 1 of 3.' })
    expect(await move(plan.id, 'down')).toMatchObject({ ok: true })
    expect(await rubric(s.season.id)).toEqual([
      { key: 'community', label: 'Community interaction', description: '', minScore: 1, maxScore: 5, weight: 1, position: 0 },
      { key: 'technical-plan', label: 'Technical plan', description: 'Has the student shown they can do it?', minScore: 1, maxScore: 10, weight: 2.5, position: 1 },
      { key: 'plan', label: 'Plan and scope', description: 'Realistic for a summer?', minScore: 2, maxScore: 6, weight: 0.5, position: 2 },
    ])
    expect(await remove(community.id)).toMatchObject({ ok: true, message: '“Community interaction” is removed from the rubric.' })
    expect((await rubric(s.season.id)).map((c) => [c.key, c.position])).toEqual([['technical-plan', 0], ['plan', 1]])
    expect(await audits(s.season.id)).toEqual(['rubric.create', 'rubric.update', 'rubric.move', 'rubric.move', 'rubric.remove'].map((action) => ({ action, actorId: s.admin.id })))
    // The page's read: admins only, in order, not locked.
    expect(await getRubricForAdmin(s.admin, s.season.id)).toMatchObject({ lockedMessage: null, criteria: [{ label: 'Technical plan' }, { label: 'Plan and scope' }] })
    for (const viewer of [s.mentor, s.student, s.outsider, other.admin]) expect(await getRubricForAdmin(viewer, s.season.id)).toBeNull()
  })

  it('refuses every role but the season’s admins for each action, changing nothing', async () => {
    const { s, plan } = await rubricSeason()
    const state = () => rubric(s.season.id)
    const roles = ALL_BUT('admin')
    await expectRefusedForRoles({ f: s, other, roles, call: () => save(s.season.id), state })
    await expectRefusedForRoles({ f: s, other, roles, call: () => save(s.season.id, { criterionId: plan.id, label: 'Changed' }), state })
    await expectRefusedForRoles({ f: s, other, roles, call: () => move(plan.id, 'down'), state })
    await expectRefusedForRoles({ f: s, other, roles, call: () => remove(plan.id), state })
  })

  it('refuses bad input with errors beside the fields, forged ids and another season’s criteria, saving nothing', async () => {
    const { s, plan, community } = await rubricSeason()
    const foreign = await db.rubricCriterion.findFirstOrThrow({ where: { seasonId: other.season.id } })
    await signInAs(s.admin.email!)
    const before = await rubric(s.season.id)
    const cases: [Record<string, string | undefined>, string, RegExp][] = [
      [{ label: '' }, 'label', /Name the criterion/],
      [{ label: 'x'.repeat(81) }, 'label', /At most 80/],
      [{ description: 'x'.repeat(301) }, 'description', /At most 300/],
      [{ minScore: '0' }, 'minScore', /from 1 to 10/],
      [{ maxScore: '11' }, 'maxScore', /from 1 to 10/],
      [{ maxScore: '4.5' }, 'maxScore', /whole number/],
      [{ minScore: 'one' }, 'minScore', /whole number/],
      [{ minScore: '' }, 'minScore', /whole number/],
      [{ minScore: '5', maxScore: '5' }, 'maxScore', /above the lowest/],
      [{ minScore: '6', maxScore: '3' }, 'maxScore', /above the lowest/],
      [{ weight: '0' }, 'weight', /above 0/],
      [{ weight: '11' }, 'weight', /at most 10/],
      [{ weight: '-1' }, 'weight', /above 0/],
      [{ weight: 'heavy' }, 'weight', /above 0/],
      [{ criterionId: "x' OR 1=1" }, 'criterionId', /no such criterion/],
    ]
    for (const [overrides, field, message] of cases) {
      expect(await save(s.season.id, { criterionId: plan.id, ...overrides }), JSON.stringify(overrides)).toMatchObject({
        ok: false,
        error: 'invalid',
        message: 'Not saved: please correct the marked fields.',
        fieldErrors: { [field]: [expect.stringMatching(message)] },
      })
    }
    // Forged ids and another season's criterion (also through this season's form): not found, nothing changed.
    expect(await save(s.season.id, { criterionId: 'forged-criterion-1' })).toMatchObject({ ok: false, error: 'not_found' })
    expect(await save(s.season.id, { criterionId: foreign.id })).toMatchObject({ ok: false, error: 'not_found' })
    expect(await move('forged-criterion-1', 'up')).toMatchObject({ ok: false, error: 'not_found' })
    expect(await remove('forged-criterion-1')).toMatchObject({ ok: false, error: 'not_found' })
    expect(await move(foreign.id, 'up')).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await remove(foreign.id)).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await move(plan.id, 'sideways')).toMatchObject({ ok: false, error: 'invalid' })
    expect(await move(plan.id, 'up')).toMatchObject({ ok: false, error: 'conflict', message: '“Technical plan” is already first.' })
    expect(await move(community.id, 'down')).toMatchObject({ ok: false, error: 'conflict', message: '“Community interaction” is already last.' })
    expect(await rubric(s.season.id)).toEqual(before)
    expect(await rubric(other.season.id)).toHaveLength(2)
    expect(await audits(s.season.id)).toEqual([])
    // At most twenty criteria.
    for (let n = 2; n < 20; n++) await db.rubricCriterion.create({ data: { seasonId: s.season.id, key: `c${n}`, label: `C${n}`, position: n } })
    expect(await save(s.season.id)).toMatchObject({ ok: false, error: 'invalid', message: expect.stringContaining('at most 20') })
    expect(await db.rubricCriterion.count({ where: { seasonId: s.season.id } })).toBe(20)
  })

  it('refuses every change, with a clear message and nothing saved, once reviews started by the app clock or a review exists', async () => {
    const { s, plan, community } = await rubricSeason()
    await signInAs(s.admin.email!)
    const before = await rubric(s.season.id)
    const tryAll = async () => [await save(s.season.id), await save(s.season.id, { criterionId: plan.id, label: 'Changed' }), await move(plan.id, 'down'), await remove(community.id)]

    // After the application deadline by the app's clock (the fixture's applications close in ten days).
    await setClock(new Date(Date.now() + 11 * DAY))
    for (const result of await tryAll()) expect(result).toMatchObject({ ok: false, error: 'closed', message: expect.stringMatching(/^Not (saved|moved|removed): Reviews started on /) })
    expect(await getRubricForAdmin(s.admin, s.season.id)).toMatchObject({ lockedMessage: expect.stringMatching(/^Reviews started on /) })
    await setClock(null)

    // Before the deadline, but someone saved a review (e.g. the timeline was moved back afterwards).
    const p = await db.proposal.create({ data: { seasonId: s.season.id, studentId: s.student.id, ideaId: s.idea.id, title: 'Scored', abstract: 'a', links: [], status: 'SUBMITTED', submittedAt: new Date() } })
    await db.review.create({ data: { proposalId: p.id, reviewerId: s.mentor.id, overallScore: 4 } })
    for (const result of await tryAll()) expect(result).toMatchObject({ ok: false, error: 'closed', message: expect.stringContaining('already saved a review') })
    expect(await rubric(s.season.id)).toEqual(before)
    expect(await audits(s.season.id)).toEqual([])
  })

  it('serializes two admins’ edits at the same moment: both moves land, positions stay a permutation', async () => {
    const { s, plan } = await rubricSeason()
    await signInAs(s.admin.email!)
    await save(s.season.id, { label: 'Third' })
    const results = await Promise.all([move(plan.id, 'down'), move(plan.id, 'down')])
    expect(results).toMatchObject([{ ok: true }, { ok: true }])
    const rows = await rubric(s.season.id)
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2])
    expect(rows.map((r) => r.key)).toEqual(['community', 'third', 'plan'])
  })
})

describe('rubric rules (pure)', () => {
  const at = (iso: string) => new Date(iso)
  const phases = [
    { kind: 'APPLICATIONS_CLOSE' as const, startsAt: at('2030-04-08T19:00Z'), endsAt: null },
    { kind: 'REVIEW' as const, startsAt: at('2030-04-09T19:00Z'), endsAt: at('2030-04-22T19:00Z') },
  ]
  it('locks at the earlier of the application deadline and the review phase, or once a review exists', () => {
    expect(rubricLockedMessage(phases, at('2030-04-08T18:59Z'), 'UTC', 0)).toBeNull()
    expect(rubricLockedMessage(phases, at('2030-04-08T19:00Z'), 'UTC', 0)).toMatch(/^Reviews started on /)
    expect(rubricLockedMessage([phases[1]!], at('2030-04-09T00:00Z'), 'UTC', 0)).toBeNull()
    expect(rubricLockedMessage([phases[1]!], at('2030-04-10T00:00Z'), 'UTC', 0)).toMatch(/^Reviews started/)
    expect(rubricLockedMessage([], at('2030-04-10T00:00Z'), 'UTC', 0)).toBeNull()
    expect(rubricLockedMessage([], at('2030-04-10T00:00Z'), 'UTC', 3)).toMatch(/already saved 3 reviews/)
  })
  it('derives unique keys from labels', () => {
    expect(criterionKey('Technical plan', new Set())).toBe('technical-plan')
    expect(criterionKey('Technical plan', new Set(['technical-plan', 'technical-plan-2']))).toBe('technical-plan-3')
    expect(criterionKey('Évaluation — ok?', new Set())).toBe('evaluation-ok')
    expect(criterionKey('!!!', new Set())).toBe('criterion')
  })
})
