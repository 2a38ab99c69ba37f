import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initialActionState } from '@/lib/actions'
import { db } from '@/lib/db'
import { removeMentor, setMentorCapacity } from '@/lib/mentors/actions'
import { createSeasonFixture, type SeasonFixture } from './support/fixtures'
import { form, signInAs, signOut } from './support/session'

let f: SeasonFixture
let other: SeasonFixture

beforeAll(async () => {
  f = await createSeasonFixture()
  other = await createSeasonFixture()
})
afterEach(() => signOut())

const setCapacity = (userId: string, capacity: string | number, seasonId = f.season.id) =>
  setMentorCapacity(initialActionState, form({ seasonId, userId, capacity }))
const remove = (userId: string, seasonId = f.season.id) => removeMentor(initialActionState, form({ seasonId, userId }))
const capacityOf = async (userId: string, seasonId = f.season.id) =>
  (await db.seasonRole.findUnique({ where: { userId_seasonId_role: { userId, seasonId, role: 'MENTOR' } } }))?.capacity

/** An accepted student for `mentorId`, so capacity and removal have something to respect. */
async function acceptStudentFor(mentorId: string) {
  const proposal = await db.proposal.create({
    data: { seasonId: f.season.id, studentId: f.otherStudent.id, ideaId: f.idea.id, title: 'Accepted project', status: 'ACCEPTED' },
  })
  return db.acceptance.create({ data: { seasonId: f.season.id, proposalId: proposal.id, studentId: f.otherStudent.id, mentorId } })
}

describe('setMentorCapacity', () => {
  it('lets an admin set a mentor’s capacity from 0 to 10, audited with before and after', async () => {
    await signInAs(f.admin.email!)
    expect(await setCapacity(f.mentor.id, 3)).toMatchObject({ ok: true, message: expect.stringContaining('up to 3 students') })
    expect(await capacityOf(f.mentor.id)).toBe(3)
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'mentor.capacity', seasonId: f.season.id }, orderBy: { at: 'desc' } })
    expect(audit).toMatchObject({ actorId: f.admin.id, entity: 'SeasonRole', before: { capacity: 1 }, after: { capacity: 3 } })
    expect(await setCapacity(f.mentor.id, 0)).toMatchObject({ ok: true })
    expect(await capacityOf(f.mentor.id)).toBe(0)
    expect(await setCapacity(f.mentor.id, ' 10 ')).toMatchObject({ ok: true })
    expect(await capacityOf(f.mentor.id)).toBe(10)
    await setCapacity(f.mentor.id, 1)
  })

  it('says so and records nothing when the capacity does not change', async () => {
    await signInAs(f.admin.email!)
    const before = await db.auditLog.count({ where: { action: 'mentor.capacity', seasonId: f.season.id } })
    expect(await setCapacity(f.otherMentor.id, 2)).toMatchObject({ ok: true, message: /stays at 2/ })
    expect(await db.auditLog.count({ where: { action: 'mentor.capacity', seasonId: f.season.id } })).toBe(before)
  })

  it('rejects a capacity outside 0–10 or not a whole number, with a message on the field', async () => {
    await signInAs(f.admin.email!)
    for (const bad of ['11', '-1', '', 'abc', '2.5', '1e1']) {
      const result = await setCapacity(f.mentor.id, bad)
      expect(result).toMatchObject({ ok: false, error: 'invalid' })
      expect(!result.ok && result.fieldErrors?.capacity?.[0]).toMatch(/whole number from 0 to 10/)
    }
    expect(await capacityOf(f.mentor.id)).toBe(1)
  })

  it('refuses a person who is not a mentor of this season (a student, a mentor of another season)', async () => {
    await signInAs(f.admin.email!)
    expect(await setCapacity(f.student.id, 2)).toMatchObject({ ok: false, error: 'not_found' })
    expect(await setCapacity(other.mentor.id, 2)).toMatchObject({ ok: false, error: 'not_found' })
    expect(await capacityOf(other.mentor.id, other.season.id)).toBe(1)
    expect(await db.seasonRole.count({ where: { userId: f.student.id, role: 'MENTOR' } })).toBe(0)
  })

  it('refuses a capacity below the students the mentor already has', async () => {
    const acceptance = await acceptStudentFor(f.otherMentor.id)
    try {
      await signInAs(f.admin.email!)
      expect(await setCapacity(f.otherMentor.id, 0)).toMatchObject({ ok: false, error: 'conflict', message: /already mentors 1 accepted student/ })
      expect(await capacityOf(f.otherMentor.id)).toBe(2)
      expect(await setCapacity(f.otherMentor.id, 1)).toMatchObject({ ok: true })
      await setCapacity(f.otherMentor.id, 2)
    } finally {
      await db.proposal.delete({ where: { id: acceptance.proposalId } })
    }
  })

  it('refuses mentors, students, outsiders, admins of another season and signed-out visitors, and changes nothing', async () => {
    for (const who of [f.mentor, f.student, f.outsider, other.admin]) {
      await signInAs(who.email!)
      expect(await setCapacity(f.mentor.id, 5)).toMatchObject({ ok: false, error: 'forbidden' })
    }
    signOut()
    expect(await setCapacity(f.mentor.id, 5)).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await capacityOf(f.mentor.id)).toBe(1)
  })
})

describe('removeMentor', () => {
  it('lets an admin take the mentor role from someone with no ideas or students, audited', async () => {
    const person = await db.user.create({ data: { name: 'Removable', email: `removable-${f.tag}@example.test` } })
    const role = await db.seasonRole.create({ data: { userId: person.id, seasonId: f.season.id, role: 'MENTOR', capacity: 1 } })
    await signInAs(f.admin.email!)
    expect(await remove(person.id)).toMatchObject({ ok: true, message: 'Removable is no longer a mentor of this season.' })
    expect(await capacityOf(person.id)).toBeUndefined()
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'mentor.remove', entityId: role.id } })
    expect(audit.before).toMatchObject({ userId: person.id, role: 'MENTOR', capacity: 1 })
  })

  it('refuses while the mentor is listed on an idea or mentors an accepted student', async () => {
    await signInAs(f.admin.email!)
    expect(await remove(f.mentor.id)).toMatchObject({ ok: false, error: 'conflict', message: /listed as a mentor of 1 idea/ })
    expect(await capacityOf(f.mentor.id)).toBe(1)
    const acceptance = await acceptStudentFor(f.otherMentor.id)
    try {
      expect(await remove(f.otherMentor.id)).toMatchObject({ ok: false, error: 'conflict', message: /mentors 1 accepted student/ })
      expect(await capacityOf(f.otherMentor.id)).toBe(2)
    } finally {
      await db.proposal.delete({ where: { id: acceptance.proposalId } })
    }
  })

  it('refuses someone who is not a mentor here, bad input, and every other role', async () => {
    await signInAs(f.admin.email!)
    expect(await remove(f.student.id)).toMatchObject({ ok: false, error: 'not_found' })
    expect(await remove('')).toMatchObject({ ok: false, error: 'invalid' })
    for (const who of [f.mentor, f.student, f.outsider, other.admin]) {
      await signInAs(who.email!)
      expect(await remove(f.otherMentor.id)).toMatchObject({ ok: false, error: 'forbidden' })
    }
    signOut()
    expect(await remove(f.otherMentor.id)).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await capacityOf(f.otherMentor.id)).toBe(2)
  })
})
