// Who the mocked lib/auth says is signed in (see setup.ts). Tests call signInAs/signOut.
import { db } from '@/lib/db'

export const signedIn: { userId: string | null } = { userId: null }

export async function signInAs(emailOrName: string) {
  const user = await db.user.findFirstOrThrow({ where: { OR: [{ email: emailOrName }, { name: emailOrName }] } })
  signedIn.userId = user.id
  return user
}

export function signOut() {
  signedIn.userId = null
}

/** Pins the app's clock (the organization's clock override) for deadline tests; null restores real time. */
export async function setClock(at: Date | string | null) {
  await db.organization.updateMany({ data: { clockOverride: at === null ? null : new Date(at) } })
}

/** A FormData from a plain object; arrays become repeated keys. */
export function form(fields: Record<string, string | number | boolean | string[] | undefined>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, String(item))
  }
  return data
}
