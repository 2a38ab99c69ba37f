'use server'
// A person edits their own profile. There is no user id in the form: the signed-in user is the only one
// anybody can change here.
import { revalidatePath } from 'next/cache'
import { failure, invalid, type ActionResult } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { PROFILE_FIELDS, UpdateProfile } from './schema'

export async function updateProfile(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = UpdateProfile.safeParse(Object.fromEntries(PROFILE_FIELDS.map((key) => [key, form.get(key)])))
  if (!input.success) return invalid(input.error)
  const data = input.data

  const result = await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { name: true, email: true, timeZone: true, githubHandle: true, school: true, country: true },
    })
    const emailChanged = (before.email ?? '').toLowerCase() !== data.email
    if (emailChanged) {
      const taken = await tx.user.findFirst({
        where: { email: { equals: data.email, mode: 'insensitive' }, id: { not: user.id } },
        select: { id: true },
      })
      if (taken) return 'email-taken' as const
    }
    // An address that differs only in letter case is the same address: keep it as stored.
    const after = { ...data, email: emailChanged ? data.email : before.email }
    const changed = PROFILE_FIELDS.filter((key) => (before[key] ?? null) !== after[key])
    if (changed.length === 0) return 'unchanged' as const
    await tx.user.update({
      where: { id: user.id },
      // A new address has not been confirmed by a sign-in link yet.
      data: { ...after, ...(emailChanged ? { emailVerified: null } : {}) },
    })
    await recordAudit(tx, {
      actorId: user.id,
      action: 'user.update',
      entity: 'User',
      entityId: user.id,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, after[key]])),
    })
    return 'saved' as const
  })

  if (result === 'email-taken') {
    return failure('conflict', 'Please correct the marked fields.', { email: ['Another account already uses this e-mail address.'] })
  }
  revalidatePath('/', 'layout')
  return { ok: true, message: result === 'unchanged' ? 'Nothing to save: your profile is as it was.' : 'Your profile is saved.' }
}
