// next-auth's Prisma adapter with two changes that keep an account from being taken over through an address its
// holder never proved (account pre-hijacking):
// - an e-mail sign-in resolves only to an account whose address was verified (emailVerified set);
// - when the proven owner of an address signs in and another account merely claims it unverified, the claim is
//   dropped (audited) and the owner gets an account of their own; an OAuth sign-up whose address is held by
//   someone else is created without an address (the person can add one in the profile, with confirmation).
import { PrismaAdapter } from '@next-auth/prisma-adapter'
import type { Adapter, AdapterUser } from 'next-auth/adapters'
import type { PrismaClient } from '@/generated/prisma/client'
import { recordAudit } from './audit'

const USER_FIELDS = { id: true, name: true, email: true, emailVerified: true, image: true } as const

export function summerAdapter(client: PrismaClient): Adapter {
  const base = PrismaAdapter(client as unknown as Parameters<typeof PrismaAdapter>[0])
  return {
    ...base,
    async getUserByEmail(email) {
      const user = await client.user.findFirst({
        where: { email: { equals: email, mode: 'insensitive' }, emailVerified: { not: null } },
        select: USER_FIELDS,
      })
      return user as AdapterUser | null
    },
    async createUser(data: Omit<AdapterUser, 'id'>) {
      const user = await client.$transaction(async (tx) => {
        let email: string | null = data.email ? data.email.toLowerCase() : null
        if (email) {
          const holder = await tx.user.findFirst({
            where: { email: { equals: email, mode: 'insensitive' } },
            select: { id: true, email: true, emailVerified: true },
          })
          if (holder && data.emailVerified && !holder.emailVerified) {
            await tx.user.update({ where: { id: holder.id }, data: { email: null } })
            await recordAudit(tx, { actorId: null, action: 'user.email.release', entity: 'User', entityId: holder.id, before: { email: holder.email }, after: { email: null } })
          } else if (holder) {
            email = null
          }
        }
        return tx.user.create({
          data: { name: data.name ?? null, email, emailVerified: data.emailVerified ?? null, image: data.image ?? null },
          select: USER_FIELDS,
        })
      })
      return user as AdapterUser
    },
  }
}
