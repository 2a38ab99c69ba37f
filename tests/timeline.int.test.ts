import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PhaseKind } from '@/generated/prisma/enums'
import { initialActionState } from '@/lib/actions'
import { db } from '@/lib/db'
import { updateSeasonSettings, updateTimeline } from '@/lib/seasons/actions'
import { checkTimeline, parseLocalDateTime, toLocalInput } from '@/lib/seasons/schema'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, signInAs, signOut } from './support/session'

let f: SeasonFixture
let other: SeasonFixture

beforeAll(async () => {
  f = await createSeasonFixture()
  other = await createSeasonFixture()
})
afterEach(() => signOut())

const phasesOf = async (seasonId = f.season.id) =>
  Object.fromEntries((await db.seasonPhase.findMany({ where: { seasonId } })).map((p) => [p.kind, p])) as Partial<
    Record<PhaseKind, { id: string; startsAt: Date; endsAt: Date | null; note: string }>
  >

/** The form as the timeline page renders it for the season's current phases, in `zone`, with overrides. */
async function timelineForm(zone: string, overrides: Record<string, string> = {}, seasonId = f.season.id) {
  const fields: Record<string, string> = { seasonId, timeZone: zone }
  for (const [kind, phase] of Object.entries(await phasesOf(seasonId))) {
    fields[`phases.${kind}.startsAt`] = toLocalInput(phase!.startsAt, zone)
    if (phase!.endsAt) fields[`phases.${kind}.endsAt`] = toLocalInput(phase!.endsAt, zone)
    fields[`phases.${kind}.note`] = phase!.note
  }
  return form({ ...fields, ...overrides })
}

const save = async (zone: string, overrides: Record<string, string> = {}, seasonId = f.season.id) =>
  updateTimeline(initialActionState, await timelineForm(zone, overrides, seasonId))

describe('local date-time inputs', () => {
  it('reads a wall-clock time in the given zone and writes it back the same way', () => {
    expect(parseLocalDateTime('2011-04-08T20:00', 'Europe/Lisbon')?.toISOString()).toBe('2011-04-08T19:00:00.000Z')
    expect(parseLocalDateTime('2030-06-01T09:00', 'Asia/Tokyo')?.toISOString()).toBe('2030-06-01T00:00:00.000Z')
    expect(parseLocalDateTime('2030-06-01T09:00:30', 'UTC')?.toISOString()).toBe('2030-06-01T09:00:30.000Z')
    expect(toLocalInput(new Date('2011-04-08T19:00:00Z'), 'Europe/Lisbon')).toBe('2011-04-08T20:00')
    for (const bad of ['', 'tomorrow', '2030-02-30T10:00', '2030-13-01T10:00', '2030-01-01T24:00', '2030-01-01', '2030-01-01 10:00']) {
      expect(parseLocalDateTime(bad, 'UTC')).toBeNull()
    }
  })

  it('checks that windows end after they start and applications close after they open', () => {
    const at = (iso: string) => new Date(iso)
    expect(checkTimeline([{ kind: 'REVIEW', startsAt: at('2030-01-02T00:00Z'), endsAt: at('2030-01-01T00:00Z') }])).toHaveProperty(['phases.REVIEW.endsAt'])
    expect(
      checkTimeline([
        { kind: 'APPLICATIONS_OPEN', startsAt: at('2030-01-02T00:00Z'), endsAt: null },
        { kind: 'APPLICATIONS_CLOSE', startsAt: at('2030-01-02T00:00Z'), endsAt: null },
      ]),
    ).toHaveProperty(['phases.APPLICATIONS_CLOSE.startsAt'])
    expect(checkTimeline([{ kind: 'CODING', startsAt: at('2030-01-01T00:00Z'), endsAt: at('2030-02-01T00:00Z') }])).toEqual({})
  })
})

