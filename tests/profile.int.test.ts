// A person edits their own profile, and only their own.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState, type ActionResult } from '@/lib/actions'
import { db } from '@/lib/db'
import { updateProfile, type EmailChangeSent } from '@/lib/users/actions'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, signInAs, signOut } from './support/session'

let f: SeasonFixture

beforeAll(async () => {
  f = await createSeasonFixture()
})
const demo = process.env.DEMO_SIGN_IN
afterEach(() => {
  signOut()
  if (demo === undefined) delete process.env.DEMO_SIGN_IN
  else process.env.DEMO_SIGN_IN = demo
})

const profile = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { name: true, email: true, emailVerified: true, timeZone: true, githubHandle: true, school: true, country: true, updatedAt: true } })

const update = (fields: Record<string, string>) => updateProfile(initialActionState as ActionResult<EmailChangeSent>, form(fields))

const valid = (email: string) => ({ name: 'Ada Student', email, timeZone: 'Europe/Berlin', githubHandle: '@ada-l', school: 'TU Berlin', country: 'Germany' })

describe('updateProfile', () => {
  it('lets a signed-in person update their profile and audits the changed fields', async () => {
    await signInAs(f.student.email!)
    const result = await update(valid(f.student.email!.toUpperCase()))
    expect(result).toEqual({ ok: true, message: 'Your profile is saved.' })
    expect(await profile(f.student.id)).toMatchObject({
      name: 'Ada Student',
      email: f.student.email, // the same address in other letters is not a change
      timeZone: 'Europe/Berlin',
      githubHandle: 'ada-l',
      school: 'TU Berlin',
      country: 'Germany',
    })
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: f.student.id, action: 'user.update' } })
    expect(audit.actorId).toBe(f.student.id)
    expect(Object.keys(audit.after as object).sort()).toEqual(['country', 'githubHandle', 'name', 'school', 'timeZone'])
    expect(await update(valid(f.student.email!))).toEqual({ ok: true, message: 'Nothing to save: your profile is as it was.' })
  })

  it('clears optional fields left blank and spells a time zone properly', async () => {
    await signInAs(f.otherStudent.email!)
    expect(await update({ name: 'Bo', email: f.otherStudent.email!, timeZone: 'america/new_york', githubHandle: ' ', school: '', country: '' })).toMatchObject({ ok: true })
    expect(await profile(f.otherStudent.id)).toMatchObject({ timeZone: 'America/New_York', githubHandle: null, school: null, country: null })
  })

  it('keeps the e-mail address until the new one is confirmed (see account-safety.int.test.ts)', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    const person = await db.user.create({ data: { name: 'Mover', email: `mover-${f.tag}@example.test`, emailVerified: new Date() } })
    await signInAs(person.email!)
    expect(await update({ name: 'Mover', email: `moved-${f.tag}@example.test`, timeZone: 'UTC' })).toMatchObject({ ok: true, data: { pendingEmail: `moved-${f.tag}@example.test` } })
    expect(await profile(person.id)).toMatchObject({ email: person.email, emailVerified: person.emailVerified })
  })

  it('only ever changes the signed-in person, whatever id the form carries', async () => {
    const victim = await profile(f.mentor.id)
    await signInAs(f.outsider.email!)
    expect(await updateProfile(initialActionState as ActionResult<EmailChangeSent>, form({ ...valid(f.outsider.email!), id: f.mentor.id, userId: f.mentor.id, name: 'Hijacked' }))).toMatchObject({ ok: true })
    expect(await profile(f.mentor.id)).toEqual(victim)
    expect((await profile(f.outsider.id)).name).toBe('Hijacked')
  })

  it('refuses signed-out visitors', async () => {
    const before = await db.auditLog.count({ where: { action: 'user.update' } })
    expect(await update(valid('nobody@example.test'))).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await db.user.count({ where: { email: 'nobody@example.test' } })).toBe(0)
    expect(await db.auditLog.count({ where: { action: 'user.update' } })).toBe(before)
  })

  it('refuses bad input with a message on the field and changes nothing', async () => {
    await signInAs(f.admin.email!)
    const before = await profile(f.admin.id)
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ name: '   ' }, 'name', /Enter your name/],
      [{ name: 'x'.repeat(101) }, 'name', /at most 100/],
      [{ email: '' }, 'email', /Enter your e-mail/],
      [{ email: 'not-an-address' }, 'email', /such as ada@example.org/],
      [{ timeZone: '' }, 'timeZone', /Choose your time zone/],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone', /from the list/],
      [{ timeZone: 'Europe/Berlin; DROP TABLE' }, 'timeZone', /from the list/],
      [{ githubHandle: 'has space' }, 'githubHandle', /letters, digits and single hyphens/],
      [{ githubHandle: 'https://github.com/ada' }, 'githubHandle', /letters, digits and single hyphens/],
      [{ githubHandle: '-ada' }, 'githubHandle', /single hyphens/],
      [{ githubHandle: 'a'.repeat(40) }, 'githubHandle', /at most 39/],
      [{ school: 's'.repeat(121) }, 'school', /at most 120/],
      [{ country: 'c'.repeat(81) }, 'country', /at most 80/],
    ]
    for (const [fields, field, message] of cases) {
      const result = await update({ ...valid(f.admin.email!), ...fields })
      expect(result, JSON.stringify(fields)).toMatchObject({ ok: false, error: 'invalid' })
      expect(!result.ok && result.fieldErrors?.[field]?.join(' ')).toMatch(message)
    }
    expect(await profile(f.admin.id)).toEqual(before)
  })

  it('refuses an e-mail address that another account uses, in any letter case', async () => {
    process.env.DEMO_SIGN_IN = 'true'
    await db.user.update({ where: { id: f.mentor.id }, data: { emailVerified: new Date() } })
    await signInAs(f.admin.email!)
    const before = await profile(f.admin.id)
    const result = await update({ ...valid(f.admin.email!), email: f.mentor.email!.toUpperCase() })
    expect(result).toMatchObject({ ok: false, error: 'conflict', fieldErrors: { email: [expect.stringMatching(/Another account/)] } })
    expect(await profile(f.admin.id)).toEqual(before)
  })
})
