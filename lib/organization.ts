// The organization this instance serves, and the app's clock (which the organization may pin).
import 'server-only'
import { cache } from 'react'
import type { Prisma } from '@/generated/prisma/client'
import { db } from './db'
import { effectiveNow } from './clock'
import { isDemo } from './demo'
import { cachedRead, tags } from './public-cache'

export class NoOrganizationError extends Error {}

/**
 * One organization per instance; read once per request, from the data cache (tag "organization": the demo clock,
 * its only writer, revalidates it).
 */
export const getOrganization = cache(async () => {
  const org = await readOrganization()
  if (!org) throw new NoOrganizationError('No organization in the database: run `npm run db:seed` or `npm run demo`.')
  return org
})

const readOrganization = cachedRead('organization', () => [tags.organization], () => db.organization.findFirst({ orderBy: { createdAt: 'asc' } }))

let ignoredClockReported = false

/** "Now" for every deadline and publish-time decision in this request. */
export const getNow = cache(async (): Promise<Date> => {
  const { clockOverride } = await getOrganization()
  const demo = isDemo()
  if (clockOverride && !demo && !ignoredClockReported) {
    // Once per process: the operator should know, but a log line per request would drown everything else.
    ignoredClockReported = true
    console.warn(
      `summer: the database pins the app's clock to ${clockOverride.toISOString()}, but this is not the demo (DEMO_SIGN_IN is unset), so the clock is ignored and real time is used. An admin can clear it with "Back to real time" on the season's admin page.`,
    )
  }
  return effectiveNow(clockOverride, new Date(), demo)
})

/**
 * "Now" read inside a transaction (through `tx`: on the embedded database the outer client would wait for the
 * transaction forever). For writers that were not handed the action's `now`.
 */
export async function getNowIn(tx: Prisma.TransactionClient): Promise<Date> {
  const org = await tx.organization.findFirst({ orderBy: { createdAt: 'asc' }, select: { clockOverride: true } })
  return effectiveNow(org?.clockOverride, new Date(), isDemo())
}
