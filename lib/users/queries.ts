// Reads of people for the demo sign-in list.
import 'server-only'
import { db } from '@/lib/db'
import { hashEmailChangeToken } from './email-change'
import type { SeasonRoleKind } from '@/generated/prisma/enums'

export type DemoPerson = { id: string; name: string; roles: SeasonRoleKind[] }

/** Everyone, grouped by their highest role (newcomers have none yet); only used when DEMO_SIGN_IN is on. */
export async function listDemoPeople(): Promise<{ admins: DemoPerson[]; mentors: DemoPerson[]; students: DemoPerson[]; newcomers: DemoPerson[] }> {
  const users = await db.user.findMany({
    take: 200,
    select: { id: true, name: true, email: true, roles: { select: { role: true } } },
    orderBy: { name: 'asc' },
  })
  const people = users.map((u) => ({ id: u.id, name: u.name ?? u.email ?? 'Unnamed', roles: [...new Set(u.roles.map((r) => r.role))] }))
  return {
    admins: people.filter((p) => p.roles.includes('ADMIN')),
    mentors: people.filter((p) => p.roles.includes('MENTOR') && !p.roles.includes('ADMIN')),
    students: people.filter((p) => p.roles.includes('STUDENT') && !p.roles.includes('MENTOR') && !p.roles.includes('ADMIN')),
    newcomers: people.filter((p) => p.roles.length === 0),
  }
}

/** The signed-in person's own profile, for the profile form. */
export async function getMyProfile(viewer: { id: string }) {
  return db.user.findUnique({
    where: { id: viewer.id },
    select: {
      name: true,
      email: true,
      timeZone: true,
      githubHandle: true,
      school: true,
      country: true,
      emailChange: { select: { email: true, createdAt: true, expiresAt: true } },
    },
  })
}

/** The pending change of address a confirmation link names, if it is the viewer's own; null for anyone else's. */
export async function getMyEmailChange(viewer: { id: string }, token: string) {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) return null
  const change = await db.emailChange.findUnique({
    where: { tokenHash: hashEmailChangeToken(token) },
    select: { userId: true, email: true, expiresAt: true },
  })
  return change && change.userId === viewer.id ? { email: change.email, expiresAt: change.expiresAt } : null
}
