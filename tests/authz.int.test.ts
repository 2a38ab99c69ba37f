// The one authorization helper, applied to the seeded people of 2011.
import { describe, expect, it } from 'vitest'
import { authorize, can } from '@/lib/authz'
import { db } from '@/lib/db'

async function person(email: string) {
  return db.user.findUniqueOrThrow({ where: { email } })
}

describe('authorization in a season', async () => {
  const season = await db.season.findFirstOrThrow({ where: { slug: '2011' } })
  const admin = await person('ana.ferreira@example.org')
  const mentor = await person('lukas.brenner@example.org')
  const student = await db.user.findFirstOrThrow({ where: { name: 'Wei Liu' } })

  it('lets the admin administer, and no one else', async () => {
    expect(await can(admin, 'season.administer', season.id)).toBe(true)
    expect(await can(mentor, 'season.administer', season.id)).toBe(false)
    expect(await can(student, 'season.administer', season.id)).toBe(false)
    expect(await can(null, 'season.administer', season.id)).toBe(false)
  })

  it('lets mentors review and keeps students out', async () => {
    expect(await can(mentor, 'proposal.review', season.id)).toBe(true)
    expect(await can(student, 'proposal.review', season.id)).toBe(false)
  })

  it('grants nothing in a season where the user holds no role', async () => {
    const org = await db.organization.findFirstOrThrow()
    const other = await db.season.create({ data: { organizationId: org.id, slug: 'authz-test', program: 'GSoC', year: 2012, title: 'Other' } })
    try {
      expect(await can(admin, 'season.administer', other.id)).toBe(false)
    } finally {
      await db.season.delete({ where: { id: other.id } })
    }
  })

  it('answers server actions with a typed failure they can show', async () => {
    expect(await authorize(null, 'season.administer', season.id)).toMatchObject({ ok: false, error: 'unauthenticated' })
    expect(await authorize(student, 'season.administer', season.id)).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await authorize(admin, 'season.administer', season.id)).toEqual({ ok: true })
  })
})
