// Slots on Postgres: the slot request (before the SLOT_REQUEST deadline, by the app's clock) and the slots granted,
// for every role; bad numbers; the history kept as new rows with who and when.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { recordSlotAllocation, requestSlots } from '@/lib/slots/actions'
import { getSlotHistory } from '@/lib/slots/queries'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { ALL_BUT, expectRefusedForRoles } from './support/matrix'
import { form, setClock, signInAs, signOut } from './support/session'

const DAY = 24 * 60 * 60 * 1000
let f: SeasonFixture
let other: SeasonFixture

const request = (seasonId: string, fields: Record<string, string | number> = {}) =>
  requestSlots({ ok: true }, form({ seasonId, minSlots: 2, maxSlots: 4, justification: 'Strong proposals.', ...fields }))
const grant = (seasonId: string, fields: Record<string, string | number> = {}) => recordSlotAllocation({ ok: true }, form({ seasonId, granted: 3, note: '', ...fields }))
const rows = (seasonId: string) =>
  Promise.all([db.slotRequest.findMany({ where: { seasonId }, orderBy: { id: 'asc' } }), db.slotAllocation.findMany({ where: { seasonId }, orderBy: { id: 'asc' } })])

beforeAll(async () => {
  f = await createSeasonFixture({ applications: 'closed' })
  other = await createSeasonFixture({ applications: 'closed' })
  // The slot-request window: open until 5 days from now.
  await db.seasonPhase.create({ data: { seasonId: f.season.id, kind: 'SLOT_REQUEST', startsAt: new Date(Date.now() - 2 * DAY), endsAt: new Date(Date.now() + 5 * DAY) } })
})
afterEach(async () => {
  signOut()
  await setClock(null)
})
afterAll(async () => {
  await setClock(null)
})

describe('requestSlots', () => {
  it('admins file requests; each is a new row with who and when, the latest first', async () => {
    await signInAs(f.admin.email!)
    expect(await request(f.season.id)).toMatchObject({ ok: true })
    expect(await request(f.season.id, { minSlots: 3, maxSlots: 5 })).toMatchObject({ ok: true })
    const history = await getSlotHistory(f.admin, f.season.id)
    expect(history!.requests.map((r) => [r.minSlots, r.maxSlots, r.requestedBy.name])).toEqual([
      [3, 5, f.admin.name],
      [2, 4, f.admin.name],
    ])
    expect(await db.auditLog.count({ where: { seasonId: f.season.id, action: 'slots.request' } })).toBe(2)
    for (const viewer of [f.mentor, f.student, f.outsider, other.admin]) expect(await getSlotHistory(viewer, f.season.id)).toBeNull()
  })

  it('is refused for everyone but the season’s admins, and nothing changes', async () => {
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => request(f.season.id), state: () => rows(f.season.id) })
  })

  it.each([
    [{ minSlots: -1 }, 'minSlots', /0 or more/],
    [{ maxSlots: 1001 }, 'maxSlots', /At most 1,000/],
    [{ minSlots: 5, maxSlots: 2 }, 'maxSlots', /at least the minimum/],
    [{ minSlots: 'two' }, 'minSlots', /whole number/],
    [{ minSlots: '2.5' }, 'minSlots', /whole number/],
  ])('refuses %j with an error beside %s and saves nothing', async (fields, field, message) => {
    await signInAs(f.admin.email!)
    const before = await rows(f.season.id)
    const result = await request(f.season.id, fields)
    expect(result).toMatchObject({ ok: false, error: 'invalid' })
    expect(!result.ok && result.fieldErrors?.[field]?.join(' ')).toMatch(message)
    expect(await rows(f.season.id)).toEqual(before)
  })

  it('is refused after the SLOT_REQUEST deadline by the app’s clock', async () => {
    await signInAs(f.admin.email!)
    await setClock(new Date(Date.now() + 6 * DAY))
    const before = await rows(f.season.id)
    expect(await request(f.season.id)).toMatchObject({ ok: false, error: 'closed', message: expect.stringMatching(/closed on/) })
    expect(await rows(f.season.id)).toEqual(before)
    await setClock(new Date(Date.now() + 4 * DAY))
    expect(await request(f.season.id)).toMatchObject({ ok: true })
  })
})

describe('recordSlotAllocation', () => {
  it('refuses slots granted above 0 without a request, beside the field; 0 is fine', async () => {
    await signInAs(other.admin.email!)
    const result = await grant(other.season.id, { granted: 2 })
    expect(result).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { granted: [expect.stringMatching(/slot request first/)] } })
    expect(await db.slotAllocation.count({ where: { seasonId: other.season.id } })).toBe(0)
    expect(await grant(other.season.id, { granted: 0 })).toMatchObject({ ok: true })
    await db.slotAllocation.deleteMany({ where: { seasonId: other.season.id } })
  })

  it('records grants as history, latest first, with who and when (the app’s clock)', async () => {
    await signInAs(f.admin.email!)
    await setClock('2030-05-01T10:00:00Z')
    expect(await grant(f.season.id, { granted: 3, note: 'First e-mail' })).toMatchObject({ ok: true })
    await setClock('2030-05-02T10:00:00Z')
    expect(await grant(f.season.id, { granted: 4 })).toMatchObject({ ok: true })
    const history = await getSlotHistory(f.admin, f.season.id)
    expect(history!.allocations.map((a) => [a.granted, a.note, a.recordedBy.name, a.recordedAt.toISOString()])).toEqual([
      [4, '', f.admin.name, '2030-05-02T10:00:00.000Z'],
      [3, 'First e-mail', f.admin.name, '2030-05-01T10:00:00.000Z'],
    ])
  })

  it('refuses bad numbers beside the field', async () => {
    await signInAs(f.admin.email!)
    const before = await rows(f.season.id)
    for (const granted of [-1, 1001, 'x']) {
      const result = await grant(f.season.id, { granted })
      expect(result).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { granted: [expect.any(String)] } })
    }
    expect(await rows(f.season.id)).toEqual(before)
  })

  it('is refused for everyone but the season’s admins, and nothing changes', async () => {
    await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => grant(f.season.id), state: () => rows(f.season.id) })
  })
})
