import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { setDemoClock } from '@/lib/clock/actions'
import { db } from '@/lib/db'
import { getNow } from '@/lib/organization'
import { saveProposal } from '@/lib/proposals/actions'
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

describe('outside the demo (DEMO_SIGN_IN unset)', () => {
  const outsideDemo = async (run: () => Promise<void>) => {
    delete process.env.DEMO_SIGN_IN
    try {
      await run()
    } finally {
      process.env.DEMO_SIGN_IN = 'true'
    }
  }

  it('ignores a clock pinned in the database, says so once in the log, and keeps deadlines on real time', async () => {
    // Applications of this season closed yesterday in real time; the pinned clock stands inside its window.
    const closed = await createSeasonFixture({ applications: 'closed' })
    const draft = await db.proposal.create({ data: { seasonId: closed.season.id, studentId: closed.student.id, ideaId: closed.idea.id, title: 'Old', links: [] } })
    const inWindow = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000)
    await setClock(inWindow)
    await signInAs(closed.student.email!)
    const save = () => saveProposal(initialActionState, form({ proposalId: draft.id, title: 'Saved after the deadline' }))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      await outsideDemo(async () => {
        const before = Date.now()
        expect((await getNow()).getTime()).toBeGreaterThanOrEqual(before)
        expect((await getNow()).getTime()).toBeGreaterThanOrEqual(before)
        expect(await save()).toMatchObject({ ok: false, error: 'closed' })
      })
      const reports = warn.mock.calls.filter(([line]) => String(line).includes('pins the app\'s clock'))
      expect(reports).toHaveLength(1)
      expect(String(reports[0]![0])).toContain(inWindow.toISOString())
      expect((await db.proposal.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe('Old')
      // In the demo the same pinned clock rules (the control for the refusal above).
      expect((await getNow()).toISOString()).toBe(inWindow.toISOString())
      expect(await save()).toMatchObject({ ok: true })
    } finally {
      warn.mockRestore()
      await db.proposal.delete({ where: { id: draft.id } })
    }
  })

  it('lets an admin clear a pinned clock ("Back to real time"), audited, but not pin one', async () => {
    await setClock('2011-04-01T12:00:00Z')
    await signInAs(f.admin.email!)
    await outsideDemo(async () => {
      expect(await move('2011-05-01T12:00:00Z')).toMatchObject({ ok: false, error: 'forbidden' })
      expect((await clock())?.toISOString()).toBe('2011-04-01T12:00:00.000Z')
      expect(await move('reset')).toMatchObject({ ok: true, message: /real time/ })
    })
    expect(await clock()).toBeNull()
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'organization.clock', actorId: f.admin.id }, orderBy: { id: 'desc' } })
    expect(audit.before).toEqual({ clockOverride: '2011-04-01T12:00:00.000Z' })
    expect(audit.after).toEqual({ clockOverride: null })
  })
})
