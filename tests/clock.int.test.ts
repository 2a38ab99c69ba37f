import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { setDemoClock } from '@/lib/clock/actions'
import { db } from '@/lib/db'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, setClock, signInAs, signOut } from './support/session'

let f: SeasonFixture
const clock = async () => (await db.organization.findFirstOrThrow({ orderBy: { createdAt: 'asc' } })).clockOverride

beforeAll(async () => {
  f = await createSeasonFixture()
  process.env.DEMO_SIGN_IN = 'true'
})
afterEach(async () => {
  signOut()
  await setClock(null)
})
afterAll(() => {
  delete process.env.DEMO_SIGN_IN
})

const move = (at: string) => setDemoClock(initialActionState, form({ seasonId: f.season.id, at }))

describe('setDemoClock', () => {
  it('lets an admin pin the clock, audits it, and reset it', async () => {
    await signInAs(f.admin.email!)
    expect(await move('2011-04-01T12:00:00Z')).toMatchObject({ ok: true })
    expect((await clock())?.toISOString()).toBe('2011-04-01T12:00:00.000Z')
    const audit = await db.auditLog.findFirst({ where: { action: 'organization.clock', actorId: f.admin.id }, orderBy: { at: 'desc' } })
    expect(audit?.after).toEqual({ clockOverride: '2011-04-01T12:00:00.000Z' })
    expect(await move('reset')).toMatchObject({ ok: true })
    expect(await clock()).toBeNull()
  })

  it('refuses mentors, students and signed-out visitors, and changes nothing', async () => {
    for (const who of [f.mentor, f.student, f.outsider]) {
      await signInAs(who.email!)
      expect(await move('2011-04-01T12:00:00Z')).toMatchObject({ ok: false, error: 'forbidden' })
    }
    signOut()
    expect(await move('2011-04-01T12:00:00Z')).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await clock()).toBeNull()
  })

  it('rejects a malformed moment with a message on the field', async () => {
    await signInAs(f.admin.email!)
    const result = await move('next tuesday')
    expect(result).toMatchObject({ ok: false, error: 'invalid' })
    expect(!result.ok && result.fieldErrors?.at?.[0]).toMatch(/date and time/)
    expect(await clock()).toBeNull()
  })

  it('is refused outside the demo', async () => {
    process.env.DEMO_SIGN_IN = 'false'
    try {
      await signInAs(f.admin.email!)
      expect(await move('2011-04-01T12:00:00Z')).toMatchObject({ ok: false, error: 'forbidden', message: /only .* in the demo/ })
      expect(await clock()).toBeNull()
    } finally {
      process.env.DEMO_SIGN_IN = 'true'
    }
  })
})
