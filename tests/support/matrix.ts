// The action × role matrix in one call: a refused role gets the right error, and the refused call changes
// nothing, audit log included. A new server action lists who may not call it and gets every case:
//
//   await expectRefusedForRoles({ f, other, roles: ALL_BUT('admin'), call: () => archive(idea.id), state: () => ideaRow(idea.id) })
import { expect } from 'vitest'
import type { ActionResult } from '@/lib/actions'
import { db } from '@/lib/db'
import type { SeasonFixture } from './fixtures'
import { signInAs, signOut } from './session'

/** Everyone an action's rules may name: the fixture season's people, another season's admin, no one. */
export const ROLES = ['admin', 'mentor', 'otherMentor', 'student', 'otherStudent', 'outsider', 'otherSeasonAdmin', 'signedOut'] as const
export type Role = (typeof ROLES)[number]

/** Every role except the ones that may call the action. */
export const ALL_BUT = (...allowed: Role[]): Role[] => ROLES.filter((role) => !allowed.includes(role))

/** Signs in as `role` of season `f` (another season's admin comes from `other`), or signs out. */
export async function signInAsRole(role: Role, f: SeasonFixture, other: SeasonFixture) {
  if (role === 'signedOut') return signOut()
  const person = role === 'otherSeasonAdmin' ? other.admin : f[role]
  await signInAs(person.email!)
}

/** Audit rows of the two fixture seasons (and those with no season), to see that a refused call wrote none. */
const auditCount = (f: SeasonFixture, other: SeasonFixture) =>
  db.auditLog.count({ where: { OR: [{ seasonId: { in: [f.season.id, other.season.id] } }, { seasonId: null }] } })

export async function expectRefusedForRoles(options: {
  f: SeasonFixture
  other: SeasonFixture
  roles: readonly Role[]
  /** The call under test, made once per role while that role is signed in. */
  call: () => Promise<ActionResult<unknown>>
  /** What the call would change, read before and after: it must read the same. */
  state: () => Promise<unknown>
  /** The error a signed-in role gets (default forbidden); signed-out visitors get unauthenticated. */
  error?: ActionResult<unknown> extends infer R ? (R extends { ok: false; error: infer E } ? E : never) : never
}) {
  const { f, other, roles, call, state } = options
  for (const role of roles) {
    await signInAsRole(role, f, other)
    const [before, audits] = [await state(), await auditCount(f, other)]
    const result = await call()
    const expected = role === 'signedOut' ? 'unauthenticated' : (options.error ?? 'forbidden')
    expect({ role, result }, `${role} must be refused`).toMatchObject({ role, result: { ok: false, error: expected } })
    expect(await state(), `${role}: a refused call changes nothing`).toEqual(before)
    expect(await auditCount(f, other), `${role}: a refused call writes no audit row`).toBe(audits)
  }
  signOut()
}
