// The organization this instance serves, and the app's clock (which the organization may pin).
import 'server-only'
import { cache } from 'react'
import { db } from './db'
import { effectiveNow } from './clock'

export class NoOrganizationError extends Error {}

/** One organization per instance; read once per request. */
export const getOrganization = cache(async () => {
  const org = await db.organization.findFirst({ orderBy: { createdAt: 'asc' } })
  if (!org) throw new NoOrganizationError('No organization in the database: run `npm run db:seed` or `npm run demo`.')
  return org
})

/** "Now" for every deadline and publish-time decision in this request. */
export const getNow = cache(async (): Promise<Date> => effectiveNow((await getOrganization()).clockOverride))