describe('updateTimeline', () => {
  it('lets an admin move a date typed in their zone (stored in UTC) and edit a note, audited with before and after', async () => {
    await signInAs(f.admin.email!)
    const before = await phasesOf()
    const result = await save('Asia/Tokyo', {
      'phases.APPLICATIONS_CLOSE.startsAt': '2031-06-01T09:00',
      'phases.IDEAS_PUBLISHED.note': '  Ideas are out.  ',
    })
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/2 phases changed/) })
    const after = await phasesOf()
    expect(after.APPLICATIONS_CLOSE!.startsAt.toISOString()).toBe('2031-06-01T00:00:00.000Z')
    expect(after.IDEAS_PUBLISHED!.note).toBe('Ideas are out.')
    // Untouched phases keep their exact instants (the form has minute precision).
    expect(after.APPLICATIONS_OPEN!.startsAt).toEqual(before.APPLICATIONS_OPEN!.startsAt)
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'season.phase.update', entityId: before.APPLICATIONS_CLOSE!.id } })
    expect(audit).toMatchObject({ actorId: f.admin.id, seasonId: f.season.id, entity: 'SeasonPhase' })
    expect(audit.before).toMatchObject({ startsAt: before.APPLICATIONS_CLOSE!.startsAt.toISOString() })
    expect(audit.after).toMatchObject({ startsAt: '2031-06-01T00:00:00.000Z' })
  })

  it('says so and records nothing when nothing changed', async () => {
    await signInAs(f.admin.email!)
    const audits = await db.auditLog.count({ where: { seasonId: f.season.id } })
    expect(await save('Europe/Berlin')).toMatchObject({ ok: true, message: /unchanged/ })
    expect(await db.auditLog.count({ where: { seasonId: f.season.id } })).toBe(audits)
  })

  it('adds a missing phase (a window needs both ends)', async () => {
    await signInAs(f.admin.email!)
    expect(await save('UTC', { 'phases.REVIEW.startsAt': '2031-07-01T00:00' })).toMatchObject({
      ok: false,
      error: 'invalid',
      fieldErrors: { 'phases.REVIEW.endsAt': [expect.stringMatching(/window/)] },
    })
    expect((await phasesOf()).REVIEW).toBeUndefined()
    expect(await save('UTC', { 'phases.REVIEW.startsAt': '2031-07-01T00:00', 'phases.REVIEW.endsAt': '2031-07-15T00:00', 'phases.REVIEW.note': 'Mentors score.' })).toMatchObject({
      ok: true,
    })
    const review = (await phasesOf()).REVIEW!
    expect(review).toMatchObject({ startsAt: new Date('2031-07-01T00:00:00Z'), endsAt: new Date('2031-07-15T00:00:00Z'), note: 'Mentors score.' })
    expect(await db.auditLog.count({ where: { action: 'season.phase.create', entityId: review.id } })).toBe(1)
  })

  it('refuses applications that close before they open, and changes nothing', async () => {
    await signInAs(f.admin.email!)
    const before = await phasesOf()
    const open = toLocalInput(before.APPLICATIONS_OPEN!.startsAt, 'UTC')
    const result = await save('UTC', { 'phases.APPLICATIONS_CLOSE.startsAt': open, 'phases.IDEAS_PUBLISHED.note': 'changed' })
    expect(result).toMatchObject({ ok: false, error: 'invalid', message: /Nothing was saved/ })
    expect(!result.ok && result.fieldErrors?.['phases.APPLICATIONS_CLOSE.startsAt']?.[0]).toMatch(/close after they open/)
    expect(await phasesOf()).toEqual(before)
  })

  it('refuses a window that ends before it starts', async () => {
    await signInAs(f.admin.email!)
    await save('UTC', { 'phases.CODING.startsAt': '2031-08-01T00:00', 'phases.CODING.endsAt': '2031-09-01T00:00' })
    const before = await phasesOf()
    const result = await save('UTC', { 'phases.CODING.endsAt': '2031-07-01T00:00' })
    expect(result).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { 'phases.CODING.endsAt': [expect.stringMatching(/end after it starts/)] } })
    expect(await phasesOf()).toEqual(before)
  })

  it('refuses phases out of order (applications closing after the review starts), beside both fields, and changes nothing', async () => {
    await signInAs(f.admin.email!)
    await save('UTC', { 'phases.REVIEW.startsAt': '2031-07-01T00:00', 'phases.REVIEW.endsAt': '2031-07-15T00:00' })
    const before = await phasesOf()
    const audits = await db.auditLog.count({ where: { seasonId: f.season.id } })
    const result = await save('Europe/Lisbon', { 'phases.APPLICATIONS_CLOSE.startsAt': '2031-07-03T12:00' })
    expect(result).toMatchObject({ ok: false, error: 'invalid', message: /Nothing was saved/ })
    const errors = result.ok ? {} : (result.fieldErrors ?? {})
    expect(errors['phases.APPLICATIONS_CLOSE.startsAt']?.[0]).toBe(
      'Applications close must not come after Proposal review, which starts 1 July 2031, 01:00 GMT+1 (Europe/Lisbon). The phases run in the order listed.',
    )
    expect(errors['phases.REVIEW.startsAt']?.[0]).toMatch(/^Proposal review must not start before Applications close, set to 3 July 2031, 12:00/)
    expect(await phasesOf()).toEqual(before)
    expect(await db.auditLog.count({ where: { seasonId: f.season.id } })).toBe(audits)
  })

  it('makes an unparsable date, a cleared start and an overlong note field errors', async () => {
    await signInAs(f.admin.email!)
    const before = await phasesOf()
    for (const [field, value] of [
      ['phases.APPLICATIONS_OPEN.startsAt', 'next tuesday'],
      ['phases.APPLICATIONS_OPEN.startsAt', '2031-02-30T10:00'],
      ['phases.APPLICATIONS_OPEN.startsAt', ''],
      ['phases.APPLICATIONS_OPEN.note', 'x'.repeat(501)],
    ] as const) {
      const result = await save('UTC', { [field]: value })
      expect(result, `${field}=${value.slice(0, 20)}`).toMatchObject({ ok: false, error: 'invalid' })
      expect(!result.ok && result.fieldErrors?.[field]?.[0]).toBeTruthy()
    }
    expect(await save('UTC', { timeZone: 'Mars/Olympus_Mons' })).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { timeZone: [expect.any(String)] } })
    expect(await phasesOf()).toEqual(before)
  })

  it('refuses mentors, students, outsiders, admins of another season and signed-out visitors, and changes nothing', async () => {
    const before = await phasesOf()
    const overrides = { 'phases.IDEAS_PUBLISHED.note': 'Hijacked' }
    for (const who of [f.mentor, f.student, f.outsider, other.admin]) {
      await signInAs(who.email!)
      expect(await save('UTC', overrides)).toMatchObject({ ok: false, error: 'forbidden' })
    }
    signOut()
    expect(await save('UTC', overrides)).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await phasesOf()).toEqual(before)
  })
})

