// Sessions are JWT cookies stamped with the account's session version at sign-in (lib/auth.ts); getCurrentUser
// refuses a stamp that differs from the row. Raising the version therefore ends every session of that person,
// on every device, including a copied cookie replayed later.
import type { Prisma } from '@/generated/prisma/client'

type Client = Pick<Prisma.TransactionClient, 'user'>

/**
 * Ends all of this person's sessions (call inside the transaction of the change that requires it). With
 * `stamp`, only if that stamp is still current: signing out with an already-ended session changes nothing.
 */
export async function endSessions(tx: Client, userId: string, stamp?: number): Promise<void> {
  await tx.user.updateMany({ where: { id: userId, ...(stamp === undefined ? {} : { sessionVersion: stamp }) }, data: { sessionVersion: { increment: 1 } } })
}

/** Whether a session's stamp still matches the account (a token from before stamps existed never does). */
export function sessionIsCurrent(user: { sessionVersion: number }, stamp: unknown): boolean {
  return typeof stamp === 'number' && stamp === user.sessionVersion
}