describe('updateSeasonSettings', () => {
  const settings = (fields: Record<string, string>, seasonId = f.season.id) => updateSeasonSettings(initialActionState, form({ seasonId, ...fields }))
  const current = () => db.season.findUniqueOrThrow({ where: { id: f.season.id }, select: { maxProposalsPerStudent: true, allowOwnTopics: true } })

  it('lets an admin set proposals per student and own topics, audited with before and after', async () => {
    await signInAs(f.admin.email!)
    expect(await settings({ maxProposalsPerStudent: '5', allowOwnTopics: 'on' })).toMatchObject({ ok: true, message: /up to 5 proposals.*own topics allowed/ })
    expect(await current()).toEqual({ maxProposalsPerStudent: 5, allowOwnTopics: true })
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'season.settings', entityId: f.season.id }, orderBy: { at: 'desc' } })
    expect(audit).toMatchObject({ actorId: f.admin.id, before: { maxProposalsPerStudent: 3, allowOwnTopics: false }, after: { maxProposalsPerStudent: 5, allowOwnTopics: true } })
    // An unticked checkbox sends nothing.
    expect(await settings({ maxProposalsPerStudent: '1' })).toMatchObject({ ok: true })
    expect(await current()).toEqual({ maxProposalsPerStudent: 1, allowOwnTopics: false })
    expect(await settings({ maxProposalsPerStudent: '1' })).toMatchObject({ ok: true, message: /unchanged/ })
  })

  it('rejects a number outside 1–10 with a message on the field', async () => {
    await signInAs(f.admin.email!)
    const before = await current()
    for (const bad of ['0', '11', '', 'three', '2.5']) {
      const result = await settings({ maxProposalsPerStudent: bad })
      expect(result).toMatchObject({ ok: false, error: 'invalid' })
      expect(!result.ok && result.fieldErrors?.maxProposalsPerStudent?.[0]).toMatch(/1 to 10/)
    }
    expect(await settings({ maxProposalsPerStudent: '2', allowOwnTopics: 'maybe' })).toMatchObject({ ok: false, error: 'invalid' })
    expect(await current()).toEqual(before)
  })

  it('refuses every other role and signed-out visitors, and changes nothing', async () => {
    const before = await current()
    for (const who of [f.mentor, f.student, f.outsider, other.admin]) {
      await signInAs(who.email!)
      expect(await settings({ maxProposalsPerStudent: '9', allowOwnTopics: 'on' })).toMatchObject({ ok: false, error: 'forbidden' })
    }
    signOut()
    expect(await settings({ maxProposalsPerStudent: '9' })).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await current()).toEqual(before)
  })
})
